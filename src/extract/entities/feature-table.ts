/**
 * A lookup table from feature strings to weight rows keyed by two independent 32-bit hashes
 * of the string, fed part by part (`w-1` `=` `der` `|` `bund`), so the tagger finds a feature
 * without building its string. The table is a flat Int32Array probed linearly: one cache line
 * per lookup where a Map of 150,000 strings costs several, which made lookups most of the
 * tagging time. Two features with the same pair of hashes (odds ~1e-9 per model) make
 * `fromFeatures` return null and the tagger use the string Map.
 */

/** Start values of the two running hashes. */
export const HASH_A0 = 0x811c9dc5 | 0;
export const HASH_B0 = 0x2f6b1a35 | 0;

/** The first hash after one more UTF-16 code (FNV-1a). */
export function hashA(a: number, c: number): number {
  return Math.imul(a ^ c, 0x01000193);
}

/** The second hash after one more code (a multiply-xorshift of another family). */
export function hashB(b: number, c: number): number {
  const x = Math.imul(b ^ c, 0x5bd1e995);
  return x ^ (x >>> 15);
}

/** Running hashes of the string fed so far. */
export class FeatureHash {
  a = 0;
  b = 0;

  start(): this {
    this.a = HASH_A0;
    this.b = HASH_B0;
    return this;
  }

  code(c: number): this {
    this.a = hashA(this.a, c);
    this.b = hashB(this.b, c);
    return this;
  }

  text(s: string): this {
    for (let i = 0; i < s.length; i++) this.code(s.charCodeAt(i));
    return this;
  }
}

const EQ = 61; // '='
const BAR = 124; // '|'

/**
 * A bit filter over a table's keys: two bits per key, one picked by each of its hashes. A key
 * that is in always passes; a key that is not passes about once in 60 (at 15 bits per key).
 * It is small enough to stay in the processor's cache, so most lookups of a key a table lacks
 * (most word pairs, `w-1|w=der|präsident`) end there instead of at a slot in main memory.
 */
export class HashFilter {
  private readonly bits: Int32Array;
  /** A hash shifted right by this is a bit of the filter. */
  private readonly shift: number;
  constructor(count: number) {
    // 8–16 bits per key: 256 KB for the German model's features
    let bits = 1 << 15;
    let shift = 17;
    while (bits < count * 8 && shift > 5) {
      bits *= 2;
      shift--;
    }
    this.bits = new Int32Array(bits >>> 5);
    this.shift = shift;
  }

  add(a: number, b: number): void {
    const { bits, shift } = this;
    const p = a >>> shift;
    const q = b >>> shift;
    bits[p >>> 5]! |= 1 << (p & 31);
    bits[q >>> 5]! |= 1 << (q & 31);
  }

  /** False when the key with these hashes is surely not in. */
  mayHave(a: number, b: number): boolean {
    const { bits, shift } = this;
    const p = a >>> shift;
    const q = b >>> shift;
    return (bits[p >>> 5]! & (1 << (p & 31))) !== 0 && (bits[q >>> 5]! & (1 << (q & 31))) !== 0;
  }
}

export class FeatureTable {
  private readonly filter: HashFilter;
  private constructor(
    private readonly slots: Int32Array,
    private readonly mask: number,
    count: number,
  ) {
    this.filter = new HashFilter(count);
  }

  /** The table of feature names (row = index), or null when two of them share both hashes. */
  static fromNames(names: string[]): FeatureTable | null {
    const t = FeatureTable.sized(names.length);
    const h = new FeatureHash();
    for (let row = 0; row < names.length; row++) if (!t.insert(h.start().text(names[row]!).a, h.b, row)) return null;
    return t;
  }

  /**
   * The table of feature names joined by newlines (row = line), read in place so that no
   * string per feature is made; null when two features share both hashes.
   */
  static fromLines(text: string, count: number): FeatureTable | null {
    const t = FeatureTable.sized(count);
    return eachLine(text, (a, b, row) => t.insert(a, b, row)) ? t : null;
  }

  /**
   * The table of `key<TAB>…` lines (row = line), hashing each line's key in place; null when
   * two keys share both hashes.
   */
  static fromKeyedLines(text: string, count: number): FeatureTable | null {
    const t = FeatureTable.sized(count);
    let from = 0;
    for (let row = 0; row < count && from < text.length; row++) {
      // the key's hashes in local variables (this runs for every letter of a large table)
      let a = HASH_A0;
      let b = HASH_B0;
      let i = from;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 9 || c === 10) break;
        a = hashA(a, c);
        b = hashB(b, c);
      }
      if (!t.insert(a, b, row)) return null;
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      from = nl + 1;
    }
    return t;
  }

  /** The table of a feature → row map, or null when two features share both hashes. */
  static fromMap(features: Map<string, number>): FeatureTable | null {
    const t = FeatureTable.sized(features.size);
    const h = new FeatureHash();
    for (const [f, row] of features) if (!t.insert(h.start().text(f).a, h.b, row)) return null;
    return t;
  }

  private static sized(count: number): FeatureTable {
    let size = 1024;
    while (size < count * 2) size *= 2;
    // per slot: hash a, hash b, row + 1 (0: empty), unused (16 bytes: a slot never spans two cache lines)
    return new FeatureTable(new Int32Array(size * 4), size - 1, count);
  }

  /** False when a feature with the same hashes is already in. */
  private insert(a: number, b: number, row: number): boolean {
    const { slots, mask } = this;
    let i = mix(a, b) & mask;
    for (;;) {
      const k = i * 4;
      if (slots[k + 2] === 0) {
        slots[k] = a;
        slots[k + 1] = b;
        slots[k + 2] = row + 1;
        this.filter.add(a, b);
        return true;
      }
      if (slots[k] === a && slots[k + 1] === b) return false;
      i = (i + 1) & mask;
    }
  }

  /** The row of the string hashed into `h`, or -1. */
  row(h: FeatureHash): number {
    return this.rowOf(h.a, h.b);
  }

  /** The row of the string whose two hashes are `a` and `b`, or -1. */
  rowOf(a: number, b: number): number {
    if (!this.filter.mayHave(a, b)) return -1;
    const { slots, mask } = this;
    let i = mix(a, b) & mask;
    for (;;) {
      const k = i * 4;
      const r = slots[k + 2]!;
      if (r === 0) return -1;
      if (slots[k] === a && slots[k + 1] === b) return r - 1;
      i = (i + 1) & mask;
    }
  }
}

/**
 * A loaded model's features with their weights in the slots of one hash table: a slot of 64
 * bytes (one cache line) holds a feature's two hashes and its int16 weights, so a lookup that
 * finds its feature reads one cache line where a `FeatureTable` slot and a separate row of
 * weights took two or three (these misses were most of the time to score a new word).
 * Most lookups of a feature the model lacks end at its `HashFilter`.
 */
export class WeightTable {
  private readonly w16: Int16Array;
  private readonly filter: HashFilter;
  private constructor(
    private readonly slots: Int32Array,
    private readonly mask: number,
    /** Int32s per slot: 4 (hash a, hash b, row + 1, unused) and then the weights. */
    private readonly stride: number,
    readonly T: number,
    count: number,
  ) {
    this.w16 = new Int16Array(slots.buffer, slots.byteOffset, slots.length * 2);
    this.filter = new HashFilter(count);
  }

  /**
   * The table of feature names joined by newlines (row = line) with `T` int16 weights per row
   * in `weights`, read in place; null when two features share both hashes or a row of weights
   * does not fit a slot of 128 bytes.
   */
  static fromLines(text: string, count: number, weights: Int16Array, T: number): WeightTable | null {
    let stride = 16;
    while (stride < 4 + Math.ceil(T / 2)) stride *= 2;
    if (stride > 32 || weights.length < count * T) return null;
    let size = 1024;
    // at most ~60 % full: a missing feature's probe then ends within about three slots
    while (size * 0.6 < count) size *= 2;
    const t = new WeightTable(new Int32Array(size * stride), size - 1, stride, T, count);
    return eachLine(text, (a, b, row) => t.insert(a, b, row, weights)) ? t : null;
  }

  private insert(a: number, b: number, row: number, weights: Int16Array): boolean {
    const { slots, mask, stride, T, w16 } = this;
    let i = mix(a, b) & mask;
    for (;;) {
      const k = i * stride;
      if (slots[k + 2] === 0) {
        slots[k] = a;
        slots[k + 1] = b;
        slots[k + 2] = row + 1;
        // copied one by one: a `subarray` per row made 140,000 objects while loading
        for (let t = 0, from = row * T, to = k * 2 + 8; t < T; t++) w16[to + t] = weights[from + t]!;
        this.filter.add(a, b);
        return true;
      }
      if (slots[k] === a && slots[k + 1] === b) return false;
      i = (i + 1) & mask;
    }
  }

  /** Adds the weights (each times `scale`) of the feature whose hashes are `a` and `b` into `out` at `base`, if it is in. */
  addTo(out: Float32Array, base: number, a: number, b: number, scale: number): void {
    if (!this.filter.mayHave(a, b)) return;
    const { slots, mask, stride } = this;
    let i = mix(a, b) & mask;
    for (;;) {
      const k = i * stride;
      if (slots[k + 2] === 0) return;
      if (slots[k] === a && slots[k + 1] === b) {
        const w16 = this.w16;
        const T = this.T;
        const o = k * 2 + 8;
        for (let t = 0; t < T; t++) out[base + t]! += w16[o + t]! * scale;
        return;
      }
      i = (i + 1) & mask;
    }
  }
}

/**
 * Calls `take` with the two hashes of each newline-separated line of `text` and its number
 * (the end of the text ends the last line), hashing in local variables, no string per line;
 * false as soon as `take` is.
 */
function eachLine(text: string, take: (a: number, b: number, row: number) => boolean): boolean {
  let a = HASH_A0;
  let b = HASH_B0;
  let row = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10) {
      a = hashA(a, c);
      b = hashB(b, c);
      continue;
    }
    if (!take(a, b, row++)) return false;
    a = HASH_A0;
    b = HASH_B0;
  }
  return true;
}

function mix(a: number, b: number): number {
  let x = a ^ Math.imul(b, 0x9e3779b1);
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> 0;
}

/** The first hash after the codes of `s`. */
function textA(a: number, s: string): number {
  for (let i = 0; i < s.length; i++) a = Math.imul(a ^ s.charCodeAt(i), 0x01000193);
  return a;
}

/** The second hash after the codes of `s`. */
function textB(b: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    const x = Math.imul(b ^ s.charCodeAt(i), 0x5bd1e995);
    b = x ^ (x >>> 15);
  }
  return b;
}

/**
 * Hashes `template=value`, `template=a|b`, `template=a|b|c` into `h`: the same hashes as
 * `FeatureHash.text` of that string, each running in a local variable (fields written once,
 * not per letter: this runs some 35 times for every new word and 6 times per token).
 */
export function hashFeature(h: FeatureHash, template: string, a?: string, b?: string, c?: string): FeatureHash {
  let x = textA(HASH_A0, template);
  let y = textB(HASH_B0, template);
  if (a !== undefined) {
    x = textA(hashA(x, EQ), a);
    y = textB(hashB(y, EQ), a);
    if (b !== undefined) {
      x = textA(hashA(x, BAR), b);
      y = textB(hashB(y, BAR), b);
      if (c !== undefined) {
        x = textA(hashA(x, BAR), c);
        y = textB(hashB(y, BAR), c);
      }
    }
  }
  h.a = x;
  h.b = y;
  return h;
}
