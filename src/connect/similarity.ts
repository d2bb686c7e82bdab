import { existsSync, readFileSync } from 'node:fs';
import { modelPath } from '../paths.js';
import { featureValue } from './features.js';
import type { Tree } from './model.js';
import { evalTree } from './train/trees.js';

/**
 * Graded article similarity (trained on SemEval-2022 task 8): a linear model over named
 * features (sub-similarities, article-pair extras, `sqrt:` roots), plus regression trees on
 * what it leaves where the model has them.
 */
export interface SimilarityModel {
  features: string[];
  weights: number[];
  bias: number;
  trees?: Tree[];
  /** Similarity at or above which two articles are called the same event. */
  sameEvent: number;
  trainedOn?: string;
}

const FALLBACK: SimilarityModel = {
  features: ['body', 'title', 'entities', 'caps'],
  weights: [0.6, 0.15, 0.15, 0.1],
  bias: 0,
  sameEvent: 0.5,
};

let cached: SimilarityModel | null = null;

export function similarityModel(): SimilarityModel {
  if (cached) return cached;
  const path = modelPath('connect-similarity.json');
  cached = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SimilarityModel) : FALLBACK;
  return cached;
}

export function setSimilarityModel(m: SimilarityModel): void {
  cached = m;
}

/** The model's raw score before clipping to [0, 1]. */
export function similarityMargin(sims: Record<string, number>, model: SimilarityModel): number {
  const x = model.features.map((f) => featureValue(sims, f));
  let z = model.bias;
  x.forEach((v, i) => (z += (model.weights[i] ?? 0) * v));
  for (const t of model.trees ?? []) z += evalTree(t, x);
  return z;
}

/** Graded similarity of two articles in [0, 1] from their sub-similarities (and pair extras, when given). */
export function articleSimilarity(sims: Record<string, number>, model = similarityModel()): number {
  return Math.min(1, Math.max(0, similarityMargin(sims, model)));
}
