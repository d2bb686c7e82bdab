/**
 * Trains connect's models from the shared gold data (`npm run train:connect`):
 *   models/connect-lexicon-de-en.json.gz  German→English stem lexicon (Wiktionary)
 *   models/connect-event.json             join-or-new model for events (ECB+ teacher-forced
 *                                         online examples + SemEval-2022 task 8 train pairs),
 *                                         threshold chosen by cross-validation over ECB+ topics
 *   models/connect-story.json             join-or-new model for stories
 *   models/connect-similarity.json        graded article similarity (SemEval train pairs)
 * Deterministic: same data, same models. Held-back evaluation pairs are never used.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { modelPath, sharedPath } from '../src/paths.js';
import { buildStemLexicon } from '../src/connect/train/lexicon-build.js';
import { LEXICON_FILE } from '../src/connect/lexicon.js';
import { analyseGold, loadClusterGold, runConnect, type AnalysedArticle } from '../src/eval/cluster.js';
import { analysePairs, goldSame, loadPairs, pairFeatures } from '../src/eval/similarity.js';
import { teacherExamples } from '../src/connect/train/teacher.js';
import { fitLinear, fitLogistic, pearson, predict, type Example } from '../src/connect/train/fit.js';
import { FEATURES, featureVector } from '../src/connect/features.js';
import { setModel, type JoinModel } from '../src/connect/model.js';
import { clusterScores } from '../src/connect/partition-scores.js';
import type { SimilarityModel } from '../src/connect/similarity.js';

const log = (m: string) => console.error(`[train:connect] ${m}`);
const round = (x: number) => Math.round(x * 1e5) / 1e5;

function need(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) throw new Error(`shared data missing: ${parts.join('/')}`);
  return p;
}

// 1. Lexicon
const tsv = need('data', 'lexicon', 'wiktionary-de-en', 'de-en.wiktionary.tsv');
const lexicon = buildStemLexicon(tsv);
mkdirSync(dirname(modelPath(LEXICON_FILE)), { recursive: true });
writeFileSync(modelPath(LEXICON_FILE), gzipSync(JSON.stringify(lexicon), { level: 9 }));
log(`lexicon: ${Object.keys(lexicon).length} German stems → ${modelPath(LEXICON_FILE)}`);

// 2. SemEval training pairs: the noisy train-batch texts, minus every pair that could be one of
// the evaluation pairs (pairs.jsonl and its held-back part come from fixed row ranges of the batch).
const semevalDir = need('data', 'similarity', 'semeval2022-task8');
const rowOf = new Map<string, number>();
readFileSync(join(semevalDir, 'semeval-2022_task8_train-data_batch_2.csv'), 'utf8').split('\n').slice(1)
  .forEach((line, i) => { const id = line.split(',')[2]; if (id) rowOf.set(id, i); });
const reported = new Set(loadPairs(join(semevalDir, 'pairs.jsonl')).map((p) => p.id));
const trainPairs = loadPairs(join(semevalDir, 'pairs-noisy-truncated.jsonl')).filter((p) => {
  if (reported.has(p.id)) return false;
  const row = rowOf.get(p.id.replace(/[a-z]+/g, ''));
  if (row === undefined) return false;
  if (p.langs === 'de-de' && row >= 1581 && row <= 2710) return false;
  if (p.langs === 'en-en' && row <= 249) return false;
  return !/[a-z]/.test(p.id); // machine-translated augmentations carry a language suffix
});
log(`SemEval training pairs: ${trainPairs.length}`);
const semeval = await analysePairs(trainPairs, log);
const semevalSims = pairFeatures(semeval);

// 3. Graded similarity: least squares on the flipped Overall scale mapped to [0, 1].
const simExamples: Example[] = semeval.map((p, i) => ({ x: featureVector(semevalSims[i]!), y: (4 - p.pair.overall) / 3 }));
const simFit = fitLinear(simExamples, 1e-3, 3000);
const simPred = simExamples.map((e) => predict(simFit, e.x));
const goldLabels = semeval.map((p) => goldSame(p.pair.overall));
let sameCut = 0.5, sameF1 = -1;
for (let t = 0.2; t <= 0.9; t += 0.01) {
  let tp = 0, pp = 0, gp = 0;
  goldLabels.forEach((g, i) => { if (g === null) return; const y = simPred[i]! >= t; if (y) pp++; if (g) gp++; if (g && y) tp++; });
  const f1 = tp ? (2 * tp) / (pp + gp) : 0;
  if (f1 > sameF1) { sameF1 = f1; sameCut = t; }
}
log(`similarity model: training Pearson ${pearson(simPred, simExamples.map((e) => e.y)).toFixed(3)}, same-event cut ${sameCut.toFixed(2)} (training F1 ${sameF1.toFixed(3)})`);
const similarityModel: SimilarityModel = {
  features: [...FEATURES], weights: simFit.weights.map(round), bias: round(simFit.bias), sameEvent: round(sameCut),
  trainedOn: `SemEval-2022 task 8 train batch, ${semeval.length} pairs of pairs-noisy-truncated.jsonl (evaluation rows excluded)`,
};

// 4. Events: ECB+ teacher-forced examples (+ SemEval same/different pairs), threshold by CV over topics.
const ecb = loadClusterGold(need('data', 'events', 'ecbplus-en'));
const { items } = await analyseGold(ecb, log);
const semevalEvent: Example[] = [];
semeval.forEach((p, i) => { const g = goldLabels[i]; if (g !== null && g !== undefined) semevalEvent.push({ x: featureVector(semevalSims[i]!), y: g ? 1 : 0, w: 2 }); });

const topics = [...new Set(items.map((it) => it.topic ?? it.cluster))].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
const FOLDS = 5;
const foldOf = new Map(topics.map((t, i) => [t, i % FOLDS]));
const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8];
// ECB+ is English only; German and English same-event pairs of the SemEval train batch weigh in too
const semF1 = THRESHOLDS.map(() => 0);
const cvF1 = THRESHOLDS.map(() => 0);

/** Same-event F1 of a join model on the SemEval training pairs (German and English). */
function pairF1(model: JoinModel, t: number): number {
  let tp = 0, pp = 0, gp = 0;
  for (const e of semevalEvent) {
    const z = e.x.reduce((acc, v, i) => acc + v * (model.weights[i] ?? 0), model.bias);
    const y = 1 / (1 + Math.exp(-z)) >= t;
    if (y) pp++;
    if (e.y) gp++;
    if (y && e.y) tp++;
  }
  return tp ? (2 * tp) / (pp + gp) : 0;
}

function eventModel(examples: Example[], threshold: number): JoinModel {
  const fit = fitLogistic(examples, 1e-3, 2000);
  return { features: [...FEATURES], weights: fit.weights.map(round), bias: round(fit.bias), threshold, duplicate: 0.7 };
}

for (let f = 0; f < FOLDS; f++) {
  const train = items.filter((it) => foldOf.get(it.topic ?? it.cluster) !== f);
  const test = items.filter((it) => foldOf.get(it.topic ?? it.cluster) === f);
  const { examples, retrieval } = teacherExamples(train);
  const model = eventModel([...examples, ...semevalEvent], 0.5);
  THRESHOLDS.forEach((t, i) => {
    semF1[i]! += pairF1(model, t) / FOLDS;
    setModel('connect-event.json', { ...model, threshold: t });
    const run = runConnect(test as AnalysedArticle[]);
    cvF1[i]! += clusterScores(test.map((it) => it.cluster), run.events).bcubed.f1 / FOLDS;
  });
  log(`fold ${f + 1}/${FOLDS}: ${examples.length} examples, index recall ${(100 * retrieval).toFixed(1)}%`);
}
const combined = THRESHOLDS.map((_, i) => (cvF1[i]! + semF1[i]!) / 2);
const bestIdx = combined.indexOf(Math.max(...combined));
const threshold = THRESHOLDS[bestIdx]!;
log(`event threshold: ECB+ ${FOLDS}-fold CV B3 F1 / SemEval train same-event F1: ${THRESHOLDS.map((t, i) => `${t}:${cvF1[i]!.toFixed(3)}/${semF1[i]!.toFixed(3)}`).join(' ')} → ${threshold}`);
const all = teacherExamples(items);
const finalEvent: JoinModel = {
  ...eventModel([...all.examples, ...semevalEvent], threshold),
  trainedOn: `ECB+ (${items.length} articles, ${topics.length} topics, teacher-forced online: ${all.examples.length} examples) + SemEval-2022 task 8 train pairs (${semevalEvent.length})`,
};
log(`event model: ${FEATURES.map((n, i) => `${n} ${finalEvent.weights[i]!.toFixed(2)}`).join(', ')}, bias ${finalEvent.bias.toFixed(2)}`);

// 5. Stories: same narrative (SemEval Narrative ≤ 2) vs not (≥ 3), plus ECB+ topic mates as "not".
const storyExamples: Example[] = [];
semeval.forEach((p, i) => {
  const n = p.pair.narrative;
  if (n === null) return;
  if (n <= 2) storyExamples.push({ x: featureVector(semevalSims[i]!), y: 1, w: 2 });
  else if (n >= 3) storyExamples.push({ x: featureVector(semevalSims[i]!), y: 0, w: 2 });
});
const narrativeExamples = [...storyExamples];
storyExamples.push(...all.examples);
const storyFit = fitLogistic(storyExamples, 1e-3, 2000);
// the story threshold: best same-story F1 on the Narrative-labelled pairs (the only story-level gold)
let storyThreshold = 0.5, storyF1 = -1;
for (let t = 0.05; t < 0.95; t += 0.05) {
  let tp = 0, pp = 0, gp = 0;
  for (const e of narrativeExamples) {
    const y = 1 / (1 + Math.exp(-predict(storyFit, e.x))) >= t;
    if (y) pp++;
    if (e.y) gp++;
    if (y && e.y) tp++;
  }
  const f1 = tp ? (2 * tp) / (pp + gp) : 0;
  if (f1 > storyF1) { storyF1 = f1; storyThreshold = Math.round(t * 100) / 100; }
}
log(`story threshold ${storyThreshold} (same-narrative F1 on the SemEval training pairs ${storyF1.toFixed(3)})`);
const storyModel: JoinModel = {
  features: [...FEATURES], weights: storyFit.weights.map(round), bias: round(storyFit.bias), threshold: storyThreshold,
  trainedOn: 'SemEval-2022 task 8 train pairs labelled by Narrative (≤ 2 same story, ≥ 3 not) + ECB+ teacher-forced examples (other events, topic mates included, as "not")',
};
log(`story model: ${FEATURES.map((n, i) => `${n} ${storyModel.weights[i]!.toFixed(2)}`).join(', ')}, bias ${storyModel.bias.toFixed(2)}`);

writeFileSync(modelPath('connect-event.json'), JSON.stringify(finalEvent, null, 1) + '\n');
writeFileSync(modelPath('connect-story.json'), JSON.stringify(storyModel, null, 1) + '\n');
writeFileSync(modelPath('connect-similarity.json'), JSON.stringify(similarityModel, null, 1) + '\n');
setModel('connect-event.json', finalEvent);
const check = runConnect(items);
log(`ECB+ (training data, not a test): B3 F1 ${clusterScores(items.map((it) => it.cluster), check.events).bcubed.f1.toFixed(3)}`);
log('done');
