/**
 * A word table of a loaded NER model (`key<TAB>value` lines) read in place: a `Map` whose
 * lookups hash the key and find its line in the model's text, so loading makes no string and
 * no map entry per line. The 180,000 lines of the German model's tables made some 400,000
 * small objects: building them was a good part of the load time, and every full garbage
 * collection while tagging marked them all again. Iterating it, or changing it, first makes
 * the ordinary map (the same entries in the same order: the first line of a key gives its
 * place, the last its value, as `Map.set` line by line did; such a text is read into the map
 * at once).
 */
import { HASH_A0, hashA } from './feature-table.js';

export class PackedTable extends Map<string, string> {
  /** Per slot: key hash, line start + 1 (0: empty), key length, value length. */
  private slots: Int32Array | null;
  private readonly mask: number;
  private count: number;

  constructor(private readonly text: string) {
    super();
    let lines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let size = 1024;
    while (size < lines * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 4);
    this.count = indexLines(text, this.slots, this.mask);
    // a line without its tab, or a key given twice (neither is ever written): the plain map
    if (this.count < 0) {
      this.count = 0;
      this.unpack();
    }
  }

  /** The slot of `key`, or -1. */
  private find(key: string): number {
    if (this.count === 0) return -1;
    const slots = this.slots!;
    const text = this.text;
    let h = HASH_A0;
    for (let i = 0; i < key.length; i++) h = hashA(h, key.charCodeAt(i));
    const len = key.length;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const k = i * 4;
      const start = slots[k + 1]!;
      if (start === 0) return -1;
      if (slots[k] === h && slots[k + 2] === len) {
        let same = true;
        for (let j = 0, at = start - 1; j < len; j++) {
          if (text.charCodeAt(at + j) !== key.charCodeAt(j)) {
            same = false;
            break;
          }
        }
        if (same) return k;
      }
    }
  }

  override get(key: string): string | undefined {
    if (!this.slots) return super.get(key);
    const k = this.find(key);
    if (k < 0) return undefined;
    const valueStart = this.slots[k + 1]! - 1 + this.slots[k + 2]! + 1;
    return this.text.slice(valueStart, valueStart + this.slots[k + 3]!);
  }

  override has(key: string): boolean {
    return this.slots ? this.find(key) >= 0 : super.has(key);
  }

  override get size(): number {
    return this.slots ? this.count : super.size;
  }

  /** Switches to the ordinary map (for iteration and changes), built as `tableMap` built it. */
  private unpack(): void {
    if (!this.slots) return;
    const text = this.text;
    this.slots = null;
    let from = 0;
    while (from < text.length) {
      const tab = text.indexOf('\t', from);
      const nl = text.indexOf('\n', from);
      if (tab < 0 || nl < 0) break;
      super.set(text.slice(from, tab), text.slice(tab + 1, nl));
      from = nl + 1;
    }
  }

  override set(key: string, value: string): this {
    this.unpack();
    return super.set(key, value);
  }
  override delete(key: string): boolean {
    this.unpack();
    return super.delete(key);
  }
  override clear(): void {
    this.unpack();
    super.clear();
  }
  override forEach(fn: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    this.unpack();
    super.forEach(fn, thisArg);
  }
  override entries(): MapIterator<[string, string]> {
    this.unpack();
    return super.entries();
  }
  override keys(): MapIterator<string> {
    this.unpack();
    return super.keys();
  }
  override values(): MapIterator<string> {
    this.unpack();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[string, string]> {
    this.unpack();
    return super[Symbol.iterator]();
  }
}

/**
 * Enters every `key<TAB>value` line of `text` into `slots` (per slot: key hash, line start + 1,
 * key length, value length); the number of lines, or -1 for a line without a tab or a key
 * given twice. A function of its own (not the constructor's loop), so that its compiled code
 * serves every table of a model.
 */
function indexLines(text: string, slots: Int32Array, mask: number): number {
  let count = 0;
  let from = 0;
  while (from < text.length) {
    const tab = text.indexOf('\t', from);
    const nl = text.indexOf('\n', from);
    if (tab < 0 || nl < 0) break;
    if (tab > nl || !putLine(text, slots, mask, from, tab, nl)) return -1;
    count++;
    from = nl + 1;
  }
  return count;
}

/** Enters the line's key (text from `start` to `tab`) and value (to `nl`); false when the key is in already. */
function putLine(text: string, slots: Int32Array, mask: number, start: number, tab: number, nl: number): boolean {
  let h = HASH_A0;
  for (let i = start; i < tab; i++) h = hashA(h, text.charCodeAt(i));
  const len = tab - start;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const k = i * 4;
    if (slots[k + 1] === 0) {
      slots[k] = h;
      slots[k + 1] = start + 1;
      slots[k + 2] = len;
      slots[k + 3] = nl - tab - 1;
      return true;
    }
    if (slots[k] === h && slots[k + 2] === len && sameText(text, slots[k + 1]! - 1, start, len)) return false;
  }
}

function sameText(text: string, at: number, start: number, len: number): boolean {
  for (let i = 0; i < len; i++) if (text.charCodeAt(at + i) !== text.charCodeAt(start + i)) return false;
  return true;
}
