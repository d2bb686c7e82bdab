import { existsSync, readFileSync } from 'node:fs';
import { modelPath } from '../paths.js';
import { featureValue, type FeatureName } from './features.js';

/** Linear model from sub-similarities to a graded article similarity (trained on SemEval-2022 task 8). */
export interface SimilarityModel {
  features: string[];
  weights: number[];
  bias: number;
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

/** Graded similarity of two articles in [0, 1] from their sub-similarities. */
export function articleSimilarity(sims: Record<FeatureName, number>, model = similarityModel()): number {
  let z = model.bias;
  model.features.forEach((f, i) => {
    z += (model.weights[i] ?? 0) * featureValue(sims, f);
  });
  return Math.min(1, Math.max(0, z));
}
