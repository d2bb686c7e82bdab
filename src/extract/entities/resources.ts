/**
 * Word knowledge learned from unlabelled text for the tagger's features:
 *  - distributional clusters: each word is a vector of its left and right neighbours (among
 *    the most frequent words), PPMI-weighted; spherical k-means groups them at several sizes;
 *  - lower-case ratio: how often a word is written lower-case away from a sentence start.
 */
import { seededRandom } from './train.js';
import { spansOf, type GoldSentence } from './tags.js';

/** Runs of tokens (sentences) of unlabelled text. */
export type TokenRuns = Iterable<string[]>;

/** Word → bucket `0`…`4` of its share of lower-case occurrences (not sentence-initial). */
export function buildLowerRatio(runs: TokenRuns, minCount = 2): Map<string, string> {
  const lower = new Map<string, number>();
  const total = new Map<string, number>();
  for (const run of runs) {
    for (let i = 1; i < run.length; i++) {
      const w = run[i]!;
      const lw = w.toLowerCase();
      if (lw === w.toUpperCase()) continue; // no letters
      total.set(lw, (total.get(lw) ?? 0) + 1);
      if (w === lw) lower.set(lw, (lower.get(lw) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [w, n] of total) {
    if (n < minCount) continue;
    const r = (lower.get(w) ?? 0) / n;
    out.set(w, r < 0.02 ? '0' : r < 0.3 ? '1' : r < 0.7 ? '2' : r < 0.98 ? '3' : '4');
  }
  return out;
}

export interface ClusterOptions {
  /** Cluster counts, coarse to fine; each word gets one id per size (`3,41,380`). */
  sizes: number[];
  /** Words seen fewer times are not clustered. */
  minCount: number;
  /** Number of frequent words used as context dimensions. */
  contextWords: number;
  iterations: number;
  /** Neighbours on each side that count as context (1: the adjacent words; 2: also the next ones). */
  window?: number;
  seed: number;
  log?: (line: string) => void;
}

/** Word (lower-case) → comma-joined cluster ids, one per requested size. */
export function buildClusters(runs: TokenRuns, opts: ClusterOptions): Map<string, string> {
  const freq = new Map<string, number>();
  const seqs: string[][] = [];
  for (const run of runs) {
    const lw = run.map((w) => w.toLowerCase());
    seqs.push(lw);
    for (const w of lw) freq.set(w, (freq.get(w) ?? 0) + 1);
  }
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctxIndex = new Map<string, number>();
  for (const [w] of byFreq.slice(0, opts.contextWords)) ctxIndex.set(w, ctxIndex.size);
  const C = ctxIndex.size;
  const vocab = byFreq.filter(([, n]) => n >= opts.minCount).map(([w]) => w);
  const wordIndex = new Map(vocab.map((w, i) => [w, i]));
  // context slots: left 1, right 1 (then left 2, right 2); dims: C frequent words per slot,
  // then 4 shape classes per slot (no word, number, word, other)
  const window = opts.window ?? 1;
  const slots = 2 * window;
  const D = slots * (C + 4);
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  const ctxDim = (w: string | undefined, slot: number): number => {
    const shapes = slots * C + slot * 4;
    if (w === undefined) return shapes;
    const k = ctxIndex.get(w);
    if (k !== undefined) return slot * C + k;
    return shapes + (/^\d/.test(w) ? 1 : /^\p{L}/u.test(w) ? 2 : 3);
  };
  for (const s of seqs) {
    for (let i = 0; i < s.length; i++) {
      const id = wordIndex.get(s[i]!);
      if (id === undefined) continue;
      const row = rows[id]!;
      for (let d = 1; d <= window; d++) {
        const l = ctxDim(s[i - d], 2 * (d - 1));
        const r = ctxDim(s[i + d], 2 * (d - 1) + 1);
        row.set(l, (row.get(l) ?? 0) + 1);
        row.set(r, (row.get(r) ?? 0) + 1);
      }
    }
  }
  // PPMI weighting, then unit length
  const colSum = new Float64Array(D);
  let total = 0;
  for (const row of rows) for (const [d, v] of row) { colSum[d]! += v; total += v; }
  const vecs = rows.map((row) => {
    let rowSum = 0;
    for (const v of row.values()) rowSum += v;
    const dims: number[] = [];
    const vals: number[] = [];
    for (const [d, v] of row) {
      const pmi = Math.log((v * total) / (rowSum * colSum[d]!));
      if (pmi > 0) { dims.push(d); vals.push(pmi); }
    }
    const norm = Math.sqrt(vals.reduce((a, b) => a + b * b, 0)) || 1;
    return { dims: Int32Array.from(dims), vals: Float32Array.from(vals, (v) => v / norm) };
  });
  opts.log?.(`clusters: ${vocab.length} words, ${D} context dims`);

  const ids: number[][] = vocab.map(() => []);
  for (const K of opts.sizes) {
    const assign = sphericalKMeans(vecs, D, Math.min(K, vocab.length), opts.iterations, opts.seed + K, opts.log);
    assign.forEach((a, i) => ids[i]!.push(a));
  }
  const out = new Map<string, string>();
  vocab.forEach((w, i) => out.set(w, ids[i]!.join(',')));
  return out;
}

function sphericalKMeans(
  vecs: { dims: Int32Array; vals: Float32Array }[],
  D: number,
  K: number,
  iterations: number,
  seed: number,
  log?: (line: string) => void,
): Int32Array {
  const rand = seededRandom(seed);
  const N = vecs.length;
  const centroids = new Float32Array(K * D);
  // seeds: random words among the more frequent half (vecs are ordered by frequency)
  for (let k = 0; k < K; k++) {
    const v = vecs[Math.floor(rand() * Math.max(1, Math.floor(N / 2)))]!;
    for (let j = 0; j < v.dims.length; j++) centroids[k * D + v.dims[j]!] = v.vals[j]!;
  }
  const assign = new Int32Array(N);
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < N; i++) {
      const v = vecs[i]!;
      let best = 0;
      let bestSim = -Infinity;
      for (let k = 0; k < K; k++) {
        const base = k * D;
        let sim = 0;
        for (let j = 0; j < v.dims.length; j++) sim += centroids[base + v.dims[j]!]! * v.vals[j]!;
        if (sim > bestSim) { bestSim = sim; best = k; }
      }
      if (assign[i] !== best) moved++;
      assign[i] = best;
    }
    centroids.fill(0);
    for (let i = 0; i < N; i++) {
      const v = vecs[i]!;
      const base = assign[i]! * D;
      for (let j = 0; j < v.dims.length; j++) centroids[base + v.dims[j]!]! += v.vals[j]!;
    }
    for (let k = 0; k < K; k++) {
      let norm = 0;
      for (let d = 0; d < D; d++) norm += centroids[k * D + d]! ** 2;
      norm = Math.sqrt(norm);
      if (norm === 0) {
        // an empty cluster takes a random word
        const v = vecs[Math.floor(rand() * N)]!;
        for (let j = 0; j < v.dims.length; j++) centroids[k * D + v.dims[j]!] = v.vals[j]!;
        continue;
      }
      for (let d = 0; d < D; d++) centroids[k * D + d]! /= norm;
    }
    log?.(`  k-means K=${K} iteration ${it + 1}: ${moved} words moved`);
    if (moved < N * 0.002) break;
  }
  return assign;
}

/**
 * Word → the entity labels it carries in annotated sentences: `PER` when at least half of its
 * occurrences are inside a PER name, `PER?` when at least a fifth are. Built from other folds of
 * the training data while training (so the tagger learns how far to trust it), from all of it
 * for the shipped model.
 */
export function buildLexicon(sentences: GoldSentence[]): Map<string, string> {
  const total = new Map<string, number>();
  const typed = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    const label: (string | null)[] = s.tokens.map(() => null);
    for (const sp of spansOf(s.tags)) for (let i = sp.start; i < sp.end; i++) label[i] = sp.type;
    s.tokens.forEach((tok, i) => {
      const w = tok.toLowerCase();
      total.set(w, (total.get(w) ?? 0) + 1);
      const t = label[i];
      if (!t) return;
      let m = typed.get(w);
      if (!m) typed.set(w, (m = new Map()));
      m.set(t, (m.get(t) ?? 0) + 1);
    });
  }
  const out = new Map<string, string>();
  for (const [w, m] of typed) {
    const n = total.get(w)!;
    const classes: string[] = [];
    for (const [t, k] of [...m.entries()].sort()) {
      if (k / n >= 0.5) classes.push(t);
      else if (k / n >= 0.2) classes.push(t + '?');
    }
    if (classes.length) out.set(w, classes.join('|'));
  }
  return out;
}

/**
 * Multi-word entity names of annotated sentences (`deutsche bank` → `lx.ORG`, by majority type),
 * for phrase features. Like the word lexicon it is built from the other folds while training.
 */
export function buildPhraseLexicon(sentences: GoldSentence[], maxWords = 4): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (const sp of spansOf(s.tags)) {
      const len = sp.end - sp.start;
      if (len < 2 || len > maxWords || /(deriv|part)$/.test(sp.type)) continue;
      const key = s.tokens.slice(sp.start, sp.end).join(' ').toLowerCase();
      let m = counts.get(key);
      if (!m) counts.set(key, (m = new Map()));
      m.set(sp.type, (m.get(sp.type) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [key, m] of counts) {
    const [type] = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    out.set(key, 'lx.' + type);
  }
  return out;
}

/** Two phrase tables in one; a phrase in both gets both classes (`LOC|lx.ORG`). */
export function mergePhrases(a: Map<string, string>, b: Map<string, string>): Map<string, string> {
  const out = new Map(a);
  for (const [k, v] of b) {
    const old = out.get(k);
    out.set(k, old && old !== v ? old + '|' + v : v);
  }
  return out;
}
