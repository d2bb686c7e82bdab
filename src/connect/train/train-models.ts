/**
 * Connect's model training on analysed gold data (scripts/train-connect.ts reads and analyses
 * the data sets, then calls `trainModels`). Deterministic: same data, same models.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runConnect, type AnalysedArticle } from '../../eval/cluster.js';
import { goldSame, loadPairs, pairFeatures, type AnalysedPair, type GoldPair } from '../../eval/similarity.js';
import { teacherExamples } from './teacher.js';
import { fitLinear, fitLogistic, pearson, predict, type Example } from './fit.js';
import { CONTENT_FEATURES, EVENT_FEATURES, FEATURES, STORY_FEATURES, featureValue, featureVector, type FeatureName } from '../features.js';
import { setModel, type JoinModel } from '../model.js';
import { boost, evalTree } from './trees.js';
import { clusterScores } from '../partition-scores.js';
import type { SimilarityModel } from '../similarity.js';

const round = (x: number) => Math.round(x * 1e5) / 1e5;

/**
 * The SemEval-2022 task 8 training pairs: the noisy train-batch texts, minus every pair that
 * could be one of the evaluation pairs (`pairs.jsonl` and its held-back part come from fixed
 * row ranges of the batch) and minus machine-translated augmentations.
 */
export function semevalTrainingPairs(semevalDir: string): GoldPair[] {
  const rowOf = new Map<string, number>();
  readFileSync(join(semevalDir, 'semeval-2022_task8_train-data_batch_2.csv'), 'utf8').split('\n').slice(1)
    .forEach((line, i) => { const id = line.split(',')[2]; if (id) rowOf.set(id, i); });
  const reported = new Set(loadPairs(join(semevalDir, 'pairs.jsonl')).map((p) => p.id));
  return loadPairs(join(semevalDir, 'pairs-noisy-truncated.jsonl')).filter((p) => {
    if (reported.has(p.id)) return false;
    const row = rowOf.get(p.id.replace(/[a-z]+/g, ''));
    if (row === undefined) return false;
    if (p.langs === 'de-de' && row >= 1581 && row <= 2710) return false;
    if (p.langs === 'en-en' && row <= 249) return false;
    return !/[a-z]/.test(p.id); // machine-translated augmentations carry a language suffix
  });
}

function f1Of(pred: boolean[], gold: boolean[]): number {
  let tp = 0, pp = 0, gp = 0;
  gold.forEach((g, i) => { if (pred[i]) pp++; if (g) gp++; if (g && pred[i]) tp++; });
  return tp ? (2 * tp) / (pp + gp) : 0;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export interface TrainedModels {
  event: JoinModel;
  story: JoinModel;
  similarity: SimilarityModel;
}

/** The graded article similarity model (SemEval training pairs, their sub-similarities given). */
export function trainSimilarity(semeval: AnalysedPair[], semevalSims: Record<FeatureName, number>[], log: (m: string) => void): SimilarityModel {
  // Graded similarity: least squares on the flipped Overall scale mapped to [0, 1], over the
  // sub-similarities and the square roots of the content ones.
  const simFeatures = [...FEATURES, ...CONTENT_FEATURES.map((f) => `sqrt:${f}`)];
  const simExamples: Example[] = semeval.map((p, i) => ({ x: simFeatures.map((f) => featureValue(semevalSims[i]!, f)), y: (4 - p.pair.overall) / 3 }));
  const simFit = fitLinear(simExamples, 1e-3, 3000);
  const simPred = simExamples.map((e) => predict(simFit, e.x));
  const goldLabels = semeval.map((p) => goldSame(p.pair.overall));
  const labelled = goldLabels.map((g, i) => [g, i] as const).filter(([g]) => g !== null);
  let sameCut = 0.5, sameF1 = -1;
  for (let t = 0.2; t <= 0.9; t += 0.01) {
    const f1 = f1Of(labelled.map(([, i]) => simPred[i]! >= t), labelled.map(([g]) => g!));
    if (f1 > sameF1) { sameF1 = f1; sameCut = t; }
  }
  log(`similarity model: training Pearson ${pearson(simPred, simExamples.map((e) => e.y)).toFixed(3)}, same-event cut ${sameCut.toFixed(2)} (training F1 ${sameF1.toFixed(3)})`);
  return {
    features: simFeatures, weights: simFit.weights.map(round), bias: round(simFit.bias), sameEvent: round(sameCut),
    trainedOn: `SemEval-2022 task 8 train batch, ${semeval.length} pairs of pairs-noisy-truncated.jsonl (evaluation rows excluded)`,
  };
}

export function trainModels(items: AnalysedArticle[], semeval: AnalysedPair[], log: (m: string) => void, folds = 5, useTrees = false): TrainedModels {
  const semevalSims = pairFeatures(semeval);

  const similarity = trainSimilarity(semeval, semevalSims, log);
  const goldLabels = semeval.map((p) => goldSame(p.pair.overall));

  // Events: ECB+ teacher-forced examples (+ SemEval same/different pairs), threshold by CV over topics.
  const semevalEvent: Example[] = [];
  semeval.forEach((_, i) => { const g = goldLabels[i]; if (g !== null && g !== undefined) semevalEvent.push({ x: featureVector(semevalSims[i]!), y: g ? 1 : 0, w: 2 }); });
  const topics = [...new Set(items.map((it) => it.topic ?? it.cluster))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const foldOf = new Map(topics.map((t, i) => [t, i % folds]));
  const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
  const semF1 = THRESHOLDS.map(() => 0);
  const cvF1 = THRESHOLDS.map(() => 0);
  const eventPick = (x: number[]) => EVENT_FEATURES.map((n) => x[FEATURES.indexOf(n)]!);
  // a linear model, then boosted trees on what it leaves (interactions between the similarities)
  const eventModel = (examples: Example[], threshold: number): JoinModel => {
    const picked = examples.map((e) => ({ ...e, x: eventPick(e.x) }));
    const fit = fitLogistic(picked, 1e-3, 2000);
    const linear: JoinModel = { features: [...EVENT_FEATURES], weights: fit.weights.map(round), bias: round(fit.bias), threshold, duplicate: 0.7 };
    if (!useTrees) return linear;
    return { ...linear, trees: boost(picked, picked.map((e) => predict(linear, e.x))) };
  };
  const margin = (model: JoinModel, x: number[]) => predict(model, x) + (model.trees ?? []).reduce<number>((z, t) => z + evalTree(t, x), 0);
  const pairF1 = (model: JoinModel, t: number, pairs: Example[]) =>
    f1Of(pairs.map((e) => sigmoid(margin(model, eventPick(e.x))) >= t), pairs.map((e) => e.y === 1));
  for (let f = 0; f < folds; f++) {
    const train = items.filter((it) => foldOf.get(it.topic ?? it.cluster) !== f);
    const test = items.filter((it) => foldOf.get(it.topic ?? it.cluster) === f);
    const { examples, retrieval } = teacherExamples(train);
    // the SemEval pairs are split into folds too: both figures are measured on held-out data
    const model = eventModel([...examples, ...semevalEvent.filter((_, j) => j % folds !== f)], 0.5);
    const heldOut = semevalEvent.filter((_, j) => j % folds === f);
    THRESHOLDS.forEach((t, i) => {
      semF1[i]! += pairF1(model, t, heldOut) / folds;
      setModel('connect-event.json', { ...model, threshold: t });
      const run = runConnect(test);
      cvF1[i]! += clusterScores(test.map((it) => it.cluster), run.events).bcubed.f1 / folds;
    });
    log(`fold ${f + 1}/${folds}: ${examples.length} examples, index recall ${(100 * retrieval).toFixed(1)}%`);
  }
  const combined = THRESHOLDS.map((_, i) => (cvF1[i]! + semF1[i]!) / 2);
  const threshold = THRESHOLDS[combined.indexOf(Math.max(...combined))]!;
  log(`event threshold: ECB+ ${folds}-fold CV B3 F1 / SemEval train same-event F1 (held-out folds): ${THRESHOLDS.map((t, i) => `${t}:${cvF1[i]!.toFixed(3)}/${semF1[i]!.toFixed(3)}`).join(' ')} → ${threshold}`);
  const all = teacherExamples(items);
  const event: JoinModel = {
    ...eventModel([...all.examples, ...semevalEvent], threshold),
    trainedOn: `ECB+ (${items.length} articles, ${topics.length} topics, teacher-forced online: ${all.examples.length} examples) + SemEval-2022 task 8 train pairs (${semevalEvent.length})`,
  };
  log(`event model: ${EVENT_FEATURES.map((n, i) => `${n} ${event.weights[i]!.toFixed(2)}`).join(', ')}, bias ${event.bias.toFixed(2)}`);

  // Stories: same narrative (SemEval Narrative ≤ 2) vs not (≥ 3), plus ECB+ examples (other
  // events, same-kind topic mates included, as "not"); time features are left out.
  const pick = (x: number[]) => STORY_FEATURES.map((n) => x[FEATURES.indexOf(n as FeatureName)]!);
  const narrative: Example[] = [];
  semeval.forEach((p, i) => {
    const n = p.pair.narrative;
    if (n === null || (n > 2 && n < 3)) return;
    narrative.push({ x: featureVector(semevalSims[i]!, STORY_FEATURES), y: n <= 2 ? 1 : 0, w: 2 });
  });
  const storyFit = fitLogistic([...narrative, ...all.examples.map((e) => ({ ...e, x: pick(e.x) }))], 1e-3, 2000);
  let storyThreshold = 0.5, storyF1 = -1;
  for (let t = 0.05; t < 0.95; t += 0.05) {
    const f1 = f1Of(narrative.map((e) => sigmoid(predict(storyFit, e.x)) >= t), narrative.map((e) => e.y === 1));
    if (f1 > storyF1) { storyF1 = f1; storyThreshold = Math.round(t * 100) / 100; }
  }
  log(`story threshold ${storyThreshold} (same-narrative F1 on the SemEval training pairs ${storyF1.toFixed(3)})`);
  const story: JoinModel = {
    features: [...STORY_FEATURES], weights: storyFit.weights.map(round), bias: round(storyFit.bias), threshold: storyThreshold,
    trainedOn: 'SemEval-2022 task 8 train pairs labelled by Narrative (≤ 2 same story, ≥ 3 not) + ECB+ teacher-forced examples (other events, topic mates included, as "not")',
  };
  log(`story model: ${STORY_FEATURES.map((n, i) => `${n} ${story.weights[i]!.toFixed(2)}`).join(', ')}, bias ${story.bias.toFixed(2)}`);
  setModel('connect-event.json', event);
  setModel('connect-story.json', story);
  return { event, story, similarity };
}
