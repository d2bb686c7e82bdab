import type { Vec } from './vector.js';

/**
 * How far two sides state different values for one kind of detail: the smaller of the two
 * shares of each side's (IDF-weighted, squared unit) mass the other lacks. Zero when either side
 * names none: an article that names no people does not disagree with an event about who took
 * part, while two reports of one kind of happening (a rehab stay, a club signing) that name
 * different people, scores or years do.
 */
export function disagreement(a: Vec, b: Vec): number {
  const own = (x: Vec, y: Vec) => {
    let total = 0, missing = 0;
    for (const k in x) {
      const w = x[k]! * x[k]!;
      total += w;
      if (!(k in y)) missing += w;
    }
    return total > 0 ? missing / total : -1;
  };
  const ma = own(a, b);
  const mb = own(b, a);
  return ma < 0 || mb < 0 ? 0 : Math.min(ma, mb);
}
