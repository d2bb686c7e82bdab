/**
 * Character n-gram evidence about a word's entity class, for words no lexicon knows: a naive
 * Bayes classifier over the n-grams (2–5 letters) of `^word$`, learned from the word types of
 * annotated text (each word counts once per class it carries). German names show their class
 * in their letters (`-mann`, `-ski` PER; `-stadt`, `-ingen` LOC; `-bank` ORG) far
 * beyond the fixed prefixes and suffixes of the tagger's own features.
 */
import { spansOf, type GoldSentence } from './tags.js';
import { FeatureTable, HASH_A0, HASH_B0, hashA, hashB } from './feature-table.js';

/** Classes the classifier tells apart (O: no name; DER/PRT: GermEval's deriv/part names). */
export const CHAR_CLASSES = ['O', 'PER', 'LOC', 'ORG', 'OTH', 'DER', 'PRT'] as const;
const K = CHAR_CLASSES.length;
/**
 * Floats per n-gram row of log-probabilities: K padded to 8, so a row (32 bytes) never
 * straddles two cache lines (a lookup's row is mostly a miss in main memory).
 */
const ROW = 8;
const MIN_N = 2;
const MAX_N = 5;
/** Additive smoothing of the n-gram counts. */
const ALPHA = 0.5;

/** log(count + ALPHA) of small counts, looked up (a model has a million of them to load). */
const LOG_COUNT = Float64Array.from({ length: 4096 }, (_, c) => Math.log(c + ALPHA));

/** Every answer of `classify` (class, sureness bucket), made once. */
const RESULTS: string[][][] = CHAR_CLASSES.map((c) => ['0', '1', '2', '3'].map((b) => [c, b]));

/** The class a token's span gives it. */
function classOf(type: string | null): number {
  if (!type) return 0;
  if (type.endsWith('deriv')) return 5;
  if (type.endsWith('part')) return 6;
  const k = CHAR_CLASSES.indexOf(type === 'MISC' ? 'OTH' : (type as (typeof CHAR_CLASSES)[number]));
  return k > 0 ? k : 0;
}

/** The n-grams of a lower-case word with boundary marks. */
export function charNgrams(lower: string): string[] {
  const w = '^' + lower + '$';
  const out: string[] = [];
  for (let n = MIN_N; n <= MAX_N; n++) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n));
  return out;
}

/** Distinct (word, class) pairs of annotated sentences, as n-gram counts per class. */
export class CharCounts {
  readonly grams = new Map<string, Int32Array>();
  readonly words = new Int32Array(K);

  static fromSentences(sentences: Iterable<GoldSentence>): CharCounts {
    const seen = new Set<string>();
    const counts = new CharCounts();
    for (const s of sentences) {
      const label: (string | null)[] = s.tokens.map(() => null);
      for (const sp of spansOf(s.tags)) for (let i = sp.start; i < sp.end; i++) label[i] = sp.type;
      s.tokens.forEach((tok, i) => {
        const lower = tok.toLowerCase();
        if (!/\p{L}/u.test(lower) || lower.length > 40) return;
        const k = classOf(label[i] ?? null);
        const key = k + lower;
        if (seen.has(key)) return;
        seen.add(key);
        counts.add(lower, k, 1);
      });
    }
    return counts;
  }

  add(lower: string, k: number, by: number): void {
    this.words[k]! += by;
    for (const g of charNgrams(lower)) {
      let row = this.grams.get(g);
      if (!row) this.grams.set(g, (row = new Int32Array(K)));
      row[k]! += by;
    }
  }

  /** Adds another set's counts into these. */
  addAll(other: CharCounts): this {
    for (let k = 0; k < K; k++) this.words[k]! += other.words[k]!;
    for (const [g, row] of other.grams) {
      let mine = this.grams.get(g);
      if (!mine) this.grams.set(g, (mine = new Int32Array(K)));
      for (let k = 0; k < K; k++) mine[k]! += row[k]!;
    }
    return this;
  }

  /** These counts less another set's (the other folds' counts: total minus one fold). */
  minus(other: CharCounts): CharCounts {
    const out = new CharCounts();
    for (let k = 0; k < K; k++) out.words[k] = this.words[k]! - other.words[k]!;
    for (const [g, row] of this.grams) {
      const o = other.grams.get(g);
      const r = Int32Array.from(row, (v, k) => v - (o?.[k] ?? 0));
      if (r.some((v) => v > 0)) out.grams.set(g, r);
    }
    return out;
  }
}

/**
 * The classifier: per n-gram its log-probability under each class, computed once from the
 * counts (parsing and taking logs per lookup made tagging unseen words several times slower).
 */
export class CharClassifier {
  private readonly cache = new Map<string, string[]>();
  /** Per n-gram row (K values, padded to `ROW`): log P(n-gram | class). */
  private readonly logp: Float32Array;
  /** log P(unseen n-gram | class). */
  private readonly unseen: Float64Array;
  private readonly logPrior: Float64Array;
  /**
   * n-gram → row by hashes of its letters, so a word's n-grams are found without making a
   * string each (a Map of 170,000 strings cost most of the time); null on a hash clash.
   */
  private readonly table: FeatureTable | null;
  private readonly score = new Float64Array(K);

  private constructor(
    /** The n-grams in row order. */
    private readonly grams: GramList,
    /** Counts per n-gram row and class (what ships). */
    private readonly counts: Int32Array,
    /** Words per class in the training data (the prior). */
    private readonly words: number[],
    table: FeatureTable | null,
  ) {
    const rows = grams.size;
    const cells = rows * K;
    // flat loops over the cells (k = the cell's class): this runs once per model load
    const totals = new Float64Array(K);
    for (let i = 0, k = 0; i < cells; i++) {
      totals[k]! += counts[i]!;
      if (++k === K) k = 0;
    }
    const logTotal = Float64Array.from(totals, (t) => Math.log(t + ALPHA * (rows + 1)));
    const logp = (this.logp = new Float32Array(rows * ROW));
    for (let i = 0, k = 0, o = 0; i < cells; i++) {
      const c = counts[i]!;
      logp[o + k] = (c < LOG_COUNT.length ? LOG_COUNT[c]! : Math.log(c + ALPHA)) - logTotal[k]!;
      if (++k === K) {
        k = 0;
        o += ROW;
      }
    }
    this.unseen = Float64Array.from(logTotal, (t) => Math.log(ALPHA) - t);
    const all = words.reduce((a, b) => a + b, 0) + K;
    this.logPrior = Float64Array.from({ length: K }, (_, k) => Math.log(((words[k] ?? 0) + 1) / all));
    this.table = table;
  }

  static empty(): CharClassifier {
    return new CharClassifier(new GramList([], null), new Int32Array(0), Array.from({ length: K }, () => 0), null);
  }

  /** From counts, keeping n-grams seen at least `minCount` times in all. */
  static fromCounts(counts: CharCounts, minCount = 1): CharClassifier {
    const names: string[] = [];
    const rows: Int32Array[] = [];
    for (const [g, row] of counts.grams) {
      let sum = 0;
      for (const v of row) sum += v;
      if (sum < minCount) continue;
      names.push(g);
      rows.push(row);
    }
    const flat = new Int32Array(rows.length * K);
    rows.forEach((row, r) => flat.set(row, r * K));
    return new CharClassifier(new GramList(names, null), flat, Array.from(counts.words), FeatureTable.fromNames(names));
  }

  /**
   * From saved text (`n-gram<TAB>count,count,…` lines) and the number of words per class, read
   * in place: the hash table is filled from the text's letters, no string per n-gram is made.
   */
  static fromText(text: string, words: number[]): CharClassifier {
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    const counts = new Int32Array(lines * K);
    const table = FeatureTable.fromKeyedLines(text, lines);
    let r = 0;
    for (let from = 0; from < text.length && r < lines; r++) {
      const tab = text.indexOf('\t', from);
      const nl = text.indexOf('\n', from);
      // digits parsed in place: no substrings per count
      let k = 0;
      let v = 0;
      for (let i = tab + 1; i < nl; i++) {
        const c = text.charCodeAt(i);
        if (c === 44) {
          if (k < K) counts[r * K + k] = v;
          k++;
          v = 0;
        } else v = v * 10 + (c - 48);
      }
      if (k < K) counts[r * K + k] = v;
      from = nl + 1;
    }
    return new CharClassifier(new GramList(null, text, lines), counts, words, table);
  }

  get size(): number {
    return this.grams.size;
  }

  /** What ships: `n-gram<TAB>counts` lines and the word counts per class. */
  save(): { text: string; words: number[] } {
    if (this.grams.text !== null) return { text: this.grams.text, words: this.words };
    let text = '';
    this.grams.names().forEach((g, r) => {
      if (!/[\t\n]/.test(g)) text += g + '\t' + this.counts.subarray(r * K, r * K + K).join(',') + '\n';
    });
    return { text, words: this.words };
  }

  /** n-gram → row, only where the hash table could not be built (two n-grams sharing both hashes). */
  private index: Map<string, number> | null = null;

  /**
   * The word's most likely class and how sure the classifier is (`['ORG', '2']`: the log-odds
   * over the second class bucketed 0–3); [] when the classifier is empty or the word has no letter.
   */
  classify(lower: string): string[] {
    if (this.grams.size === 0 || lower.length > 40 || !/\p{L}/u.test(lower)) return [];
    const hit = this.cache.get(lower);
    if (hit) return hit;
    const score = this.score;
    score.set(this.logPrior);
    const { logp, unseen } = this;
    const table = this.table;
    if (table) {
      // the letters of `^word$`, each n-gram hashed in place; the hash of a longer n-gram
      // continues that of the shorter one from the same letter
      const len = lower.length + 2;
      for (let i = 0; i + MIN_N <= len; i++) {
        let a = HASH_A0;
        let b = HASH_B0;
        const end = Math.min(i + MAX_N, len);
        for (let j = i; j < end; j++) {
          const c = j === 0 ? 94 : j === len - 1 ? 36 : lower.charCodeAt(j - 1);
          a = hashA(a, c);
          b = hashB(b, c);
          if (j - i + 1 < MIN_N) continue;
          const r = table.rowOf(a, b);
          if (r >= 0) {
            for (let k = 0, o = r * ROW; k < K; k++) score[k]! += logp[o + k]!;
            continue;
          }
          // Every kept n-gram's prefix is kept too (it occurs wherever the n-gram does, so its
          // count is as high): the longer n-grams from this letter are unseen as well, and
          // are not looked up (each lookup is a likely cache miss in a table of megabytes).
          for (let m = j; m < end; m++) for (let k = 0; k < K; k++) score[k]! += unseen[k]!;
          break;
        }
      }
    } else {
      this.index ??= new Map(this.grams.names().map((g, r) => [g, r]));
      for (const g of charNgrams(lower)) {
        const r = this.index.get(g);
        if (r === undefined) for (let k = 0; k < K; k++) score[k]! += unseen[k]!;
        else for (let k = 0, o = r * ROW; k < K; k++) score[k]! += logp[o + k]!;
      }
    }
    let best = 0;
    let second = -1;
    for (let k = 1; k < K; k++) {
      if (score[k]! > score[best]!) {
        second = best;
        best = k;
      } else if (second < 0 || score[k]! > score[second]!) second = k;
    }
    const margin = score[best]! - score[second]!;
    const out = RESULTS[best]![margin < 1 ? 0 : margin < 3 ? 1 : margin < 6 ? 2 : 3]!;
    if (this.cache.size > 50_000) this.cache.clear();
    this.cache.set(lower, out);
    return out;
  }
}

/** The n-grams of a classifier: names (built from counts) or the saved text they came from. */
class GramList {
  readonly size: number;
  constructor(
    private list: string[] | null,
    readonly text: string | null,
    lines = 0,
  ) {
    this.size = list ? list.length : lines;
  }

  names(): string[] {
    this.list ??= (this.text ?? '').split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf('\t')));
    return this.list;
  }
}
