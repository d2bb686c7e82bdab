import assert from 'node:assert/strict';
import type { ArticleEntity, Doc, Mention, Quote } from '../../src/types.js';
import { sentences } from '../../src/text/index.js';
import { quotes } from '../../src/extract/quotes/index.js';

/**
 * Runs the sentence splitter and the quote stage alone on a text, with whatever entity
 * mentions the test gives (none: as if the tagger had found nothing), and checks that every
 * quote's offsets point at its text.
 */
export function quotesIn(text: string, lang: string, mentions: Mention[] = [], entities: ArticleEntity[] = []): Quote[] {
  const doc: Doc = {
    article: { id: 't', input: 't', url: null, source: null, title: null, text, lang, date: null, credits: [], contentHash: '' },
    sentences: [], mentions, entities, timexes: [], quotes: [], eventDate: null,
  };
  sentences.apply(doc);
  quotes.apply(doc);
  for (const q of doc.quotes) assert.equal(text.slice(q.start, q.end), q.text, 'offsets point at the quote text');
  return doc.quotes;
}

/** The quote whose text contains `part`; fails the test when there is none. */
export function quoteWith(qs: Quote[], part: string): Quote {
  const q = qs.find((x) => x.text.includes(part));
  assert.ok(q, `a quote containing "${part}"`);
  return q;
}
