import type { View } from './weigh.js';
import type { Vec } from './vector.js';

/**
 * Fewest terms two sides must share before a model's score may join them. The models weigh
 * cosines, and a cosine of two short texts that share one word, or one entity and nothing else,
 * can be high however common that word is: a store of one-line items that all name `Österreich`
 * (snowfall, inflation, a ski jumper, a poll) would otherwise chain them into one event and one
 * story. Two reports of one happening share at least what happened and where or who.
 */
export const MIN_SHARED_TERMS = 2;

/** Terms two sides (articles or profiles) share: in their own languages' view or the language-neutral one, whichever shares more. */
export function sharedTerms(a: Record<View, Vec>, b: Record<View, Vec>): number {
  const count = (x: Vec, y: Vec) => {
    let n = 0;
    for (const k in x) if (y[k]) n++;
    return n;
  };
  return Math.max(count(a.body, b.body), count(a.cross, b.cross));
}

/** Whether two sides share enough terms for a join to rest on more than one word. */
export function enoughShared(a: Record<View, Vec>, b: Record<View, Vec>): boolean {
  return sharedTerms(a, b) >= MIN_SHARED_TERMS;
}
