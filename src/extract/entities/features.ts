/**
 * Feature templates of the NER tagger. Each token gets a list of feature strings built from
 * the word, its shape and affixes, its neighbours, hyphenated parts (`US-Außenministerium`),
 * distributional word clusters and gazetteer/lexicon classes learned from data.
 */

/** Word-level knowledge the features draw on; shipped inside the model. */
export interface FeatureResources {
  /** Word (lower-case) → its distributional cluster ids, coarse to fine, comma-joined (`3,41,380`). */
  clusters: Map<string, string>;
  /** Word (lower-case) → gazetteer classes, e.g. `LOC` or `PER.first` (several joined by `|`). */
  gazetteer: Map<string, string>;
  /** Word (lower-case) → how often it is written lower-case in running text, bucketed `0`…`4`. */
  lowerRatio: Map<string, string>;
  /** Word (lower-case) → entity labels it carries in annotated text (`PER`, `LOC?`), joined by `|`. */
  lexicon: Map<string, string>;
}

export function emptyResources(): FeatureResources {
  return { clusters: new Map(), gazetteer: new Map(), lowerRatio: new Map(), lexicon: new Map() };
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

export function wordInfo(word: string, res: FeatureResources): WordInfo {
  const lower = word.toLowerCase();
  const g = res.gazetteer.get(lower);
  const lx = res.lexicon.get(lower);
  return {
    word,
    lower,
    shape: shapeOf(word),
    capitalised: isCapitalised(word),
    clusters: (res.clusters.get(lower) ?? '').split(','),
    gazetteer: g ? g.split('|') : [],
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

const START: WordInfo = { word: '<s>', lower: '<s>', shape: '<s>', capitalised: false, clusters: ['<s>'], gazetteer: [], lexicon: [] };
const END: WordInfo = { word: '</s>', lower: '</s>', shape: '</s>', capitalised: false, clusters: ['</s>'], gazetteer: [], lexicon: [] };

/** Features of token `i` from its position and neighbours. */
export function contextFeatures(infos: WordInfo[], i: number): string[] {
  const n = infos.length;
  const cur = infos[i]!;
  const prev = i > 0 ? infos[i - 1]! : START;
  const next = i + 1 < n ? infos[i + 1]! : END;
  const prev2 = i > 1 ? infos[i - 2]! : START;
  const next2 = i + 2 < n ? infos[i + 2]! : END;
  const f: string[] = [];
  if (i === 0) f.push('first', 'first.sh=' + cur.shape);
  if (i === n - 1) f.push('last');
  f.push('w-1=' + prev.lower, 'w+1=' + next.lower, 'w-2=' + prev2.lower, 'w+2=' + next2.lower);
  f.push('sh-1=' + prev.shape, 'sh+1=' + next.shape);
  f.push('w-1|w=' + prev.lower + '|' + cur.lower, 'w|w+1=' + cur.lower + '|' + next.lower);
  f.push('sh-1|sh|sh+1=' + prev.shape + '|' + cur.shape + '|' + next.shape);
  // a capitalised word after a capitalised word: multi-word names
  if (i > 0 && prev.capitalised && cur.capitalised) f.push('capseq');
  const c = cur.clusters;
  const pc = prev.clusters;
  const nc = next.clusters;
  f.push('c-1=' + pc[0], 'c+1=' + nc[0], 'c-1f=' + pc[pc.length - 1], 'c+1f=' + nc[nc.length - 1]);
  f.push('c-1|c=' + pc[0] + '|' + c[c.length - 1], 'c|c+1=' + c[c.length - 1] + '|' + nc[0]);
  for (const cls of prev.gazetteer) f.push('g-1=' + cls);
  for (const cls of next.gazetteer) f.push('g+1=' + cls);
  for (const cls of prev.lexicon) f.push('lx-1=' + cls);
  for (const cls of next.lexicon) f.push('lx+1=' + cls);
  return f;
}

/** The features of every token of one sentence. */
export function sentenceFeatures(words: string[], res: FeatureResources): string[][] {
  const infos = words.map((w) => wordInfo(w, res));
  return infos.map((info, i) => [...wordFeatures(info, res), ...contextFeatures(infos, i)]);
}
