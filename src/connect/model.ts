import { existsSync, readFileSync } from 'node:fs';
import { modelPath } from '../paths.js';
import { FEATURES, featureValue, type FeatureName } from './features.js';

/** A regression tree over a model's feature list: split on feature `f` at `c` (≤ goes left), leaves are margins. */
export type Tree = number | { f: number; c: number; l: Tree; r: Tree };

/**
 * A logistic join-or-new model over named sub-similarities, as trained by scripts/train-connect.ts:
 * a linear margin, plus boosted trees over the same features where the model has them.
 */
export interface JoinModel {
  features: string[];
  weights: number[];
  bias: number;
  /** Join when the probability reaches this. */
  threshold: number;
  /** Near-duplicate bar on the estimated shingle Jaccard. */
  duplicate?: number;
  /** Events of one story merge when one scores this against the other, profile against profile (absent: never). */
  merge?: number;
  /**
   * The `merge` bar where one of the two events is dated and the other is not: content alone then
   * decides, as for a far join, and same-kind happenings read alike (false: such events never
   * merge; absent: `merge` applies).
   */
  mergeUndated?: number | false;
  /** An undated article does not join a dated event it disagrees with this much on people or figures (absent: never). */
  conflict?: number;
  /** A dated article with no event in its time window joins an event of its story scoring this on content alone (absent: never). */
  far?: number;
  /**
   * A far join (see `far`) also needs no disagreement: every disagreement feature (people,
   * organisations, places, figures, years) below this bar (absent: not asked).
   */
  farDiff?: number;
  /** Which disagreement features `farDiff` asks about (absent: all of them). */
  farDiffOn?: FeatureName[];
  /**
   * Must agree as well where an article without a usable date meets a dated event as its best
   * candidate (no time evidence either way): trained on those cases only (absent: the main model
   * and the `conflict` bar decide alone).
   */
  undatedVsDated?: JoinModel;
  trees?: Tree[];
  trainedOn?: string;
}

/** Used only when the shipped model file is missing: plausible hand weights, not tuned to any test. */
const FALLBACK: Record<string, JoinModel> = {
  'connect-event.json': {
    features: [...FEATURES],
    weights: [8, 2, 3, 1, 1, 1, 1, 1, -0.8, 0, 0.3, 2],
    bias: -4.5,
    threshold: 0.5,
    duplicate: 0.7,
  },
  'connect-story.json': {
    features: [...FEATURES],
    weights: [4, 1, 4, 2, 1, 1, 2, 0, -0.1, 0, 0, 0],
    bias: -3.5,
    threshold: 0.5,
  },
};

const cache = new Map<string, JoinModel>();

export function loadModel(name: 'connect-event.json' | 'connect-story.json'): JoinModel {
  const hit = cache.get(name);
  if (hit) return hit;
  const path = modelPath(name);
  const model = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as JoinModel) : FALLBACK[name]!;
  cache.set(name, model);
  return model;
}

/** Replaces a loaded model (training and tests). */
export function setModel(name: 'connect-event.json' | 'connect-story.json', model: JoinModel): void {
  cache.set(name, model);
}

export function probability(model: JoinModel, s: Record<FeatureName, number>): number {
  const x = model.features.map((f) => featureValue(s, f));
  let z = model.bias;
  x.forEach((v, i) => (z += (model.weights[i] ?? 0) * v));
  for (const t of model.trees ?? []) z += treeMargin(t, x);
  return 1 / (1 + Math.exp(-z));
}

function treeMargin(t: Tree, x: number[]): number {
  let node: Tree = t;
  while (typeof node !== 'number') node = (x[node.f] ?? 0) <= node.c ? node.l : node.r;
  return node as number;
}
