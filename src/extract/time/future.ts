/**
 * Future-bounded dates: expressions that name a deadline or a start in the future
 * (`bis 2030`, `ab 2031`, `by 2030`, `until 2030`, `2030 soll …`, `will … in 2030`).
 * They say nothing about when an article was written or when its happening took place,
 * so article dating and the event date skip them.
 */
import type { Timex } from '../../types.js';
import type { SentenceSpan } from './engine.js';
import { tenseAt, tenseMarkers } from './tense.js';

// a bounding preposition, optionally followed by article/modifier words, right before the date
const BOUND_DE = /(?<![\p{L}])(?:bis|ab|spätestens|frühestens|voraussichtlich)(?:\s+(?:zum|zur|dem|der|den|ins|in\s+das|in\s+die|Jahre?|Ende|Anfang|Mitte|Herbst|Sommer|Winter|Frühjahr|spätestens|etwa|circa|ca\.))*\s*$/iu;
const BOUND_EN = /(?<![\p{L}])(?:by|until|till|through|starting|beginning|no\s+later\s+than)(?:\s+(?:in|the|end|early|late|mid|middle|of|year|fiscal|around|about))*\s*$/iu;
// `from 2030 on(wards)`, `von 2030 an`
const ONWARD_AFTER = /^\s*(?:on(?:wards?)?|an|hinaus)(?![\p{L}])/iu;
const FROM_BEFORE = /(?<![\p{L}])(?:from|von|vom)\s*$/iu;
// the start of a range whose end is being looked at: `von 2005 bis`, `2005 bis`, `from 2005 until`
const RANGE_START = /(?:\d{4}|\d{1,2}\.\s*\p{L}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?)\s*(?:bis(?:\s+(?:zum|zur|Ende|Anfang|Mitte))?|-|–|to|until|till|through)\s*$/iu;

/** The part of the text just before an expression that may hold its preposition. */
const WINDOW = 40;

/**
 * Flags, per timex, whether it is future-bounded: after a bounding preposition (unless it
 * closes a range told in the past: `von 2005 bis 2010 war er …`) or in a future-tense context.
 */
export function futureBounded(text: string, timexes: Timex[], lang: 'de' | 'en', sentences: SentenceSpan[]): boolean[] {
  const bound = lang === 'de' ? BOUND_DE : BOUND_EN;
  const out: boolean[] = [];
  let si = 0;
  let markers: ReturnType<typeof tenseMarkers> | null = null;
  for (const t of timexes) {
    while (si < sentences.length && sentences[si]!.end <= t.start) {
      si++;
      markers = null;
    }
    const sent = sentences[si];
    const sentStart = sent && sent.start <= t.start ? sent.start : Math.max(0, t.start - 200);
    if (!markers) markers = sent ? tenseMarkers(text.slice(sent.start, sent.end), lang, sent.start) : [];
    const tense = tenseAt(markers, t.start);
    const before = text.slice(Math.max(sentStart, t.start - WINDOW), t.start);
    // the span itself may begin with the preposition (`bis Ende 2030`)
    const lead = before + ' ' + leadingWords(t.text);
    const after = text.slice(t.end, t.end + 12);
    let isBound = bound.test(before) || bound.test(lead);
    if (!isBound && FROM_BEFORE.test(before) && ONWARD_AFTER.test(after)) isBound = true;
    if (isBound && tense === 'past' && RANGE_START.test(before)) isBound = false;
    out.push(isBound || tense === 'future');
  }
  return out;
}

/** The words of a span before its first digit (`bis Ende` of `bis Ende 2030`). */
function leadingWords(span: string): string {
  const i = span.search(/\d/);
  return i > 0 ? span.slice(0, i) : '';
}
