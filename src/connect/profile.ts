import type { Doc, EntityType, Token } from '../types.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { fold, stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { figures } from './numbers.js';
import { minhash } from './minhash.js';
import { stemLexicon, type StemLexicon } from './lexicon.js';
import { translateWord } from './translate.js';
import { dayNumber, docDate } from './dates.js';
import type { Vec } from './vector.js';

/**
 * What connect knows about one article: its raw term counts per view (title, body,
 * language-neutral body, capitalised names, canonical entities by type, figures), its day
 * and its near-duplicate signature. Keys carry a view prefix so that one document-frequency
 * table serves all views: `t:` stems, `x:` language-neutral (English) stems, `c:` capitalised
 * names, `e:` canonical entity ids, `n:` figures.
 */
export interface ArticleFeatures {
  id: string;
  lang: string;
  title: Vec;
  /** The title in the language-neutral space. */
  titleCross: Vec;
  body: Vec;
  cross: Vec;
  caps: Vec;
  entities: Vec;
  /** The few entities the article is about (named in the title, early and often), by salience. */
  core: Vec;
  byType: Record<'PER' | 'LOC' | 'ORG', Vec>;
  numbers: Vec;
  /** The years the article is dated in and names (`y:2008`): two reports of one kind of happening years apart are two events. */
  years: Vec;
  /** Readable names of entity keys (`e:…` → `Wladimir Putin`) and of stems (→ a surface word). */
  names: Record<string, string>;
  entityTypes: Record<string, EntityType>;
  day: number | null;
  date: string | null;
  signature: number[];
  /** Number of word tokens read from the body. */
  words: number;
}

const MAX_TOKENS = 20_000;

function isWord(t: string): boolean {
  return /\p{L}/u.test(t) && t.length >= 2;
}

function countInto(v: Vec, key: string, w = 1): void {
  v[key] = (v[key] ?? 0) + w;
}

function bodyTokens(doc: Doc): { tokens: Token[]; sentenceStarts: Set<number> } {
  let sentences = doc.sentences;
  if (!sentences.length && doc.article.text) sentences = splitSentences(doc.article.text.slice(0, 200_000));
  const tokens: Token[] = [];
  const sentenceStarts = new Set<number>();
  for (const s of sentences) {
    if (s.tokens[0]) sentenceStarts.add(s.tokens[0].start);
    for (const t of s.tokens) {
      if (tokens.length >= MAX_TOKENS) break;
      tokens.push(t);
    }
  }
  return { tokens, sentenceStarts };
}

/** Adds a stem to the language-neutral view: its English translations, or itself (names, English). */
function crossInto(v: Vec, word: string, st: string, lexicon: StemLexicon | null, names: ReadonlySet<string>): void {
  const en = lexicon ? translateWord(word, lexicon, names) : null;
  if (en) for (const e in en) countInto(v, 'x:' + e, en[e]!);
  else countInto(v, 'x:' + st);
}

/** Builds an article's feature views; `entityIds` maps entity keys to canonical ids. */
export function articleFeatures(doc: Doc, entityIds: Map<string, string>): ArticleFeatures {
  const lang = doc.article.lang === 'de' ? 'de' : doc.article.lang === 'en' ? 'en' : doc.article.lang;
  const names: Record<string, string> = {};
  const lexicon = lang === 'de' ? stemLexicon() : null;
  // words of the article's names, which the language-neutral view never splits as compounds
  const nameWords = new Set(lexicon ? doc.mentions.flatMap((m) => m.text.split(/\s+/u).map(fold)) : []);

  const title: Vec = {};
  const titleCross: Vec = {};
  for (const t of tokenize((doc.article.title ?? '').slice(0, 2000))) {
    if (!isWord(t.text) || isStopword(t.text)) continue;
    const st = stem(t.text, lang);
    countInto(title, 't:' + st);
    crossInto(titleCross, t.text, st, lexicon, nameWords);
    names['t:' + st] ??= t.text;
  }

  const { tokens, sentenceStarts } = bodyTokens(doc);
  const text = doc.article.text;
  const body: Vec = {};
  const cross: Vec = {};
  const caps: Vec = {};
  const folded: string[] = [];
  for (const t of tokens) {
    if (!isWord(t.text)) continue;
    const f = fold(t.text);
    folded.push(f);
    if (isStopword(t.text)) continue;
    const st = stem(t.text, lang);
    const key = 't:' + st;
    countInto(body, key);
    names[key] ??= t.text;
    crossInto(cross, t.text, st, lexicon, nameWords);
    if (/^\p{Lu}/u.test(t.text) && !sentenceStarts.has(t.start)) {
      countInto(caps, 'c:' + f);
      names['c:' + f] ??= t.text;
    }
  }
  // The title counts in the body views too: it names the event most directly.
  for (const k in title) countInto(body, k, title[k]!);
  for (const k in titleCross) countInto(cross, k, titleCross[k]!);

  const entities: Vec = {};
  const byType: Record<'PER' | 'LOC' | 'ORG', Vec> = { PER: {}, LOC: {}, ORG: {} };
  const entityTypes: Record<string, EntityType> = {};
  for (const e of doc.entities) {
    const id = 'e:' + (entityIds.get(e.key) ?? e.key);
    const w = 1 + Math.log(Math.max(1, e.mentions));
    countInto(entities, id, w);
    const group = e.type === 'PER' ? 'PER' : e.type === 'LOC' ? 'LOC' : 'ORG';
    countInto(byType[group], id, w);
    names[id] ??= e.name;
    entityTypes[id] = e.type;
  }

  const core = coreEntities(doc, entityIds);

  const numbers: Vec = {};
  for (const n of figures(tokens, text)) countInto(numbers, 'n:' + n);

  const date = docDate(doc);
  const years = yearsOf(doc, date?.value ?? null);
  return {
    id: doc.article.id,
    lang,
    title,
    titleCross,
    body,
    cross,
    caps,
    entities,
    core,
    byType,
    numbers,
    years,
    names,
    entityTypes,
    day: dayNumber(date?.value),
    date: date?.value ?? null,
    signature: minhash(folded.slice(0, 5000)),
    words: folded.length,
  };
}

const YEAR_MIN = 1900;
const YEAR_MAX = 2100;

/**
 * Years an article is placed in: its publication year (counted twice), else the year its text
 * suggests, and each year a date in the text names. History is named too ("since 1991"), but
 * the event model weighs how far a clash of years can be trusted.
 */
function yearsOf(doc: Doc, date: string | null): Vec {
  const out: Vec = {};
  const add = (value: string | null | undefined, w: number) => {
    const y = /^(\d{4})/.exec(value ?? '')?.[1];
    if (y && Number(y) >= YEAR_MIN && Number(y) <= YEAR_MAX) countInto(out, 'y:' + y, w);
  };
  add(date ?? (doc.article.date?.estimated ? doc.article.date.value : null), 2);
  for (const t of doc.timexes.slice(0, 200)) if (t.type === 'DATE' || t.type === 'TIME') add(t.value, 1);
  return out;
}

const CORE_SIZE = 4;

/**
 * Salience of each entity: its mentions, more when the title names it and when it is named in
 * the lead. Two reports of the same kind of happening (two players put on injured reserve, two
 * celebrities in rehab) share most of their vocabulary and even many names; the names they are
 * about differ.
 */
function coreEntities(doc: Doc, entityIds: Map<string, string>): Vec {
  const title = ' ' + fold(doc.article.title ?? '').replace(/[^\p{L}\p{N}]+/gu, ' ') + ' ';
  const leadEnd = doc.sentences[1]?.end ?? Math.min(doc.article.text.length, 300);
  const firstAt = new Map<string, number>();
  for (const m of doc.mentions) if (!firstAt.has(m.entity) || m.start < firstAt.get(m.entity)!) firstAt.set(m.entity, m.start);
  const scored = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.type === 'MISC') continue;
    const words = [e.name, ...e.aliases].flatMap((n) => fold(n).split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
    const inTitle = words.some((w) => title.includes(` ${w} `));
    const early = (firstAt.get(e.key) ?? Infinity) < leadEnd;
    const s = Math.log1p(Math.max(1, e.mentions)) + (inTitle ? 2 : 0) + (early ? 1 : 0);
    const id = 'e:' + (entityIds.get(e.key) ?? e.key);
    scored.set(id, Math.max(scored.get(id) ?? 0, s));
  }
  return Object.fromEntries([...scored].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CORE_SIZE));
}

/** All keys the article contributes to document frequencies (each once). */
export function documentKeys(f: ArticleFeatures): string[] {
  const keys = new Set<string>();
  for (const v of [f.body, f.cross, f.caps, f.entities, f.numbers]) for (const k in v) keys.add(k);
  return [...keys];
}
