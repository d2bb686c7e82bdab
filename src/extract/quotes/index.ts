import type { Component, Doc, Quote } from '../../types.js';
import { extractQuotes } from './extract.js';

export { extractQuotes, type QuoteDetail } from './extract.js';
export { speakerMatches } from './match.js';

/**
 * Pipeline component: fills `doc.quotes` with direct quotes (in any quotation marks), indirect
 * speech (`sagte, …`, Konjunktiv I, `laut X`, `said that`, `according to`) and reported speech,
 * each with its speaker resolved to an article entity where possible. Runs after sentences and
 * entities.
 */
export const quotes: Component = {
  name: 'quotes',
  apply(doc: Doc) {
    doc.quotes = extractQuotes(doc).map(
      (q): Quote => ({ text: q.text, start: q.start, end: q.end, form: q.form, speaker: q.speaker, speakerKey: q.speakerKey, cue: q.cue }),
    );
  },
};
