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

/** The features of every token of one sentence. */
export function sentenceFeatures(words: string[], res: FeatureResources): string[][] {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shapeOf);
  const clusters = lower.map((w) => (res.clusters.get(w) ?? '').split(','));
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const lw = lower[i]!;
    const f: string[] = ['b', 'w=' + lw, 'sh=' + shapes[i]];
    if (w !== lw) f.push('W=' + w);
    const len = lw.length;
    for (let k = 1; k <= 4 && k < len; k++) f.push('p' + k + '=' + lw.slice(0, k));
    for (let k = 1; k <= 5 && k < len; k++) f.push('s' + k + '=' + lw.slice(len - k));
    if (i === 0) f.push('first', 'first.sh=' + shapes[i]);
    if (i === n - 1) f.push('last');

    // neighbours
    const pw = i > 0 ? lower[i - 1]! : '<s>';
    const nw = i + 1 < n ? lower[i + 1]! : '</s>';
    f.push('w-1=' + pw, 'w+1=' + nw);
    f.push('w-2=' + (i > 1 ? lower[i - 2]! : '<s>'), 'w+2=' + (i + 2 < n ? lower[i + 2]! : '</s>'));
    f.push('sh-1=' + (i > 0 ? shapes[i - 1]! : '<s>'), 'sh+1=' + (i + 1 < n ? shapes[i + 1]! : '</s>'));
    f.push('w-1|w=' + pw + '|' + lw, 'w|w+1=' + lw + '|' + nw);
    f.push('sh-1|sh|sh+1=' + (i > 0 ? shapes[i - 1] : '<s>') + '|' + shapes[i] + '|' + (i + 1 < n ? shapes[i + 1] : '</s>'));
    // a capitalised word between two capitalised words, or after one: multi-word names
    if (i > 0 && isCapitalised(words[i - 1]!) && isCapitalised(w)) f.push('capseq');

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

    // distributional clusters of the word and its neighbours
    const c = clusters[i]!;
    for (let k = 0; k < c.length; k++) f.push('c' + k + '=' + c[k]);
    const pc = i > 0 ? clusters[i - 1]! : ['<s>'];
    const nc = i + 1 < n ? clusters[i + 1]! : ['</s>'];
    f.push('c-1=' + pc[0], 'c+1=' + nc[0], 'c-1f=' + pc[pc.length - 1], 'c+1f=' + nc[nc.length - 1]);
    f.push('c-1|c=' + pc[0] + '|' + c[c.length - 1], 'c|c+1=' + c[c.length - 1] + '|' + nc[0]);

    // gazetteers and the word's lower-case ratio in running text
    const g = res.gazetteer.get(lw);
    if (g) for (const cls of g.split('|')) f.push('g=' + cls, 'g|sh=' + cls + '|' + shapes[i]);
    const pg = i > 0 ? res.gazetteer.get(lower[i - 1]!) : undefined;
    const ng = i + 1 < n ? res.gazetteer.get(lower[i + 1]!) : undefined;
    if (pg) for (const cls of pg.split('|')) f.push('g-1=' + cls);
    if (ng) for (const cls of ng.split('|')) f.push('g+1=' + cls);
    const lx = res.lexicon.get(lw);
    if (lx) for (const cls of lx.split('|')) f.push('lx=' + cls, 'lx|cap=' + cls + (isCapitalised(w) ? 'C' : 'l'));
    else f.push('lx=none');
    const plx = i > 0 ? res.lexicon.get(lower[i - 1]!) : undefined;
    const nlx = i + 1 < n ? res.lexicon.get(lower[i + 1]!) : undefined;
    if (plx) for (const cls of plx.split('|')) f.push('lx-1=' + cls);
    if (nlx) for (const cls of nlx.split('|')) f.push('lx+1=' + cls);
    const lr = res.lowerRatio.get(lw);
    f.push('lr=' + (lr ?? 'u') + (isCapitalised(w) ? 'C' : 'l'));
    out.push(f);
  }
  return out;
}
