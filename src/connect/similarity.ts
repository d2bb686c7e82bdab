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
  /** Similarity at or above which two articles are called the same event (where no classifier decides). */
  sameEvent: number;
  /** A classifier trained on same event vs not, mixed with the graded score for that decision. */
  sameEventClassifier?: SameEventClassifier;
  trainedOn?: string;
}

/**
 * Same event or not: a logistic model (plus trees) of its own over named features; its margin
 * and the graded model's, each standardised by their spread on held-out training pairs, are
 * mixed (`mix` the graded one's share) and cut at `cut`.
 */
export interface SameEventClassifier {
  features: string[];
  weights: number[];
  bias: number;
  trees?: Tree[];
  mix: number;
  /** Mean and standard deviation of the graded and the classifier margin on held-out training pairs. */
  gradedScale: [number, number];
  ownScale: [number, number];
  cut: number;
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

/** A linear model's margin plus its trees' over named features. */
export function linearTreeMargin(sims: Record<string, number>, m: Pick<SimilarityModel, 'features' | 'weights' | 'bias' | 'trees'>): number {
  const x = m.features.map((f) => featureValue(sims, f));
  let z = m.bias;
  x.forEach((v, i) => (z += (m.weights[i] ?? 0) * v));
  for (const t of m.trees ?? []) z += evalTree(t, x);
  return Number.isFinite(z) ? z : 0;
}

/** The model's raw score before clipping to [0, 1]. */
export function similarityMargin(sims: Record<string, number>, model: SimilarityModel): number {
  return linearTreeMargin(sims, model);
}

/** Graded similarity of two articles in [0, 1] from their sub-similarities (and pair extras, when given). */
export function articleSimilarity(sims: Record<string, number>, model = similarityModel()): number {
  return Math.min(1, Math.max(0, similarityMargin(sims, model)));
}

/** The graded and the classifier margin, each standardised by its scale, mixed (`mix` the graded one's share). */
export function mixMargins(graded: number, own: number, mix: number, gradedScale: [number, number], ownScale: [number, number]): number {
  const z = (v: number, [mean, sd]: [number, number]) => (sd > 0 ? (v - mean) / sd : 0);
  return mix * z(graded, gradedScale) + (1 - mix) * z(own, ownScale);
}

/** The mixed same-event score of a classifier (compared with its `cut`). */
export function sameEventScore(sims: Record<string, number>, graded: number, c: SameEventClassifier): number {
  return mixMargins(graded, linearTreeMargin(sims, c), c.mix, c.gradedScale, c.ownScale);
}

/** Whether two articles report the same event: the classifier where the model has one, else the graded cut. */
export function isSameEvent(sims: Record<string, number>, model = similarityModel()): boolean {
  const c = model.sameEventClassifier;
  if (!c) return articleSimilarity(sims, model) >= model.sameEvent;
  return sameEventScore(sims, similarityMargin(sims, model), c) >= c.cut;
}
