/**
 * The NER tagger's model: a linear structured perceptron over BIO tags with first-order
 * transitions, decoded by Viterbi under BIO constraints (I-X only after B-X or I-X).
 * Saved gzip'd: a JSON header (tags, feature names, word tables) followed by int16-quantised
 * weights. Tagging caches per word the summed weights of every feature that depends on that
 * word alone (its own, and what it adds as a neighbour), so a token costs a few lookups.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import {
  END, NEIGHBOUR_ROLES, START, emptyResources, neighbourFeatures, pairFeatures, phraseMatches, wordFeatures, wordInfo,
  type FeatureResources, type WordInfo,
} from './features.js';

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
  /**
   * Summed weights (T per block) of the features that depend on this word alone: block 0 its
   * own features, blocks 1–4 what it adds as left, right, second-left, second-right neighbour.
   */
  scores: Float32Array;
}
/** Per model: word → its info and cached scores. */
const wordCache = new WeakMap<TaggerModel, Map<string, CachedWord>>();
/** Per model: the sentence start and end pseudo-words. */
const boundaryCache = new WeakMap<TaggerModel, { start: CachedWord; end: CachedWord }>();
const WORD_CACHE_SIZE = 100_000;

function addFeatureWeights(model: TaggerModel, feats: string[], out: Float32Array, base: number): void {
  const T = model.tags.length;
  const w = model.weights;
  for (const f of feats) {
    const id = model.features.get(f);
    if (id === undefined) continue;
    const off = id * T;
    for (let t = 0; t < T; t++) out[base + t]! += w[off + t]!;
  }
}

function scoreWord(model: TaggerModel, info: WordInfo, own: boolean): CachedWord {
  const T = model.tags.length;
  const scores = new Float32Array(T * (1 + NEIGHBOUR_ROLES.length));
  if (own) addFeatureWeights(model, wordFeatures(info, model.resources), scores, 0);
  NEIGHBOUR_ROLES.forEach((role, k) => addFeatureWeights(model, neighbourFeatures(info, role), scores, (k + 1) * T));
  return { info, scores };
}

function cachedWord(model: TaggerModel, cache: Map<string, CachedWord>, word: string): CachedWord {
  let c = cache.get(word);
  if (c) return c;
  c = scoreWord(model, wordInfo(word, model.resources), true);
  if (cache.size >= WORD_CACHE_SIZE) cache.clear();
  cache.set(word, c);
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
  let bounds = boundaryCache.get(model);
  if (!bounds) boundaryCache.set(model, (bounds = { start: scoreWord(model, START, false), end: scoreWord(model, END, false) }));
  const n = words.length;
  const cached = words.map((w) => cachedWord(model, cache!, w));
  const infos = cached.map((c) => c.info);
  const phrases = phraseMatches(infos.map((x) => x.lower), model.resources.phrases);
  const em = new Float32Array(n * T);
  // neighbour k positions away in a role, or the sentence boundary
  const at = (k: number): CachedWord => (k < 0 ? bounds!.start : k >= n ? bounds!.end : cached[k]!);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const own = cached[i]!.scores;
    const l1 = at(i - 1).scores;
    const r1 = at(i + 1).scores;
    const l2 = at(i - 2).scores;
    const r2 = at(i + 2).scores;
    for (let t = 0; t < T; t++) em[base + t] = own[t]! + l1[T + t]! + r1[2 * T + t]! + l2[3 * T + t]! + r2[4 * T + t]!;
    addFeatureWeights(model, pairFeatures(infos, i, phrases), em, base);
  }
  const path = viterbi(em, n, T, model.transitions, allowed);
  return Array.from(path, (t) => model.tags[t]!);
}

const BINARY_MAGIC = 'CHRNER1\n';

interface SavedModel {
  version: 1;
  lang: string;
  tags: string[];
  /** Feature strings: an array, or (binary layout) one string joined by newlines. */
  features: string[] | string;
  scale: number;
  /** Base64 int16 weights in the earlier layout; `binary` when they follow the JSON. */
  weights: string;
  transitions: number[];
  clusters: SavedTable;
  gazetteer: SavedTable;
  lowerRatio: SavedTable;
  lexicon?: SavedTable;
  phrases?: SavedTable;
  meta: Record<string, unknown>;
}

/**
 * A word table: an object in the earlier layout; `key<TAB>value` lines in the binary one
 * (JSON objects of 50,000 keys parse several times slower than one string).
 */
type SavedTable = Record<string, string> | string;

function tableText(map: Map<string, string>): string {
  let out = '';
  for (const [k, v] of map) if (!/[\t\n]/.test(k + v)) out += k + '\t' + v + '\n';
  return out;
}

function tableMap(table: SavedTable | undefined): Map<string, string> {
  if (table === undefined) return new Map();
  if (typeof table !== 'string') return new Map(Object.entries(table));
  const map = new Map<string, string>();
  let from = 0;
  while (from < table.length) {
    const tab = table.indexOf('\t', from);
    const nl = table.indexOf('\n', from);
    if (tab < 0 || nl < 0) break;
    map.set(table.slice(from, tab), table.slice(tab + 1, nl));
    from = nl + 1;
  }
  return map;
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
    if (m <= minWeight || f.includes('\n')) continue; // the saved layout joins features by newlines
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
    features: kept.join('\n'),
    scale,
    weights: 'binary',
    transitions: Array.from(model.transitions),
    clusters: tableText(model.resources.clusters),
    gazetteer: tableText(model.resources.gazetteer),
    lowerRatio: tableText(model.resources.lowerRatio),
    lexicon: tableText(model.resources.lexicon),
    phrases: tableText(model.resources.phrases),
    meta: model.meta,
  };
  // layout: `CHRNER1\n`, JSON length (uint32 LE), JSON, int16 weights (parsing them from
  // base64 inside the JSON took half the load time)
  const json = Buffer.from(JSON.stringify(saved));
  const head = Buffer.alloc(BINARY_MAGIC.length + 4);
  head.write(BINARY_MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, BINARY_MAGIC.length);
  const buf = gzipSync(Buffer.concat([head, json, Buffer.from(q.buffer, q.byteOffset, q.byteLength)]), { level: 9 });
  writeFileSync(path, buf);
  return { features: kept.length, bytes: buf.length };
}

export function loadModel(path: string): TaggerModel {
  const file = gunzipSync(readFileSync(path));
  let saved: SavedModel;
  let raw: Buffer;
  if (file.subarray(0, BINARY_MAGIC.length).toString('latin1') === BINARY_MAGIC) {
    const len = file.readUInt32LE(BINARY_MAGIC.length);
    const start = BINARY_MAGIC.length + 4;
    saved = JSON.parse(file.subarray(start, start + len).toString('utf8')) as SavedModel;
    raw = file.subarray(start + len);
  } else {
    // earlier layout: one JSON document with base64 weights
    saved = JSON.parse(file.toString('utf8')) as SavedModel;
    raw = Buffer.from(saved.weights, 'base64');
  }
  const T = saved.tags.length;
  // copy into an aligned buffer: a Buffer may start at an odd offset of its pool
  const q = new Int16Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength));
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * saved.scale;
  const names = typeof saved.features === 'string' ? (saved.features ? saved.features.split('\n') : []) : saved.features;
  const features = new Map<string, number>();
  names.forEach((f, i) => features.set(f, i));
  if (weights.length !== names.length * T) throw new Error(`corrupt NER model ${path}`);
  const resources = emptyResources();
  resources.clusters = tableMap(saved.clusters);
  resources.gazetteer = tableMap(saved.gazetteer);
  resources.lowerRatio = tableMap(saved.lowerRatio);
  resources.lexicon = tableMap(saved.lexicon);
  resources.phrases = tableMap(saved.phrases);
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
