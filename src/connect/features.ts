import type { ClusterProfile } from './cluster-profile.js';
import type { View } from './weigh.js';
import { jaccard } from './minhash.js';
import { weightedCosine, type Vec } from './vector.js';

/** The sub-similarities the join decision weighs (see models/connect-event.md). */
export const FEATURES = [
  'body', 'title', 'entities', 'PER', 'LOC', 'ORG', 'caps', 'numbers', 'logGap', 'undated', 'logSize', 'dup',
] as const;
export type FeatureName = (typeof FEATURES)[number];

/** One side of a comparison: an article's or a cluster's views (raw sums are fine: cosine normalises). */
export interface Side {
  views: Record<View, Vec>;
  langs: Record<string, number>;
  size: number;
  sigs: number[][];
}

/**
 * Sub-similarities of two sides. Text views compare within a language where both sides share
 * one, and through the language-neutral view (`cross`, `titleX`) where they do not.
 */
export function similarities(a: Side, b: Side, gapDays: number | null): Record<FeatureName, number> {
  const cos = (v: View) => weightedCosine(a.views[v], b.views[v]);
  const aLangs = Object.keys(a.langs);
  const shared = aLangs.some((l) => (b.langs[l] ?? 0) > 0);
  const mixed = aLangs.length + Object.keys(b.langs).length > 2 || !shared;
  let body = shared ? cos('body') : 0;
  let title = shared ? cos('title') : 0;
  if (mixed) {
    body = Math.max(body, cos('cross'));
    title = Math.max(title, cos('titleX'));
  }
  let dup = 0;
  for (const s of a.sigs) for (const t of b.sigs) dup = Math.max(dup, jaccard(s, t));
  return {
    body,
    title,
    entities: cos('entities'),
    PER: cos('PER'),
    LOC: cos('LOC'),
    ORG: cos('ORG'),
    caps: cos('caps'),
    numbers: cos('numbers'),
    logGap: gapDays === null ? 0 : Math.log1p(gapDays),
    undated: gapDays === null ? 1 : 0,
    logSize: Math.log1p(Math.max(0, b.size - 1)),
    dup,
  };
}

export function featureVector(s: Record<FeatureName, number>): number[] {
  return FEATURES.map((f) => s[f]);
}

export function profileSide(p: ClusterProfile): Side {
  return { views: p.views, langs: p.langs, size: p.n, sigs: p.members.map((m) => m.sig).filter((s) => s.length) };
}
