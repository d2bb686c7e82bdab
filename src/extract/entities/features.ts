/**
 * Feature templates of the NER tagger. Each token gets a list of feature strings built from
 * the word, its shape and affixes, its neighbours, hyphenated parts (`US-Außenministerium`),
 * distributional word clusters and gazetteer/lexicon classes learned from data.
 */

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
}

export function emptyResources(): FeatureResources {
  return { clusters: new Map(), gazetteer: new Map(), lowerRatio: new Map(), lexicon: new Map(), phrases: new Map() };
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
  const out = lowers.map(() => '');
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
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (lower !== upper) c = ch === upper ? 'X' : 'x';
    else c = ch;
    if (c !== last) out += c;
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
}

/** Gazetteer classes of a word; an inflected common noun (`Hauses`, `Bahnen`) is `noun.infl`. */
function gazetteerClasses(lower: string, res: FeatureResources): string[] {
  const g = res.gazetteer.get(lower);
  if (g) return g.split('|');
  if (!/[sner]$/.test(lower)) return [];
  for (let k = 1; k <= 2 && lower.length > k + 3; k++) {
    const stem = res.gazetteer.get(lower.slice(0, -k));
    if (stem && stem.split('|').includes('noun')) return ['noun.infl'];
  }
  return [];
}

export function wordInfo(word: string, res: FeatureResources): WordInfo {
  const lower = word.toLowerCase();
  const lx = res.lexicon.get(lower);
  return {
    word,
    lower,
    shape: shapeOf(word),
    capitalised: isCapitalised(word),
    clusters: (res.clusters.get(lower) ?? '').split(','),
    gazetteer: gazetteerClasses(lower, res),
    lexicon: lx ? lx.split('|') : [],
  };
}

/** Features of the word itself, the same wherever it occurs (so taggers may cache them). */
export function wordFeatures(info: WordInfo, res: FeatureResources): string[] {
  const { word: w, lower: lw, shape } = info;
  const f: string[] = ['b', 'w=' + lw, 'sh=' + shape];
  if (w !== lw) f.push('W=' + w);
  const len = lw.length;
  for (let k = 1; k <= 4 && k < len; k++) f.push('p' + k + '=' + lw.slice(0, k));
  for (let k = 1; k <= 5 && k < len; k++) f.push('s' + k + '=' + lw.slice(len - k));

  // hyphenated compounds: the parts carry the meaning (`US-Außenministerium`, `Trump-Wahlkampfteam`)
  const hy = lw.indexOf('-');
  if (hy > 0 && hy < len - 1) {
    const parts = lw.split('-');
    const head = parts[parts.length - 1]!;
    f.push('hf=' + parts[0], 'hl=' + head, 'hls3=' + head.slice(-3));
    f.push('hfc=' + (res.clusters.get(parts[0]!) ?? '?').split(',')[0], 'hlc=' + (res.clusters.get(head) ?? '?').split(',').pop());
    const g = res.gazetteer.get(parts[0]!);
    if (g) f.push('hfg=' + g);
  }

  // distributional clusters, gazetteer and lexicon classes, lower-case ratio in running text
  const c = info.clusters;
  for (let k = 0; k < c.length; k++) f.push('c' + k + '=' + c[k]);
  for (const cls of info.gazetteer) f.push('g=' + cls, 'g|sh=' + cls + '|' + shape);
  const cap = info.capitalised ? 'C' : 'l';
  if (info.lexicon.length) for (const cls of info.lexicon) f.push('lx=' + cls, 'lx|cap=' + cls + cap);
  else f.push('lx=none');
  f.push('lr=' + (res.lowerRatio.get(lw) ?? 'u') + cap);
  return f;
}

export const START: WordInfo = { word: '<s>', lower: '<s>', shape: '<s>', capitalised: false, clusters: ['<s>'], gazetteer: [], lexicon: [] };
export const END: WordInfo = { word: '</s>', lower: '</s>', shape: '</s>', capitalised: false, clusters: ['</s>'], gazetteer: [], lexicon: [] };

/** Where a neighbour stands relative to the tagged token. */
export type NeighbourRole = 'left1' | 'right1' | 'left2' | 'right2';
export const NEIGHBOUR_ROLES: NeighbourRole[] = ['left1', 'right1', 'left2', 'right2'];

/**
 * Features a token gets from one neighbour alone: they depend only on that neighbour's word,
 * so taggers may cache them per word (`w-1=der`, `c+1=41`, `g-1=LOC.city`).
 */
export function neighbourFeatures(nb: WordInfo, role: NeighbourRole): string[] {
  switch (role) {
    case 'left1': {
      const f = ['w-1=' + nb.lower, 'sh-1=' + nb.shape, 'c-1=' + nb.clusters[0], 'c-1f=' + nb.clusters[nb.clusters.length - 1]];
      for (const cls of nb.gazetteer) f.push('g-1=' + cls);
      for (const cls of nb.lexicon) f.push('lx-1=' + cls);
      return f;
    }
    case 'right1': {
      const f = ['w+1=' + nb.lower, 'sh+1=' + nb.shape, 'c+1=' + nb.clusters[0], 'c+1f=' + nb.clusters[nb.clusters.length - 1]];
      for (const cls of nb.gazetteer) f.push('g+1=' + cls);
      for (const cls of nb.lexicon) f.push('lx+1=' + cls);
      return f;
    }
    case 'left2':
      return ['w-2=' + nb.lower];
    case 'right2':
      return ['w+2=' + nb.lower];
  }
}

/** Features of token `i` that join it with its neighbours or depend on its position. */
export function pairFeatures(infos: WordInfo[], i: number, phrases?: string[]): string[] {
  const n = infos.length;
  const cur = infos[i]!;
  const prev = i > 0 ? infos[i - 1]! : START;
  const next = i + 1 < n ? infos[i + 1]! : END;
  const f: string[] = [];
  if (i === 0) f.push('first', 'first.sh=' + cur.shape);
  if (i === n - 1) f.push('last');
  f.push('w-1|w=' + prev.lower + '|' + cur.lower, 'w|w+1=' + cur.lower + '|' + next.lower);
  f.push('sh-1|sh|sh+1=' + prev.shape + '|' + cur.shape + '|' + next.shape);
  // a capitalised word after a capitalised word: multi-word names
  if (i > 0 && prev.capitalised && cur.capitalised) f.push('capseq');
  const c = cur.clusters;
  f.push('c-1|c=' + prev.clusters[0] + '|' + c[c.length - 1], 'c|c+1=' + c[c.length - 1] + '|' + next.clusters[0]);
  const ph = phrases?.[i];
  if (ph) f.push('ph=' + ph, 'ph|sh=' + ph + '|' + cur.shape);
  return f;
}

/** The neighbour of token `i` in a role (sentence boundaries as START/END). */
export function neighbour(infos: WordInfo[], i: number, role: NeighbourRole): WordInfo {
  const k = role === 'left1' ? i - 1 : role === 'right1' ? i + 1 : role === 'left2' ? i - 2 : i + 2;
  if (k < 0) return START;
  if (k >= infos.length) return END;
  return infos[k]!;
}

/** Features of token `i` from its position, neighbours and the multi-word names matched (`phrases`). */
export function contextFeatures(infos: WordInfo[], i: number, phrases?: string[]): string[] {
  const f = pairFeatures(infos, i, phrases);
  for (const role of NEIGHBOUR_ROLES) f.push(...neighbourFeatures(neighbour(infos, i, role), role));
  return f;
}

/** The features of every token of one sentence. */
export function sentenceFeatures(words: string[], res: FeatureResources): string[][] {
  const infos = words.map((w) => wordInfo(w, res));
  const phrases = phraseMatches(infos.map((x) => x.lower), res.phrases);
  return infos.map((info, i) => [...wordFeatures(info, res), ...contextFeatures(infos, i, phrases)]);
}
