import type { Doc } from '../types.js';
import type { ConnectState } from './state.js';
import { prepare, type Prepared } from './index.js';
import { similarities, type FeatureName } from './features.js';

/** Sub-similarities of two prepared articles (time gap from their dates, when both have one). */
export function pairSimilarities(a: Prepared, b: Prepared): Record<FeatureName, number> {
  const gap = a.features.day !== null && b.features.day !== null ? Math.abs(a.features.day - b.features.day) : null;
  return similarities(a.side, b.side, gap);
}

/** Prepares both articles against the same store statistics and compares them. */
export function compareDocs(
  a: Doc,
  b: Doc,
  aIds: Map<string, string>,
  bIds: Map<string, string>,
  state: ConnectState,
): Record<FeatureName, number> {
  return pairSimilarities(prepare(a, aIds, state), prepare(b, bIds, state));
}
