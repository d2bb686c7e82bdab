import type { QuoteView } from './views.js';

/**
 * How much a quote tells a reader at a glance, lower first: the speaker's own words in a
 * sentence of their own, then what they said in other words, then quoted fragments
 * (`„verdienten Niederlage“`), then bare reports of a speech act (`X zeigte sich zufrieden`)
 * and quotes nobody is named for.
 */
function rank(q: QuoteView): number {
  const words = q.text.split(/\s+/).filter(Boolean).length;
  const form = q.form === 'direct' ? (words >= 4 ? 0 : 2) : q.form === 'indirect' ? 1 : 3;
  return form + (q.speaker ? 0 : 4);
}

/** An event's quotes with the telling ones first; quotes of one rank keep their order. */
export function keyQuotesFirst(quotes: QuoteView[]): QuoteView[] {
  return quotes.map((q, i) => ({ q, i, r: rank(q) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.q);
}
