/**
 * The NER tagger's model: a linear structured perceptron over BIO tags with first-order
 * transitions, decoded by Viterbi under BIO constraints (I-X only after B-X or I-X).
 * Saved as gzip'd JSON with int16-quantised weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { contextFeatures, emptyResources, wordFeatures, wordInfo, type FeatureResources, type WordInfo } from './features.js';

export interface TaggerModel {
  lang: string;
  tags: string[];
  /** Feature string → row in `weights`. */
  features: Map<string, number>;
  /** rows × tags. */
  weights: Float32Array;
  /** (tags + 1) × tags; the last row scores the first tag of a sentence. */
  transitions: Float32Array;
  resources: FeatureResources;
  /** Free-form training record (data sets, epochs, dev scores). */
  meta: Record<string, unknown>;
}

/** allowed[(prev) * T + cur], prev = T for the sentence start. */
export function allowedTransitions(tags: string[]): Uint8Array {
  const T = tags.length;
  const allowed = new Uint8Array((T + 1) * T);
  for (let p = 0; p <= T; p++) {
    for (let c = 0; c < T; c++) {
      const cur = tags[c]!;
      let ok = true;
      if (cur.startsWith('I-')) {
        const prev = p < T ? tags[p]! : 'O';
        ok = prev !== 'O' && prev.slice(2) === cur.slice(2);
      }
      allowed[p * T + c] = ok ? 1 : 0;
    }
  }
  return allowed;
}

/** For each tag, the previous tags allowed before it (BIO: I-X only after B-X or I-X). */
const prevListCache = new WeakMap<Uint8Array, Int32Array[]>();

function allowedPrev(allowed: Uint8Array, T: number): Int32Array[] {
  let lists = prevListCache.get(allowed);
  if (lists) return lists;
  lists = [];
  for (let c = 0; c < T; c++) {
    const ps: number[] = [];
    for (let p = 0; p < T; p++) if (allowed[p * T + c]) ps.push(p);
    lists.push(Int32Array.from(ps));
  }
  prevListCache.set(allowed, lists);
  return lists;
}

/** Best tag sequence for emission scores (n × T) under transitions and the BIO constraint. */
export function viterbi(emission: Float32Array, n: number, T: number, trans: Float32Array, allowed: Uint8Array): Int32Array {
  const best = new Int32Array(n);
  if (n === 0) return best;
  const prevOf = allowedPrev(allowed, T);
  const score = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let c = 0; c < T; c++) {
    score[c] = allowed[T * T + c] ? emission[c]! + trans[T * T + c]! : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = (i - 1) * T;
    for (let c = 0; c < T; c++) {
      let bestScore = -Infinity;
      let bestPrev = 0;
      const ps = prevOf[c]!;
      for (let k = 0; k < ps.length; k++) {
        const p = ps[k]!;
        const s = score[prevBase + p]! + trans[p * T + c]!;
        if (s > bestScore) {
          bestScore = s;
          bestPrev = p;
        }
      }
      score[base + c] = bestScore + emission[base + c]!;
      back[base + c] = bestPrev;
    }
  }
  let arg = 0;
  const lastBase = (n - 1) * T;
  for (let c = 1; c < T; c++) if (score[lastBase + c]! > score[lastBase + arg]!) arg = c;
  best[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) best[i - 1] = back[i * T + best[i]!]!;
  return best;
}

/** Adds each feature row's weights into an emission matrix (n × T). */
export function emissionScores(featureRows: ArrayLike<number>[], weights: Float32Array, T: number): Float32Array {
  const n = featureRows.length;
  const em = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    const rows = featureRows[i]!;
    const base = i * T;
    for (let k = 0; k < rows.length; k++) {
      const off = rows[k]! * T;
      for (let c = 0; c < T; c++) em[base + c]! += weights[off + c]!;
    }
  }
  return em;
}

const allowedCache = new WeakMap<TaggerModel, Uint8Array>();

interface CachedWord {
  info: WordInfo;
  /** Feature rows of the word's own features. */
  rows: number[];
}
/** Per model: word → its info and own feature rows (they do not depend on context). */
const wordCache = new WeakMap<TaggerModel, Map<string, CachedWord>>();
const WORD_CACHE_SIZE = 200_000;

function cachedWord(model: TaggerModel, cache: Map<string, CachedWord>, word: string): CachedWord {
  let c = cache.get(word);
  if (c) return c;
  const info = wordInfo(word, model.resources);
  const rows: number[] = [];
  for (const f of wordFeatures(info, model.resources)) {
    const id = model.features.get(f);
    if (id !== undefined) rows.push(id);
  }
  if (cache.size >= WORD_CACHE_SIZE) cache.clear();
  cache.set(word, (c = { info, rows }));
  return c;
}

/** Tags one sentence of token strings; returns IOB2 labels of the model's tag set. */
export function tagWords(model: TaggerModel, words: string[]): string[] {
  if (words.length === 0) return [];
  const T = model.tags.length;
  let allowed = allowedCache.get(model);
  if (!allowed) allowedCache.set(model, (allowed = allowedTransitions(model.tags)));
  let cache = wordCache.get(model);
  if (!cache) wordCache.set(model, (cache = new Map()));
  const cached = words.map((w) => cachedWord(model, cache!, w));
  const infos = cached.map((c) => c.info);
  const rows: number[][] = cached.map((c, i) => {
    const r = c.rows.slice();
    for (const f of contextFeatures(infos, i)) {
      const id = model.features.get(f);
      if (id !== undefined) r.push(id);
    }
    return r;
  });
  const em = emissionScores(rows, model.weights, T);
  const path = viterbi(em, words.length, T, model.transitions, allowed);
  return Array.from(path, (t) => model.tags[t]!);
}

interface SavedModel {
  version: 1;
  lang: string;
  tags: string[];
  features: string[];
  scale: number;
  weights: string;
  transitions: number[];
  clusters: Record<string, string>;
  gazetteer: Record<string, string>;
  lowerRatio: Record<string, string>;
  lexicon?: Record<string, string>;
  meta: Record<string, unknown>;
}

/** Writes the model, dropping feature rows whose weights are all below `minWeight` in magnitude. */
export function saveModel(model: TaggerModel, path: string, minWeight = 0): { features: number; bytes: number } {
  const T = model.tags.length;
  const kept: string[] = [];
  const rows: number[] = [];
  let maxAbs = 0;
  for (const [f, row] of model.features) {
    let m = 0;
    for (let c = 0; c < T; c++) m = Math.max(m, Math.abs(model.weights[row * T + c]!));
    if (m <= minWeight) continue;
    kept.push(f);
    rows.push(row);
    maxAbs = Math.max(maxAbs, m);
  }
  const scale = maxAbs / 32767 || 1;
  const q = new Int16Array(kept.length * T);
  rows.forEach((row, k) => {
    for (let c = 0; c < T; c++) q[k * T + c] = Math.round(model.weights[row * T + c]! / scale);
  });
  const saved: SavedModel = {
    version: 1,
    lang: model.lang,
    tags: model.tags,
    features: kept,
    scale,
    weights: Buffer.from(q.buffer, q.byteOffset, q.byteLength).toString('base64'),
    transitions: Array.from(model.transitions),
    clusters: Object.fromEntries(model.resources.clusters),
    gazetteer: Object.fromEntries(model.resources.gazetteer),
    lowerRatio: Object.fromEntries(model.resources.lowerRatio),
    lexicon: Object.fromEntries(model.resources.lexicon),
    meta: model.meta,
  };
  const buf = gzipSync(Buffer.from(JSON.stringify(saved)), { level: 9 });
  writeFileSync(path, buf);
  return { features: kept.length, bytes: buf.length };
}

export function loadModel(path: string): TaggerModel {
  const saved = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as SavedModel;
  const T = saved.tags.length;
  const raw = Buffer.from(saved.weights, 'base64');
  // copy into an aligned buffer: a Buffer may start at an odd offset of its pool
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * saved.scale;
  const features = new Map<string, number>();
  saved.features.forEach((f, i) => features.set(f, i));
  if (weights.length !== saved.features.length * T) throw new Error(`corrupt NER model ${path}`);
  const resources = emptyResources();
  resources.clusters = new Map(Object.entries(saved.clusters));
  resources.gazetteer = new Map(Object.entries(saved.gazetteer));
  resources.lowerRatio = new Map(Object.entries(saved.lowerRatio));
  resources.lexicon = new Map(Object.entries(saved.lexicon ?? {}));
  return {
    lang: saved.lang,
    tags: saved.tags,
    features,
    weights,
    transitions: Float32Array.from(saved.transitions),
    resources,
    meta: saved.meta,
  };
}
