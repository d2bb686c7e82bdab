import type { Weighted } from './weigh.js';
import { topK, weightedCosine, type Vec } from './vector.js';
import { disagreement } from './disagreement.js';

/**
 * A member's fingerprint: its heaviest body terms (in its language and language-neutral), entities
 * and figures, as unit TF-IDF weights at the time it joined. An event keeps a few of them (its first
 * member and its most recent ones), so a new report can be compared with single members and not only
 * with the event's sum: the first report of another instance of the same kind of happening resembles
 * the sum of an event about the one instance (same vocabulary, same kind of names) but no member
 * strongly.
 */
export interface MemberPrint {
  lang: string;
  body: Vec;
  cross: Vec;
  entities: Vec;
  numbers: Vec;
  PER: Vec;
}

/** How many prints an event keeps: its first member and the most recent others. */
export const MAX_PRINTS = 5;
const SIZES = { body: 30, cross: 30, entities: 10, numbers: 8, PER: 6 };

const round = (v: Vec): Vec => {
  const out: Vec = {};
  for (const k in v) out[k] = Math.round(v[k]! * 1000) / 1000;
  return out;
};

export function makePrint(lang: string, w: Weighted): MemberPrint {
  return {
    lang,
    body: round(topK(w.body, SIZES.body)),
    cross: round(topK(w.cross, SIZES.cross)),
    entities: round(topK(w.entities, SIZES.entities)),
    numbers: round(topK(w.numbers, SIZES.numbers)),
    PER: round(topK(w.PER, SIZES.PER)),
  };
}

/** Adds a print, keeping the first and the most recent ones (at most MAX_PRINTS). */
export function addPrint(prints: MemberPrint[], print: MemberPrint): MemberPrint[] {
  const out = [...prints, print];
  return out.length > MAX_PRINTS ? [out[0]!, ...out.slice(out.length - MAX_PRINTS + 1)] : out;
}

/** The prints of two merged clusters: the older one's first, then the most recent of both. */
export function mergePrints(older: MemberPrint[], younger: MemberPrint[]): MemberPrint[] {
  let out = older.slice(0, 1);
  for (const p of [...older.slice(1), ...younger]) out = addPrint(out, p);
  return out;
}

export const MEMBER_FEATURES = ['memBest', 'memMean', 'memEnt', 'firstDiff'] as const;
export type MemberFeature = (typeof MEMBER_FEATURES)[number];

/**
 * Member-level evidence between two sides (each a list of prints; an article has one): the best
 * body cosine of any pair of members (within a language, else language-neutral), the mean over the
 * other side's members of each one's best match, the best entity cosine, and how far the first
 * print of each side disagrees on figures and people (the report that opened an event states
 * the details of its instance).
 */
export function memberFeatures(a: MemberPrint[], b: MemberPrint[]): Record<MemberFeature, number> {
  if (!a.length || !b.length) return { memBest: 0, memMean: 0, memEnt: 0, firstDiff: 0 };
  let best = 0, ent = 0, sum = 0;
  for (const y of b) {
    let bestY = 0;
    for (const x of a) {
      const body = x.lang === y.lang ? weightedCosine(x.body, y.body) : weightedCosine(x.cross, y.cross);
      bestY = Math.max(bestY, body);
      ent = Math.max(ent, weightedCosine(x.entities, y.entities));
    }
    best = Math.max(best, bestY);
    sum += bestY;
  }
  const fa = a[0]!, fb = b[0]!;
  return {
    memBest: best,
    memMean: sum / b.length,
    memEnt: ent,
    firstDiff: Math.max(disagreement(fa.numbers, fb.numbers), disagreement(fa.PER, fb.PER)),
  };
}
