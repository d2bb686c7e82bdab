import type { Doc } from '../types.js';
import type { ConnectState } from './state.js';
import { prepare, type Prepared } from './index.js';
import { similarities, type FeatureName } from './features.js';
import { pairExtras, pairSide, type PairFeatureName } from './pair-features.js';

/** Everything known about how two articles relate: the sub-similarities and the article-only extras. */
export type PairSims = Record<FeatureName | PairFeatureName, number>;

/** Sub-similarities of two prepared articles (time gap from their dates, when both have one). */
export function pairSimilarities(a: Prepared, b: Prepared): Record<FeatureName, number> {
  const gap = a.features.day !== null && b.features.day !== null ? Math.abs(a.features.day - b.features.day) : null;
  return similarities(a.side, b.side, gap);
}

/** Sub-similarities plus the article-vs-article features (leads, places, quotes, lengths). */
export function articlePairSims(a: Doc, pa: Prepared, b: Doc, pb: Prepared): PairSims {
  return { ...pairSimilarities(pa, pb), ...pairExtras(pairSide(a, pa), pairSide(b, pb)) };
}

/** Prepares both articles against the same store statistics and compares them. */
export function compareDocs(
  a: Doc,
  b: Doc,
  aIds: Map<string, string>,
  bIds: Map<string, string>,
  state: ConnectState,
): PairSims {
  return articlePairSims(a, prepare(a, aIds, state), b, prepare(b, bIds, state));
}
