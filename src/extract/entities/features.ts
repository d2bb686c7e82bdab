/**
 * Feature templates of the NER tagger. Each token gets a list of feature strings built from
 * the word, its shape and affixes, its neighbours, hyphenated parts (`US-Außenministerium`),
 * distributional word clusters and gazetteer/lexicon classes learned from data.
 */

import { CharClassifier } from './char-classes.js';

/** Word-level knowledge the features draw on; shipped inside the model. */
export interface FeatureResources {
  /** Word (lower-case) → its distributional cluster ids, coarse to fine, comma-joined (`3,41,380`). */
  clusters: Map<string, string>;
  /**
   * Word (lower-case) → gazetteer classes, e.g. `LOC.city` or `noun` (a German common noun),
   * several joined by `|`.
   */
  gazetteer: Map<string, string>;
  /** Word (lower-case) → how often it is written lower-case in running text, bucketed `0`…`4`. */
  lowerRatio: Map<string, string>;
  /** Word (lower-case) → entity labels it carries in annotated text (`PER`, `LOC?`), joined by `|`. */
  lexicon: Map<string, string>;
  /** Multi-word names (lower-case words joined by spaces, `da nang`) → their class (`LOC`). */
  phrases: Map<string, string>;
  /**
   * Word (lower-case) → entity labels it carries in machine-annotated (silver) text, like
   * `lexicon` but from a larger, noisier source; a separate feature so the tagger weighs it apart.
   */
  silverLexicon: Map<string, string>;
  /**
   * Word (lower-case) → entity labels an earlier model gave it in unlabelled news text
   * (self-training): it carries what the words around a name's other occurrences say about it.
   */
  autoLexicon: Map<string, string>;
  /** The entity class a word's letters suggest (character n-grams of annotated names). */
  charClasses: CharClassifier;
}

export function emptyResources(): FeatureResources {
  return { clusters: new Map(), gazetteer: new Map(), lowerRatio: new Map(), lexicon: new Map(), phrases: new Map(), silverLexicon: new Map(), autoLexicon: new Map(), charClasses: CharClassifier.empty() };
}

/**
 * `n` empty strings. Per-token arrays are made by loops, never by `Array.prototype.map`: the
 * optimising compiler's `map` makes arrays of another elements kind than the interpreter's, and
 * code that had seen one kind was thrown away (and compiled again) on meeting the other.
 */
function emptyStrings(n: number): string[] {
  const out: string[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = '';
  return out;
}

/** Quote marks as tokens (the tagger maps typographic ones to `"` before tagging). */
const QUOTE = /^["„“”«»]$/;
/** Longest quoted stretch treated as a title or name (longer ones are quoted speech). */
const MAX_QUOTED = 12;

/**
 * Per token, where it stands inside a short quoted stretch (titles of works, programmes,
 * nicknames: `„ oper kompakt “`): `B`/`I` plus the stretch's length bucket (`B1`, `I3`), or ''.
 * Quotes pair up left to right; an unclosed quote marks nothing.
 */
export function quoteContext(words: string[]): string[] {
  const out = emptyStrings(words.length);
  let open = -1;
  for (let i = 0; i < words.length; i++) {
    if (!QUOTE.test(words[i]!)) continue;
    if (open < 0) {
      open = i;
      continue;
    }
    const len = i - open - 1;
    if (len >= 1 && len <= MAX_QUOTED) {
      const bucket = len <= 3 ? String(len) : len <= 6 ? '4' : '7';
      for (let k = open + 1; k < i; k++) out[k] = (k === open + 1 ? 'B' : 'I') + bucket;
    }
    open = -1;
  }
  return out;
}

/** What a sentence adds to each token's features beyond its words: phrase matches, quotes. */
export interface SentenceContext {
  phrases?: string[];
  quotes?: string[];
}

/** Longest multi-word name matched. */
const MAX_PHRASE = 4;
/** Per phrase table: the first words of its phrases, so most tokens skip the lookup. */
const phraseStarts = new WeakMap<Map<string, string>, Set<string>>();

/**
 * Per token, the class of a multi-word name it is part of with its position (`LOC-B`, `LOC-I`),
 * or '' (longest match first, left to right).
 */
export function phraseMatches(lowers: string[], phrases: Map<string, string>): string[] {
  const out = emptyStrings(lowers.length);
  if (phrases.size === 0) return out;
  let starts = phraseStarts.get(phrases);
  if (!starts) {
    starts = new Set([...phrases.keys()].map((k) => k.slice(0, k.indexOf(' '))));
    phraseStarts.set(phrases, starts);
  }
  for (let i = 0; i < lowers.length; i++) {
    if (!starts.has(lowers[i]!)) continue;
    for (let len = Math.min(MAX_PHRASE, lowers.length - i); len >= 2; len--) {
      const cls = phrases.get(lowers.slice(i, i + len).join(' '));
      if (!cls) continue;
      for (let k = 0; k < len; k++) out[i + k] = cls + (k ? '-I' : '-B');
      i += len - 1;
      break;
    }
  }
  return out;
}

/** `Putin` → `Xx`, `G20` → `Xd`, `US-Außenministerium` → `X-Xx`. */
export function shapeOf(word: string): string {
  const ascii = asciiShape(word);
  if (ascii !== null) return ascii;
  let out = '';
  // the last character's class as a number (`X` 88, `x` 120, `d` 100, else the character's
  // own code point, never one of those): comparing numbers, not one-letter strings of
  // several kinds, kept the optimised code of this loop from being thrown away
  let last = -1;
  for (const ch of word) {
    let c: number;
    const code = ch.codePointAt(0)!;
    if (code < 128) {
      // ASCII without allocating case variants (the common case)
      if (code >= 48 && code <= 57) c = 100;
      else if (code >= 65 && code <= 90) c = 88;
      else if (code >= 97 && code <= 122) c = 120;
      else c = code;
    } else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper) c = ch === upper ? 88 : 120;
      else c = code;
    }
    if (c !== last) out += c === code ? ch : String.fromCharCode(c);
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** `shapeOf` of an ASCII word by its char codes (no iterator, no string per letter); null otherwise. */
function asciiShape(word: string): string | null {
  let out = '';
  let last = -1;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return null;
    const c = code >= 48 && code <= 57 ? 100 : code >= 65 && code <= 90 ? 88 : code >= 97 && code <= 122 ? 120 : code; // d X x
    if (c !== last) out += String.fromCharCode(c);
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** What the context features of a neighbour need to know about a word. */
export interface WordInfo {
  word: string;
  lower: string;
  shape: string;
  capitalised: boolean;
  /** Cluster ids, coarse to fine (`['']` when the word was not clustered). */
  clusters: string[];
  gazetteer: string[];
  lexicon: string[];
  silver: string[];
  auto: string[];
  /** Class its letters suggest and how surely (`['ORG', '2']`), or []. */
  charClass: string[];
  /** Bucket of how often the word is written lower-case in running text (`u`: unseen), then `C`/`l` for its own case. */
  lowerCase: string;
}

/** Gazetteer classes of a word; an inflected common noun (`Hauses`, `Bahnen`) is `noun.infl`. */
function gazetteerClasses(lower: string, res: FeatureResources): string[] {
  const g = res.gazetteer.get(lower);
  if (g) return splitShared(g, '|');
  if (!/[sner]$/.test(lower)) return [];
  for (let k = 1; k <= 2 && lower.length > k + 3; k++) {
    const stem = res.gazetteer.get(lower.slice(0, -k));
    if (stem && stem.split('|').includes('noun')) return ['noun.infl'];
  }
  return [];
}

/**
 * Table values split once: the same few thousand cluster and label strings recur across many
 * words, and an array per word was much of the garbage made while filling the tagger's word
 * cache. The arrays are shared, so nothing may change them.
 */
const splitCaches = new Map<string, Map<string, string[]>>();

function splitShared(value: string, sep: string): string[] {
  let cache = splitCaches.get(sep);
  if (!cache) splitCaches.set(sep, (cache = new Map()));
  let parts = cache.get(value);
  if (!parts) {
    parts = value.split(sep);
    if (cache.size < 100_000) cache.set(value, parts);
  }
  return parts;
}

/** `lowerCase` values made once per bucket and case (not one string per cached word). */
const LOWER_CASE_CAP = new Map<string, string>();
const LOWER_CASE_LOW = new Map<string, string>();

function lowerCaseClass(bucket: string, capitalised: boolean): string {
  const made = capitalised ? LOWER_CASE_CAP : LOWER_CASE_LOW;
  let out = made.get(bucket);
  if (out === undefined) {
    out = bucket + (capitalised ? 'C' : 'l');
    if (made.size < 1000) made.set(bucket, out);
  }
  return out;
}

const NONE: string[] = [];

export function wordInfo(word: string, res: FeatureResources): WordInfo {
  const lower = word.toLowerCase();
  const lx = res.lexicon.get(lower);
  const sx = res.silverLexicon.get(lower);
  const ax = res.autoLexicon.get(lower);
  const capitalised = isCapitalised(word);
  return {
    word,
    lower,
    shape: shapeOf(word),
    capitalised,
    clusters: splitShared(res.clusters.get(lower) ?? '', ','),
    gazetteer: gazetteerClasses(lower, res),
    lexicon: lx ? splitShared(lx, '|') : NONE,
    silver: sx ? splitShared(sx, '|') : NONE,
    auto: ax ? splitShared(ax, '|') : NONE,
    charClass: res.charClasses.classify(lower),
    lowerCase: lowerCaseClass(res.lowerRatio.get(lower) ?? 'u', capitalised),
  };
}

/**
 * Receives a token's features. A feature is a bare name (`b`, `first`) or a template with one
 * to three values, spelt `template=a`, `template=a|b`, `template=a|b|c` as a string; taggers
 * may look the parts up without building that string.
 */
export interface FeatureSink {
  flag(name: string): void;
  one(template: string, value: string): void;
  two(template: string, a: string, b: string): void;
  three(template: string, a: string, b: string, c: string): void;
}

/** Collects features as strings (training, tests). */
export class StringSink implements FeatureSink {
  readonly out: string[] = [];
  flag(name: string): void {
    this.out.push(name);
  }
  one(template: string, value: string): void {
    this.out.push(template + '=' + value);
  }
  two(template: string, a: string, b: string): void {
    this.out.push(template + '=' + a + '|' + b);
  }
  three(template: string, a: string, b: string, c: string): void {
    this.out.push(template + '=' + a + '|' + b + '|' + c);
  }
}

// template names built once (no string concatenation per token)
const PREFIX = ['p0', 'p1', 'p2', 'p3', 'p4'];
const SUFFIX = ['s0', 's1', 's2', 's3', 's4', 's5'];
const CLUSTER = Array.from({ length: 8 }, (_, k) => 'c' + k);

/** Features of the word itself, the same wherever it occurs (so taggers may cache them). */
export function emitWordFeatures(info: WordInfo, res: FeatureResources, sink: FeatureSink): void {
  const { word: w, lower: lw, shape } = info;
  sink.flag('b');
  sink.one('w', lw);
  sink.one('sh', shape);
  if (w !== lw) sink.one('W', w);
  const len = lw.length;
  for (let k = 1; k <= 4 && k < len; k++) sink.one(PREFIX[k]!, lw.slice(0, k));
  for (let k = 1; k <= 5 && k < len; k++) sink.one(SUFFIX[k]!, lw.slice(len - k));

  // hyphenated compounds: the parts carry the meaning (`US-Außenministerium`, `Trump-Wahlkampfteam`)
  const hy = lw.indexOf('-');
  if (hy > 0 && hy < len - 1) {
    const parts = lw.split('-');
    const head = parts[parts.length - 1]!;
    sink.one('hf', parts[0]!);
    sink.one('hl', head);
    sink.one('hls3', head.slice(-3));
    sink.one('hfc', (res.clusters.get(parts[0]!) ?? '?').split(',')[0]!);
    sink.one('hlc', (res.clusters.get(head) ?? '?').split(',').pop()!);
    const g = res.gazetteer.get(parts[0]!);
    if (g) sink.one('hfg', g);
  }

  // distributional clusters, gazetteer and lexicon classes, lower-case ratio in running text
  const c = info.clusters;
  for (let k = 0; k < c.length; k++) sink.one(CLUSTER[k] ?? 'c' + k, c[k]!);
  for (const cls of info.gazetteer) {
    sink.one('g', cls);
    sink.two('g|sh', cls, shape);
  }
  const cap = info.capitalised ? 'C' : 'l';
  if (info.lexicon.length) {
    for (const cls of info.lexicon) {
      sink.one('lx', cls);
      sink.one('lx|cap', cls + cap);
    }
  } else sink.one('lx', 'none');
  for (const cls of info.silver) {
    sink.one('sx', cls);
    sink.one('sx|cap', cls + cap);
  }
  for (const cls of info.auto) {
    sink.one('ax', cls);
    sink.one('ax|cap', cls + cap);
  }
  const ch = info.charClass;
  if (ch.length === 2) {
    sink.one('ch', ch[0]!);
    sink.two('ch|m', ch[0]!, ch[1]!);
    sink.one('ch|cap', ch[0]! + cap);
  }
  sink.one('lr', info.lowerCase);
}

export function wordFeatures(info: WordInfo, res: FeatureResources): string[] {
  const sink = new StringSink();
  emitWordFeatures(info, res, sink);
  return sink.out;
}

export const START: WordInfo = { word: '<s>', lower: '<s>', shape: '<s>', capitalised: false, clusters: ['<s>'], gazetteer: [], lexicon: [], silver: [], auto: [], charClass: [], lowerCase: '' };
export const END: WordInfo = { word: '</s>', lower: '</s>', shape: '</s>', capitalised: false, clusters: ['</s>'], gazetteer: [], lexicon: [], silver: [], auto: [], charClass: [], lowerCase: '' };

/** Where a neighbour stands relative to the tagged token. */
export type NeighbourRole = 'left1' | 'right1' | 'left2' | 'right2';
export const NEIGHBOUR_ROLES: NeighbourRole[] = ['left1', 'right1', 'left2', 'right2'];

/**
 * Features a token gets from one neighbour alone: they depend only on that neighbour's word,
 * so taggers may cache them per word (`w-1=der`, `c+1=41`, `g-1=LOC.city`).
 */
export function emitNeighbourFeatures(nb: WordInfo, role: NeighbourRole, sink: FeatureSink): void {
  if (role === 'left1' || role === 'right1') {
    const f = NEAR_NAMES[role];
    sink.one(f.w, nb.lower);
    sink.one(f.sh, nb.shape);
    sink.one(f.c, nb.clusters[0]!);
    sink.one(f.cf, nb.clusters[nb.clusters.length - 1]!);
    for (const cls of nb.gazetteer) sink.one(f.g, cls);
    for (const cls of nb.lexicon) sink.one(f.lx, cls);
    if (nb.lowerCase) sink.one(f.lr, nb.lowerCase);
    return;
  }
  const f = FAR_NAMES[role];
  sink.one(f.w, nb.lower);
  sink.one(f.c, nb.clusters[0]!);
}

/** Feature names of the next word on each side (fixed strings: the tagger hashes them, never builds them). */
const NEAR_NAMES = {
  left1: { w: 'w-1', sh: 'sh-1', c: 'c-1', cf: 'c-1f', g: 'g-1', lx: 'lx-1', lr: 'lr-1' },
  right1: { w: 'w+1', sh: 'sh+1', c: 'c+1', cf: 'c+1f', g: 'g+1', lx: 'lx+1', lr: 'lr+1' },
};
/** Feature names of the word two away on each side. */
const FAR_NAMES = {
  left2: { w: 'w-2', c: 'c-2' },
  right2: { w: 'w+2', c: 'c+2' },
};

export function neighbourFeatures(nb: WordInfo, role: NeighbourRole): string[] {
  const sink = new StringSink();
  emitNeighbourFeatures(nb, role, sink);
  return sink.out;
}

/** Features of token `i` that join it with its neighbours or depend on its position. */
export function emitPairFeatures(infos: WordInfo[], i: number, ctx: SentenceContext, sink: FeatureSink): void {
  const n = infos.length;
  const cur = infos[i]!;
  const prev = i > 0 ? infos[i - 1]! : START;
  const next = i + 1 < n ? infos[i + 1]! : END;
  if (i === 0) {
    sink.flag('first');
    sink.one('first.sh', cur.shape);
  }
  if (i === n - 1) sink.flag('last');
  sink.two('w-1|w', prev.lower, cur.lower);
  sink.two('w|w+1', cur.lower, next.lower);
  sink.three('sh-1|sh|sh+1', prev.shape, cur.shape, next.shape);
  // a capitalised word after a capitalised word: multi-word names
  if (i > 0 && prev.capitalised && cur.capitalised) sink.flag('capseq');
  const c = cur.clusters;
  sink.two('c-1|c', prev.clusters[0]!, c[c.length - 1]!);
  sink.two('c|c+1', c[c.length - 1]!, next.clusters[0]!);
  const ph = ctx.phrases?.[i];
  if (ph) {
    sink.one('ph', ph);
    sink.two('ph|sh', ph, cur.shape);
  }
  const q = ctx.quotes?.[i];
  if (q) {
    sink.one('q', q);
    sink.one('q|cap', q + (cur.capitalised ? 'C' : 'l'));
  }
}

export function pairFeatures(infos: WordInfo[], i: number, ctx: SentenceContext = {}): string[] {
  const sink = new StringSink();
  emitPairFeatures(infos, i, ctx, sink);
  return sink.out;
}

/** The neighbour of token `i` in a role (sentence boundaries as START/END). */
export function neighbour(infos: WordInfo[], i: number, role: NeighbourRole): WordInfo {
  const k = role === 'left1' ? i - 1 : role === 'right1' ? i + 1 : role === 'left2' ? i - 2 : i + 2;
  if (k < 0) return START;
  if (k >= infos.length) return END;
  return infos[k]!;
}

/** Features of token `i` from its position, neighbours, multi-word names and quotes. */
export function contextFeatures(infos: WordInfo[], i: number, ctx: SentenceContext = {}): string[] {
  const f = pairFeatures(infos, i, ctx);
  for (const role of NEIGHBOUR_ROLES) f.push(...neighbourFeatures(neighbour(infos, i, role), role));
  return f;
}

/** The features of every token of one sentence. */
export function sentenceFeatures(words: string[], res: FeatureResources): string[][] {
  const infos = words.map((w) => wordInfo(w, res));
  const ctx = sentenceContext(infos, res);
  return infos.map((info, i) => [...wordFeatures(info, res), ...contextFeatures(infos, i, ctx)]);
}

export function sentenceContext(infos: WordInfo[], res: FeatureResources): SentenceContext {
  // loops, not `map` (see `emptyStrings`)
  const n = infos.length;
  const lowers: string[] = new Array(n);
  const words: string[] = new Array(n);
  for (let i = 0; i < n; i++) {
    lowers[i] = infos[i]!.lower;
    words[i] = infos[i]!.word;
  }
  return { phrases: phraseMatches(lowers, res.phrases), quotes: quoteContext(words) };
}
