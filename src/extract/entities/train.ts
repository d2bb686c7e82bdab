/**
 * Averaged structured perceptron training (Collins 2002) with Viterbi decoding.
 * Features are counted first and rare ones dropped; every sentence is then encoded once as
 * feature-row ids so that epochs only add numbers.
 */
import { coarseType, spansOf, type GoldSentence } from './tags.js';
import { sentenceFeatures, type FeatureResources } from './features.js';
import { allowedTransitions, emissionScores, viterbi, type TaggerModel } from './model.js';
import { SpanScorer } from './score.js';

export interface TrainOptions {
  lang: string;
  train: GoldSentence[];
  dev: GoldSentence[];
  resources: FeatureResources;
  epochs: number;
  seed: number;
  /**
   * Resources for the features of training sentence `i`, when they differ by sentence
   * (a lexicon built from the other folds); defaults to `resources`.
   */
  resourcesFor?: (i: number) => FeatureResources;
  /**
   * Update weight of training sentence `i` (default 1): silver (machine-annotated) sentences
   * train with a smaller step so that the gold data dominates where the two disagree.
   */
  weightOf?: (i: number) => number;
  /** Features seen fewer times in training are dropped. */
  minCount: number;
  /**
   * Word dropout: the chance that a token, in one epoch, trains without the features that
   * name the word itself (`isLexical`), so the tagger also learns the cues it must rely on
   * for words it has never seen (most missed names are such words). 0: off.
   */
  dropout?: number;
  isLexical?: (feature: string) => boolean;
  /**
   * Cost-augmented decoding while training: every tag other than the gold one scores this much
   * more, so an update also happens where the gold path wins by less than this margin per
   * wrong token (the large-margin view of the perceptron; 0: plain perceptron).
   */
  margin?: number;
  /**
   * Passive-aggressive step sizes (PA-I, Crammer et al. 2006) instead of the perceptron's fixed
   * step: each update moves the weights just far enough that the gold path beats the predicted
   * one by its cost (`margin` per wrong token), capped at this value times the sentence's
   * weight. 0 or absent: the perceptron's step of 1 (times the sentence's weight).
   */
  paC?: number;
  /**
   * Cost-augmented training: the cost of tagging O where the gold tag is a name, as a multiple
   * of `margin` (default 1); above 1 the learner trades precision for recall.
   */
  missCost?: number;
  log: (line: string) => void;
}

interface Encoded {
  rows: Int32Array[];
  gold: Int32Array;
  /** Update step for this sentence. */
  weight: number;
}

/** Deterministic PRNG (mulberry32) for reproducible shuffles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Coarse exact-span F1 (deriv/part mapped to O, OTH = MISC) of tag sequences against gold. */
export function coarseF1(gold: string[][], predicted: string[][]): { precision: number; recall: number; f1: number } {
  const scorer = new SpanScorer();
  const coarse = (tags: string[]) =>
    spansOf(tags).flatMap((s) => {
      const t = coarseType(s.type);
      return t ? [{ start: s.start, end: s.end, type: t }] : [];
    });
  gold.forEach((g, i) => scorer.add(coarse(g), coarse(predicted[i] ?? [])));
  return scorer.micro();
}

/** The training and dev sentences encoded as feature rows, ready for one or more learners. */
export interface PreparedTraining {
  tags: string[];
  features: Map<string, number>;
  train: Encoded[];
  dev: Encoded[];
}

export function trainTagger(opts: TrainOptions): TaggerModel {
  return trainPrepared(prepareTraining(opts), opts);
}

/** Builds and counts the features of the training and dev sentences (the slow part of training). */
export function prepareTraining(opts: TrainOptions): PreparedTraining {
  const { log } = opts;
  const tagSet = new Set<string>();
  for (const s of opts.train) for (const t of s.tags) tagSet.add(t);
  const tags = ['O', ...[...tagSet].filter((t) => t !== 'O').sort()];
  const tagId = new Map(tags.map((t, i) => [t, i]));
  const T = tags.length;

  // 1. count features, keep the frequent ones
  const t0 = Date.now();
  const trainFeats = opts.train.map((s, i) => sentenceFeatures(s.tokens, opts.resourcesFor?.(i) ?? opts.resources));
  const counts = new Map<string, number>();
  for (const sent of trainFeats) for (const tok of sent) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opts.minCount) features.set(f, features.size);
  counts.clear();
  log(`${opts.lang}: ${opts.train.length} sentences, ${T} tags, ${features.size} features (min count ${opts.minCount}), ${Date.now() - t0} ms`);

  const encode = (feats: string[][][], sents: GoldSentence[]): Encoded[] =>
    feats.map((sent, k) => ({
      rows: sent.map((tok) => Int32Array.from(tok.flatMap((f) => { const id = features.get(f); return id === undefined ? [] : [id]; }))),
      gold: Int32Array.from(sents[k]!.tags, (t) => tagId.get(t) ?? 0),
      weight: 1,
    }));
  const train = encode(trainFeats, opts.train);
  if (opts.weightOf) train.forEach((s, i) => (s.weight = opts.weightOf!(i)));
  trainFeats.length = 0;
  const dev = encode(opts.dev.map((s) => sentenceFeatures(s.tokens, opts.resources)), opts.dev);
  return { tags, features, train, dev };
}

/**
 * Trains on prepared sentences with the learner settings of `opts` (epochs, seed, margin,
 * dropout, step sizes); the sentences' features are not changed, so one preparation serves
 * several learners.
 */
export function trainPrepared(prepared: PreparedTraining, opts: TrainOptions): TaggerModel {
  const { log } = opts;
  const { tags, features, train, dev } = prepared;
  const T = tags.length;
  // the step weights of this learner (variants of one preparation may weigh silver data apart)
  train.forEach((s, i) => (s.weight = opts.weightOf ? opts.weightOf(i) : 1));

  // 2. averaged perceptron: w = current weights, u = sum of c·update; average = w − u / c
  const F = features.size;
  const w = new Float32Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float32Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const allowed = allowedTransitions(tags);
  const lexical = new Uint8Array(F);
  if (opts.isLexical) for (const [f, id] of features) if (opts.isLexical(f)) lexical[id] = 1;
  const dropout = opts.dropout ?? 0;
  const margin = opts.margin ?? 0;
  const paC = opts.paC ?? 0;
  const missCost = opts.missCost ?? 1;
  const dropRand = seededRandom(opts.seed + 1); // its own sequence: the shuffles stay those without dropout
  let c = 1;
  const rand = seededRandom(opts.seed);
  const order = train.map((_, i) => i);
  let best: { f1: number; epoch: number; w: Float32Array; t: Float32Array } | null = null;

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const e0 = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const idx of order) {
      const s0 = train[idx]!;
      const s = dropout > 0 ? { ...s0, rows: s0.rows.map((r) => (dropRand() < dropout ? r.filter((f) => !lexical[f]) : r)) } : s0;
      const n = s.gold.length;
      tokens += n;
      const em = emissionScores(s.rows, w, T);
      if (margin > 0) for (let i = 0; i < n; i++) addCost(em, i * T, T, s.gold[i]!, margin, missCost);
      const pred = viterbi(em, n, T, tw, allowed);
      const step = paC > 0 ? paStep(s, pred, em, tw, T, paC * s.weight) : s.weight;
      const stepC = step * c;
      let differs = false;
      for (let i = 0; i < n; i++) {
        const g = s.gold[i]!;
        const p = pred[i]!;
        const gPrev = i ? s.gold[i - 1]! : T;
        const pPrev = i ? pred[i - 1]! : T;
        if (g !== p) {
          errors++;
          differs = true;
          for (const f of s.rows[i]!) {
            w[f * T + g]! += step;
            u[f * T + g]! += stepC;
            w[f * T + p]! -= step;
            u[f * T + p]! -= stepC;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * T + g]! += step;
          tu[gPrev * T + g]! += stepC;
          tw[pPrev * T + p]! -= step;
          tu[pPrev * T + p]! -= stepC;
        }
      }
      if (differs || n) c++;
    }
    const avgW = averaged(w, u, c);
    const avgT = averaged(tw, tu, c);
    const predicted = dev.map((s) => Array.from(viterbi(emissionScores(s.rows, avgW, T), s.gold.length, T, avgT, allowed), (t) => tags[t]!));
    const score = coarseF1(opts.dev.map((s) => s.tags), predicted);
    log(
      `${opts.lang} epoch ${epoch}: train token errors ${(errors / tokens * 100).toFixed(2)}%, ` +
        `dev coarse P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)} F1 ${score.f1.toFixed(4)} (${((Date.now() - e0) / 1000).toFixed(1)} s)`,
    );
    if (!best || score.f1 > best.f1 || opts.dev.length === 0) best = { f1: score.f1, epoch, w: avgW, t: avgT };
  }
  if (!best) throw new Error('no epochs');
  log(`${opts.lang}: best dev F1 ${best.f1.toFixed(4)} at epoch ${best.epoch}`);
  return {
    lang: opts.lang,
    tags,
    features,
    weights: best.w,
    transitions: best.t,
    resources: opts.resources,
    meta: { epochs: opts.epochs, bestEpoch: best.epoch, devF1: best.f1, seed: opts.seed, minCount: opts.minCount, ...(paC > 0 ? { paC } : {}), ...(missCost !== 1 ? { missCost } : {}) },
  };
}

/**
 * PA-I step for one sentence: the cost-augmented score by which the predicted path beats the
 * gold one (its loss; `em` already holds the costs, which the gold tags do not get), divided by
 * the squared norm of the feature difference of the two paths, capped at `cap`.
 */
function paStep(s: Encoded, pred: Int32Array, em: Float32Array, tw: Float32Array, T: number, cap: number): number {
  const n = s.gold.length;
  let loss = 0;
  const diff = new Map<number, number>();
  const bump = (key: number, by: number) => diff.set(key, (diff.get(key) ?? 0) + by);
  // transitions after the emission keys (feature rows × tags)
  const transBase = 2 ** 40;
  for (let i = 0; i < n; i++) {
    const g = s.gold[i]!;
    const p = pred[i]!;
    const gPrev = i ? s.gold[i - 1]! : T;
    const pPrev = i ? pred[i - 1]! : T;
    loss += em[i * T + p]! + tw[pPrev * T + p]! - em[i * T + g]! - tw[gPrev * T + g]!;
    if (g !== p) {
      for (const f of s.rows[i]!) {
        bump(f * T + g, 1);
        bump(f * T + p, -1);
      }
    }
    if (g !== p || gPrev !== pPrev) {
      bump(transBase + gPrev * T + g, 1);
      bump(transBase + pPrev * T + p, -1);
    }
  }
  let norm = 0;
  for (const v of diff.values()) norm += v * v;
  if (loss <= 0 || norm === 0) return 0;
  return Math.min(cap, loss / norm);
}

/**
 * Hamming cost: every tag but the gold one at one token scores `cost` more; O (tag 0) where the
 * gold tag is a name scores `cost × miss` more.
 */
function addCost(em: Float32Array, base: number, T: number, gold: number, cost: number, miss: number): void {
  for (let c = 0; c < T; c++) if (c !== gold) em[base + c]! += c === 0 && gold !== 0 ? cost * miss : cost;
}

function averaged(w: Float32Array, u: Float64Array, c: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i]! - u[i]! / c;
  return out;
}
