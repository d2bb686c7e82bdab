/**
 * Head words of names: the last word of a multi-word name tells its kind (`Brackley
 * Freight`, `Calloway Industries`, `Axel Springer Verlag` are organisations; `Harwick Street`
 * a place), whatever the words before it. Learned from the NER training sets by counting
 * which type each word ends a name of; a word that ends organisation (or place) names and
 * hardly ever a person's name is a head of that type. Shipped as models/name-heads.json.gz;
 * `name-heads-build.ts` regenerates it (`npx tsx src/extract/entities/name-heads-build.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { modelPath } from '../../paths.js';
import { coarseType, spansOf, type GoldSentence } from './tags.js';

export type HeadType = 'ORG' | 'LOC';

/**
 * Counts of one word as the last word of multi-word PER/ORG/LOC names, (`PER1`) of one-word
 * person names (a surname alone, `Merkel`, is a person's last word too), and as the first
 * word of multi-word person names (`firstPER`: `Anna`) or other names (`firstOther`).
 */
export type HeadCounts = Map<string, { PER: number; ORG: number; LOC: number; PER1: number; firstPER: number; firstOther: number }>;

/** The word a name's last token stands for: lower case, a possessive (`Freight’s`) dropped. */
export function headForm(token: string): string {
  return token.replace(/(?:['’]s|(?<=s)['’])$/u, '').toLowerCase();
}

/** Adds the last words of the PER/ORG/LOC names of `sentences` to `counts`. */
export function countHeads(sentences: Iterable<GoldSentence>, counts: HeadCounts = new Map()): HeadCounts {
  for (const s of sentences) {
    for (const span of spansOf(s.tags)) {
      // GermEval's `deriv`/`part` spans are no names of their own
      if (/(?:deriv|part)$/.test(span.type)) continue;
      const type = coarseType(span.type);
      if (type !== 'PER' && type !== 'ORG' && type !== 'LOC') continue;
      const entry = (token: string) => {
        const w = headForm(token);
        const c = counts.get(w) ?? { PER: 0, ORG: 0, LOC: 0, PER1: 0, firstPER: 0, firstOther: 0 };
        counts.set(w, c);
        return c;
      };
      const first = s.tokens[span.start]!;
      if (span.end - span.start >= 2 && /^\p{Lu}\p{Ll}/u.test(first)) entry(first)[type === 'PER' ? 'firstPER' : 'firstOther']++;
      const last = s.tokens[span.end - 1]!;
      if (!/^\p{Lu}\p{Ll}/u.test(last)) continue;
      const c = entry(last);
      if (span.end - span.start >= 2) c[type]++;
      else if (type === 'PER') c.PER1++;
    }
  }
  return counts;
}

/** Least number of names a head word must end. */
const MIN_HEAD_COUNT = 3;
/** Least share of its names of the head's type. */
const MIN_HEAD_SHARE = 0.9;
/** Least number of persons' names a first name must start (twice as many as other names). */
const MIN_FIRST_NAME_COUNT = 2;

/** The shipped table: head words by type, the words that end persons' names, and those that start them (first names). */
export interface NameHeadTable {
  heads: Record<string, HeadType>;
  personFinal: string[];
  personInitial: string[];
}

/**
 * Head words from counts: a word ending at least MIN_HEAD_COUNT names, at least MIN_HEAD_SHARE
 * of them of one type (ORG or LOC), and no person's name more than once. Every word that ended
 * a person's name (or was one alone) is kept apart, as a person's possible last word, and so
 * are the words that mostly start persons' names.
 */
export function selectHeads(counts: HeadCounts): NameHeadTable {
  const heads: Record<string, HeadType> = {};
  const personFinal: string[] = [];
  const personInitial: string[] = [];
  for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = c.PER + c.ORG + c.LOC;
    if (c.PER + c.PER1 > 0) personFinal.push(w);
    if (c.firstPER >= MIN_FIRST_NAME_COUNT && c.firstPER >= 2 * c.firstOther) personInitial.push(w);
    if (c.PER > 1) continue;
    for (const t of ['ORG', 'LOC'] as const) if (c[t] >= MIN_HEAD_COUNT && c[t] >= MIN_HEAD_SHARE * total) heads[w] = t;
  }
  return { heads, personFinal, personInitial };
}

interface Loaded {
  heads: Map<string, HeadType>;
  personFinal: Set<string>;
  personInitial: Set<string>;
}

let table: Loaded | null = null;

function load(): Loaded {
  if (table) return table;
  table = { heads: new Map(), personFinal: new Set(), personInitial: new Set() };
  const path = modelPath('name-heads.json.gz');
  if (existsSync(path)) {
    try {
      const raw = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as Partial<NameHeadTable>;
      for (const [w, t] of Object.entries(raw.heads ?? {})) if (t === 'ORG' || t === 'LOC') table.heads.set(w, t);
      for (const w of raw.personFinal ?? []) table.personFinal.add(w);
      for (const w of raw.personInitial ?? []) table.personInitial.add(w);
    } catch {
      // a broken table: no head words
    }
  }
  return table;
}

/**
 * The type the last word of a multi-word name gives it (`Brackley Freight`, `Calloway
 * Industries` → ORG), or null when the name is a single word or its last word heads no kind
 * of name.
 */
export function headType(words: string[]): HeadType | null {
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}/u.test(last)) return null;
  return load().heads.get(headForm(last)) ?? null;
}

/** Has a word ended a person's name (or been one alone) in the training data? */
export function endsPersonNames(word: string): boolean {
  return load().personFinal.has(headForm(word));
}

/** Does a word mostly start persons' names in the training data (a first name: `Anna`, `Uli`)? */
export function startsPersonNames(word: string): boolean {
  return load().personInitial.has(headForm(word));
}
