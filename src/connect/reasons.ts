import type { Reason } from '../types.js';
import { sharedKeys, type Vec } from './vector.js';

/** Readable names of the keys two sides share, heaviest first. */
export function sharedNames(a: Vec, b: Vec, nameOf: (key: string) => string | undefined, limit = 8): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const k of sharedKeys(a, b, () => 1, limit * 2)) {
    const name = nameOf(k) ?? k.slice(2);
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
    if (out.length >= limit) break;
  }
  return out;
}

export function makeReason(
  decision: Reason['decision'],
  score: number,
  threshold: number,
  target: string | null,
  sharedEntities: string[],
  sharedTerms: string[],
  gapDays: number | null,
  note?: string,
): Reason {
  const r: Reason = {
    decision,
    score: Math.round(score * 1000) / 1000,
    threshold,
    target,
    sharedEntities,
    sharedTerms,
    gapDays,
  };
  if (note) r.note = note;
  return r;
}
