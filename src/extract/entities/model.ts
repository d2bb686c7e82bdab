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
  END, NEIGHBOUR_ROLES, START, emitNeighbourFeatures, emitPairFeatures,
  emitWordFeatures, emptyResources, sentenceContext, wordInfo, type FeatureResources, type FeatureSink, type SentenceContext, type WordInfo,
} from './features.js';
import { FeatureHash, FeatureTable, WeightTable, hashFeature } from './feature-table.js';
import { CharClassifier } from './char-classes.js';
import { PackedTable } from './packed-table.js';

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

/**
 * Scratch arrays reused from call to call (grown when too small): a typed array per sentence
 * is an allocation outside the JavaScript heap each time, which showed in tagging time.
 */
let scoreScratch = new Float64Array(4096);
let backScratch = new Int32Array(4096);
let emissionScratch = new Float32Array(4096);
let pathScratch = new Int32Array(256);

function grown<A extends Float64Array | Int32Array | Float32Array>(a: A, size: number, make: (n: number) => A): A {
  return a.length >= size ? a : make(Math.max(size, a.length * 2));
}

/**
 * Per current tag, the previous tags allowed before it, ascending (`from[c]` … `from[c + 1]`
 * in `prev`): an I- tag has two of them, so Viterbi skips about half of the tag pairs.
 */
interface AllowedPrevious {
  from: Int32Array;
  prev: Int32Array;
}
const previousCache = new WeakMap<Uint8Array, AllowedPrevious>();

function allowedPrevious(allowed: Uint8Array, T: number): AllowedPrevious {
  let out = previousCache.get(allowed);
  if (out) return out;
  const from = new Int32Array(T + 1);
  const prev: number[] = [];
  for (let c = 0; c < T; c++) {
    from[c] = prev.length;
    for (let p = 0; p < T; p++) if (allowed[p * T + c]) prev.push(p);
  }
  from[T] = prev.length;
  out = { from, prev: Int32Array.from(prev) };
  previousCache.set(allowed, out);
  return out;
}

/**
 * The transition scores Viterbi reads, in the order it reads them: `pairs[k]` scores the
 * allowed pair (`prev[k]`, c) of `AllowedPrevious` (one run through memory, no index
 * arithmetic per pair), `first` the sentence's first tag (forbidden ones at −∞).
 */
interface TransitionScores {
  pairs: Float64Array;
  first: Float64Array;
}

function transitionScores(trans: Float32Array, allowed: Uint8Array, T: number, ap: AllowedPrevious, out: TransitionScores): TransitionScores {
  const { from, prev } = ap;
  const { pairs, first } = out;
  for (let c = 0; c < T; c++) {
    for (let k = from[c]!, end = from[c + 1]!; k < end; k++) pairs[k] = trans[prev[k]! * T + c]!;
    first[c] = allowed[T * T + c] ? trans[T * T + c]! : -Infinity;
  }
  return out;
}

function emptyTransitionScores(ap: AllowedPrevious, T: number): TransitionScores {
  return { pairs: new Float64Array(ap.prev.length), first: new Float64Array(T) };
}

/** Reused by `viterbi` (rebuilt per call: training changes the transitions between calls). */
const transitionScratch = new WeakMap<AllowedPrevious, TransitionScores>();

/** Best tag sequence for emission scores (n × T) under transitions and the BIO constraint. */
export function viterbi(emission: Float32Array, n: number, T: number, trans: Float32Array, allowed: Uint8Array): Int32Array {
  const best = new Int32Array(n);
  if (n === 0) return best;
  const ap = allowedPrevious(allowed, T);
  let scratch = transitionScratch.get(ap);
  if (!scratch) transitionScratch.set(ap, (scratch = emptyTransitionScores(ap, T)));
  bestPath(best, emission, n, T, transitionScores(trans, allowed, T, ap, scratch), ap);
  return best;
}

/** Viterbi into `best` (its first n cells). */
function bestPath(best: Int32Array, emission: Float32Array, n: number, T: number, tr: TransitionScores, ap: AllowedPrevious): void {
  const { from, prev } = ap;
  const { pairs, first } = tr;
  const score = (scoreScratch = grown(scoreScratch, n * T, (k) => new Float64Array(k)));
  const back = (backScratch = grown(backScratch, n * T, (k) => new Int32Array(k)));
  for (let c = 0; c < T; c++) score[c] = emission[c]! + first[c]!;
  for (let i = 1; i < n; i++) {
    const base = i * T;
    const prevBase = base - T;
    for (let c = 0; c < T; c++) {
      // allowed previous tags in increasing order, strict `>`: ties go to the lowest previous
      // tag; a previous tag at −∞ never wins (−∞ is not > −∞)
      let bestScore = -Infinity;
      let bestPrev = 0;
      for (let k = from[c]!, end = from[c + 1]!; k < end; k++) {
        const p = prev[k]!;
        const v = score[prevBase + p]! + pairs[k]!;
        if (v > bestScore) {
          bestScore = v;
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

/**
 * Adds the weights of each feature it receives into `out` at `base` (T values), finding it by
 * hashing its parts (no feature string is built): in a loaded model's `WeightTable`, else in
 * a `FeatureTable` of rows; by string when the model has no hash table.
 */
class WeightSink implements FeatureSink {
  out: Float32Array = new Float32Array(0);
  base = 0;
  private readonly h = new FeatureHash();
  constructor(
    private readonly packed: WeightTable | null,
    private readonly table: FeatureTable | null,
    private readonly model: TaggerModel,
    /** Float weights, or int16 ones times `scale`. */
    private readonly weights: Float32Array | Int16Array,
    private readonly scale: number,
    private readonly T: number,
  ) {}

  private add(row: number | undefined): void {
    if (row === undefined || row < 0) return;
    const { out, base, weights, scale, T } = this;
    const off = row * T;
    for (let t = 0; t < T; t++) out[base + t]! += weights[off + t]! * scale;
  }
  /** Adds the feature hashed into `h`; false when the model has no hash table (the caller then looks it up by string). */
  private addHashed(h: FeatureHash): boolean {
    if (this.packed) {
      this.packed.addTo(this.out, this.base, h.a, h.b, this.scale);
      return true;
    }
    if (this.table) {
      this.add(this.table.row(h));
      return true;
    }
    return false;
  }
  flag(name: string): void {
    if (!this.addHashed(hashFeature(this.h, name))) this.add(this.model.features.get(name));
  }
  one(template: string, value: string): void {
    if (!this.addHashed(hashFeature(this.h, template, value))) this.add(this.model.features.get(template + '=' + value));
  }
  two(template: string, a: string, b: string): void {
    if (!this.addHashed(hashFeature(this.h, template, a, b))) this.add(this.model.features.get(template + '=' + a + '|' + b));
  }
  three(template: string, a: string, b: string, c: string): void {
    if (!this.addHashed(hashFeature(this.h, template, a, b, c))) this.add(this.model.features.get(template + '=' + a + '|' + b + '|' + c));
  }
}

/** Per loaded model: its int16 weights and their scale, and its features and weights in one hash table. */
const quantCache = new WeakMap<TaggerModel, { q: Int16Array; scale: number; packed: WeightTable | null }>();
/** Per model: its hashed feature table (built on first use for a trained model, or a loaded one without a `WeightTable`). */
const tableCache = new WeakMap<TaggerModel, FeatureTable | null>();

function weightSink(model: TaggerModel): WeightSink {
  const T = model.tags.length;
  const quant = quantCache.get(model);
  if (quant?.packed) return new WeightSink(quant.packed, null, model, quant.q, quant.scale, T);
  let table = tableCache.get(model);
  if (table === undefined) tableCache.set(model, (table = FeatureTable.fromMap(model.features)));
  return quant ? new WeightSink(null, table, model, quant.q, quant.scale, T) : new WeightSink(null, table, model, model.weights, 1, T);
}

/**
 * A word as the tagger keeps it: its info and the summed weights (T per block) of the features
 * that depend on this word alone: block 0 its own features, blocks 1–4 what it adds as left,
 * right, second-left, second-right neighbour; they lie in `scores` (a slab shared by many
 * words) from `off`. A class, so that every cached word has the same shape.
 */
class CachedWord {
  constructor(
    readonly info: WordInfo,
    readonly scores: Float32Array,
    readonly off: number,
  ) {}
}

/**
 * Hands out score blocks from large shared arrays: one small typed array per word cost an
 * off-heap allocation each, a good part of the time to tag text with many new words.
 */
class ScoreSlab {
  private slab = new Float32Array(0);
  private used = 0;
  /**
   * Blocks in the next slab: few at first, so that the refill below runs early, while the
   * engine still records what it meets (a first refill after the code was optimised threw
   * the tagger's compiled code away), then 2,048.
   */
  private blocks = 32;
  constructor(private readonly size: number) {}

  /** The array the last `take` handed a block of. */
  get current(): Float32Array {
    return this.slab;
  }

  /** A block's offset in `current` (no object per call: this runs once per new word). */
  take(): number {
    if (this.used + this.size > this.slab.length) {
      this.slab = new Float32Array(this.size * this.blocks);
      this.blocks = 2048;
      this.used = 0;
    }
    const off = this.used;
    this.used += this.size;
    return off;
  }
}

const WORD_CACHE_SIZE = 100_000;

/**
 * Everything tagging with one model keeps between sentences, found with one lookup per
 * sentence. The path of a word met for the first time (`addWord`: its features, looked up
 * once) is kept apart from the per-token path (`tagWords`), so that each stays small for the
 * optimising compiler and a rarely taken branch of one does not throw away the other's code.
 */
class TaggerState {
  readonly T: number;
  readonly tags: string[];
  readonly allowed: Uint8Array;
  readonly previous: AllowedPrevious;
  readonly sink: WeightSink;
  readonly slab: ScoreSlab;
  /** Word → its info and cached scores. */
  readonly words = new Map<string, CachedWord>();
  /** The sentence start and end pseudo-words. */
  readonly start: CachedWord;
  readonly end: CachedWord;
  /** A loaded model's transition scores, made once (a trained model's change: made per sentence). */
  private readonly fixed: TransitionScores | null;
  private readonly scratch: TransitionScores;

  constructor(readonly model: TaggerModel, loaded: boolean) {
    const T = (this.T = model.tags.length);
    this.tags = model.tags;
    this.allowed = allowedTransitions(model.tags);
    this.previous = allowedPrevious(this.allowed, T);
    this.sink = weightSink(model);
    this.slab = new ScoreSlab(T * (1 + NEIGHBOUR_ROLES.length));
    this.scratch = emptyTransitionScores(this.previous, T);
    this.fixed = loaded ? transitionScores(model.transitions, this.allowed, T, this.previous, emptyTransitionScores(this.previous, T)) : null;
    this.start = this.score(START, false);
    this.end = this.score(END, false);
  }

  /** Sentences tagged, up to the one after which the pair features' rare branches are primed. */
  private sentences = 0;

  /**
   * After a few sentences (when the engine has begun to record what the feature code meets,
   * long before it optimises it) runs the pair features once over a made-up context with a
   * multi-word name and a quoted title, into scratch scores. Those branches are otherwise first
   * met after `addEmissions` was optimised, and each threw its compiled code away.
   */
  primeOnce(): void {
    if (++this.sentences !== 4) return;
    const sink = this.sink;
    const out = sink.out;
    const base = sink.base;
    sink.out = new Float32Array(this.T);
    sink.base = 0;
    // arrays made as the sentence code makes them (`new Array`, filled): one elements kind
    const infos: WordInfo[] = new Array(2);
    const phrases: string[] = new Array(2);
    const quotes: string[] = new Array(2);
    infos[0] = this.start.info;
    infos[1] = this.end.info;
    phrases[0] = 'LOC-B';
    phrases[1] = 'LOC-I';
    quotes[0] = 'B2';
    quotes[1] = 'I2';
    const ctx: SentenceContext = { phrases, quotes };
    for (let i = 0; i < infos.length; i++) emitPairFeatures(infos, i, ctx, sink);
    sink.out = out;
    sink.base = base;
  }

  transitions(): TransitionScores {
    return this.fixed ?? transitionScores(this.model.transitions, this.allowed, this.T, this.previous, this.scratch);
  }

  /** A word met for the first time: its info and scores, kept for the next time. */
  addWord(word: string): CachedWord {
    const c = this.score(wordInfo(word, this.model.resources), true);
    if (this.words.size >= WORD_CACHE_SIZE) this.words.clear();
    this.words.set(word, c);
    return c;
  }

  private score(info: WordInfo, own: boolean): CachedWord {
    const { slab, sink, T } = this;
    const off = slab.take();
    const scores = slab.current;
    sink.out = scores;
    sink.base = off;
    if (own) emitWordFeatures(info, this.model.resources, sink);
    for (let k = 0; k < NEIGHBOUR_ROLES.length; k++) {
      sink.base = off + (k + 1) * T;
      emitNeighbourFeatures(info, NEIGHBOUR_ROLES[k]!, sink);
    }
    return new CachedWord(info, scores, off);
  }
}

/** Loaded models (their transitions never change). */
const loadedModels = new WeakSet<TaggerModel>();
const stateCache = new WeakMap<TaggerModel, TaggerState>();

function taggerState(model: TaggerModel): TaggerState {
  let st = stateCache.get(model);
  if (!st) stateCache.set(model, (st = new TaggerState(model, loadedModels.has(model))));
  return st;
}

/** Tags one sentence of token strings; returns IOB2 labels of the model's tag set. */
export function tagWords(model: TaggerModel, words: string[]): string[] {
  const n = words.length;
  if (n === 0) return [];
  const st = taggerState(model);
  const cache = st.words;
  // fresh arrays of one elements kind (`new Array`, filled in order) for the feature code
  const cached: CachedWord[] = new Array(n);
  const infos: WordInfo[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const c = cache.get(w) ?? st.addWord(w);
    cached[i] = c;
    infos[i] = c.info;
  }
  const T = st.T;
  const em = (emissionScratch = grown(emissionScratch, n * T, (k) => new Float32Array(k)));
  addEmissions(st, em, cached, infos, n);
  st.primeOnce();
  const best = (pathScratch = grown(pathScratch, n, (k) => new Int32Array(k)));
  bestPath(best, em, n, T, st.transitions(), st.previous);
  const tags = st.tags;
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = tags[best[i]!]!;
  return out;
}

/** Emission scores (n × T into `em`): the cached blocks of each token and its neighbours, and the pair features. */
function addEmissions(st: TaggerState, em: Float32Array, cached: CachedWord[], infos: WordInfo[], n: number): void {
  const T = st.T;
  const ctx = sentenceContext(infos, st.model.resources);
  const sink = st.sink;
  sink.out = em;
  const { start, end } = st;
  for (let i = 0; i < n; i++) {
    const base = i * T;
    const c0 = cached[i]!;
    // neighbours' cached blocks, or the sentence boundary
    const c1 = i >= 1 ? cached[i - 1]! : start;
    const c2 = i + 1 < n ? cached[i + 1]! : end;
    const c3 = i >= 2 ? cached[i - 2]! : start;
    const c4 = i + 2 < n ? cached[i + 2]! : end;
    const own = c0.scores;
    const l1 = c1.scores;
    const r1 = c2.scores;
    const l2 = c3.scores;
    const r2 = c4.scores;
    const o0 = c0.off;
    const o1 = c1.off + T;
    const o2 = c2.off + 2 * T;
    const o3 = c3.off + 3 * T;
    const o4 = c4.off + 4 * T;
    // every cell is assigned here before the pair features add to it
    for (let t = 0; t < T; t++) em[base + t] = own[o0 + t]! + l1[o1 + t]! + r1[o2 + t]! + l2[o3 + t]! + r2[o4 + t]!;
    sink.base = base;
    emitPairFeatures(infos, i, ctx, sink);
  }
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
  silverLexicon?: SavedTable;
  autoLexicon?: SavedTable;
  /** Character n-gram classifier: n-gram → counts per class, and words per class. */
  charNgrams?: SavedTable;
  charWords?: number[];
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

/** A saved word table as a map: the `key<TAB>value` text read in place (`PackedTable`). */
function tableMap(table: SavedTable | undefined): Map<string, string> {
  if (table === undefined) return new Map();
  if (typeof table !== 'string') return new Map(Object.entries(table));
  return new PackedTable(table);
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
  const chars = model.resources.charClasses.save();
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
    silverLexicon: tableText(model.resources.silverLexicon),
    autoLexicon: tableText(model.resources.autoLexicon),
    charNgrams: chars.text,
    charWords: chars.words,
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
  const scale = saved.scale;
  // tagging reads the int16 weights (half the memory traffic); float ones only when asked for
  let weights: Float32Array | null = null;
  const floatWeights = (): Float32Array => {
    if (!weights) {
      weights = new Float32Array(q.length);
      for (let i = 0; i < q.length; i++) weights[i] = q[i]! * scale;
    }
    return weights;
  };
  // tagging looks features up in the hashed table; the string Map is built only when asked for
  const joined = typeof saved.features === 'string' ? saved.features : saved.features.join('\n');
  const count = joined ? q.length / T : 0;
  let lines = joined ? 1 : 0;
  for (let i = joined.indexOf('\n'); i >= 0; i = joined.indexOf('\n', i + 1)) lines++;
  if (!Number.isInteger(count) || lines !== count) throw new Error(`corrupt NER model ${path}`);
  // tagging finds features and their weights in one table (the row table only if that fails)
  const packed = joined ? WeightTable.fromLines(joined, count, q, T) : null;
  const table = joined && !packed ? FeatureTable.fromLines(joined, count) : null;
  let features: Map<string, number> | null = null;
  const featureMap = (): Map<string, number> => {
    if (!features) {
      features = new Map();
      if (joined) joined.split('\n').forEach((f, i) => features!.set(f, i));
    }
    return features;
  };
  const resources = emptyResources();
  resources.clusters = tableMap(saved.clusters);
  resources.gazetteer = tableMap(saved.gazetteer);
  resources.lowerRatio = tableMap(saved.lowerRatio);
  resources.lexicon = tableMap(saved.lexicon);
  resources.phrases = tableMap(saved.phrases);
  resources.silverLexicon = tableMap(saved.silverLexicon);
  resources.autoLexicon = tableMap(saved.autoLexicon);
  if (typeof saved.charNgrams === 'string' && saved.charWords) resources.charClasses = CharClassifier.fromText(saved.charNgrams, saved.charWords);
  const model: TaggerModel = {
    lang: saved.lang,
    tags: saved.tags,
    get features() {
      return featureMap();
    },
    get weights() {
      return floatWeights();
    },
    transitions: Float32Array.from(saved.transitions),
    resources,
    meta: saved.meta,
  };
  if (!packed) tableCache.set(model, table);
  quantCache.set(model, { q, scale, packed });
  loadedModels.add(model);
  return model;
}
