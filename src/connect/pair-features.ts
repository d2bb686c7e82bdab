/**
 * Article-vs-article features beyond the sub-similarities an event profile also has: how the
 * leads compare, whether one article's title is what the other's lead is about, how much of the
 * entity sets they share, whether they report from the same place, quote the same words, and
 * how alike their lengths are. The graded similarity model (similarity.ts) weighs them; event
 * decisions compare an article with a profile and do not use them.
 */
import type { Doc } from '../types.js';
import { fold, stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import { resolvePlace } from '../extract/entities/places.js';
import { weightedCosine, normalize, type Vec } from './vector.js';
import type { Prepared } from './index.js';
import { stemLexicon } from './lexicon.js';
import { translateWord } from './translate.js';

export const PAIR_FEATURES = [
  'lead', 'titleLead', 'entJaccard', 'country', 'nearPlace', 'placeKnown', 'quotes', 'lengthRatio', 'crossLang',
] as const;
/**
 * Term-level comparisons beyond the whole-body cosine: the language-neutral views within one
 * language (German compounds split into their parts there, so `Bundesregierung` meets
 * `Regierung`), binary IDF overlap, how many of each article's heaviest terms the other holds,
 * the best-matching sentences, and a German-pair flag the trees can bend the others by.
 */
export const TERM_FEATURES = [
  'crossSame', 'titleXSame', 'binBody', 'topShare', 'topShareX', 'bestSent', 'bestSent3', 'langDe',
] as const;
/**
 * Whether a headline's content is found in the other article: the IDF mass of one title's terms
 * that the other article's title or body holds, both ways (`titleIn` their mean over the titled
 * sides, `titleInMin` the smaller), and whether both articles have a title. Two reports of one
 * event repeat what the other's headline says; two reports from one town or on one topic share
 * the town and the topic but not the headline's news.
 */
export const TITLE_FEATURES = ['titleIn', 'titleInMin', 'titled'] as const;
/**
 * Specific detail two articles share beyond their main name: figures that are neither years nor
 * small counts (amounts, tolls, scores: how many, as a log count and as a cosine), and the
 * entity mass and number of names shared beyond the heaviest shared one. One template (stock
 * reports, seasonal tips) or one town shares the topic and the main name, not these.
 */
export const SPECIFIC_FEATURES = ['figShared', 'figCos', 'namesBeyond', 'namesShared'] as const;
/**
 * When the texts say it happened: whether both name calendar days (month and day, the year
 * ignored: undated reports leave it open) or weekdays in their leads, and whether they share one
 * or name only different ones. Two stock reports, two police reports or two daily tolls from one
 * template differ in the day they report.
 */
export const DAY_FEATURES = ['dayShared', 'dayClash', 'weekdayShared', 'weekdayClash'] as const;
export type PairFeatureName = (typeof PAIR_FEATURES)[number] | (typeof TERM_FEATURES)[number] | (typeof TITLE_FEATURES)[number]
  | (typeof SPECIFIC_FEATURES)[number] | (typeof DAY_FEATURES)[number];

/** Sentences that make up an article's lead. */
const LEAD_SENTENCES = 3;
/** Places of each side compared for distance: the most mentioned ones. */
const MAIN_PLACES = 3;
/** Distance (km) at which `nearPlace` falls to 1/e. */
const PLACE_SCALE_KM = 300;
/** Heaviest terms of each article looked up in the other (`topShare`). */
const TOP_TERMS = 10;
/** Sentences of each article compared pairwise (`bestSent`), and the fewest content words one needs. */
const MAX_SENTENCES = 40;
const MIN_SENTENCE_WORDS = 3;

/** What one article contributes to the pair features (computed once per article). */
export interface PairSide {
  lang: string;
  /** The lead's keys (`t:` stems and `x:` language-neutral stems), weighted as in the whole article. */
  lead: { body: Vec; cross: Vec };
  title: { body: Vec; cross: Vec };
  entities: Vec;
  countries: Vec;
  places: { lat: number; lon: number }[];
  quoteWords: Set<string>;
  words: number;
  /** The whole article's weighted views the term features compare. */
  body: Vec;
  cross: Vec;
  titleX: Vec;
  /** Body terms weighted by IDF alone (the article's own scale: only cosines are taken of it). */
  idf: Vec;
  /** Each sentence's content terms, weighted by IDF. */
  sentences: Vec[];
  /** Figures that are neither years nor small counts (amounts, tolls, scores), each counted once. */
  figures: Vec;
  /** Calendar days the text names (`05-17`), and the weekdays its lead names (0 = Monday). */
  days: Set<string>;
  weekdays: Set<number>;
}

function restrict(weights: Vec, keys: Set<string>): Vec {
  const out: Vec = {};
  for (const k of keys) if (weights[k]) out[k] = weights[k]!;
  return out;
}

/** Keys of the words in a stretch of text, in both the language's and the language-neutral space. */
function keysOf(text: string, lang: string, names: ReadonlySet<string>): { body: Set<string>; cross: Set<string> } {
  const lexicon = lang === 'de' ? stemLexicon() : null;
  const body = new Set<string>();
  const cross = new Set<string>();
  for (const t of tokenize(text.slice(0, 5000))) {
    if (!/\p{L}/u.test(t.text) || t.text.length < 2 || isStopword(t.text)) continue;
    const st = stem(t.text, lang);
    body.add('t:' + st);
    const en = lexicon ? translateWord(t.text, lexicon, names) : null;
    if (en) for (const e in en) cross.add('x:' + e);
    else cross.add('x:' + st);
  }
  return { body, cross };
}

/** IDF of each body term, up to the article's scale: its TF-IDF weight over its sublinear count. */
function idfOf(weighted: Vec, counts: Vec): Vec {
  const out: Vec = {};
  for (const k in weighted) {
    const c = counts[k] ?? 0;
    if (c > 0) out[k] = weighted[k]! / (c <= 1 ? c : 1 + Math.log(c));
  }
  return out;
}

function sentenceVectors(doc: Doc, lang: string, idf: Vec): Vec[] {
  const out: Vec[] = [];
  for (const s of doc.sentences.slice(0, MAX_SENTENCES)) {
    const v: Vec = {};
    for (const t of s.tokens) {
      if (!/\p{L}/u.test(t.text) || t.text.length < 2 || isStopword(t.text)) continue;
      const k = 't:' + stem(t.text, lang);
      v[k] = idf[k] ?? 0;
    }
    if (Object.keys(v).length >= MIN_SENTENCE_WORDS) out.push(v);
  }
  return out;
}

/** Smallest figure counted as specific: below it, counts of people, days and the like. */
const SPECIFIC_FIGURE = 20;

/** Specific figures, each counted once: amounts and tolls, not years (1900 to 2100) or counts below `SPECIFIC_FIGURE`. */
function specificFigures(numbers: Vec): Vec {
  const out: Vec = {};
  for (const k in numbers) {
    const v = Number(k.slice(2));
    if (!Number.isFinite(v) || v < SPECIFIC_FIGURE || (Number.isInteger(v) && v >= 1900 && v <= 2100)) continue;
    out[k] = 1;
  }
  return out;
}

/** Characters of the text counted as its lead for weekdays: where a report says when it happened. */
const WEEKDAY_LEAD_CHARS = 1000;
const WEEKDAYS: [RegExp, number][] = [
  [/montag|monday/u, 0], [/dienstag|tuesday/u, 1], [/mittwoch|wednesday/u, 2], [/donnerstag|thursday/u, 3],
  [/freitag|friday/u, 4], [/samstag|sonnabend|saturday/u, 5], [/sonntag|sunday/u, 6],
];

/** Month-days of the dates the text names, and the weekdays named in its title and lead. */
function daysOf(doc: Doc): { days: Set<string>; weekdays: Set<number> } {
  const days = new Set<string>();
  const weekdays = new Set<number>();
  for (const t of doc.timexes) {
    const m = /^(?:\d{4}|XXXX)-(\d\d)-(\d\d)/.exec(t.value);
    if (m) days.add(`${m[1]}-${m[2]}`);
    if (t.start < WEEKDAY_LEAD_CHARS) {
      const text = t.text.toLowerCase();
      for (const [re, d] of WEEKDAYS) if (re.test(text)) weekdays.add(d);
    }
  }
  const title = (doc.article.title ?? '').toLowerCase();
  for (const [re, d] of WEEKDAYS) if (re.test(title)) weekdays.add(d);
  return { days, weekdays };
}

export function pairSide(doc: Doc, p: Pick<Prepared, 'features' | 'weighted'>): PairSide {
  const lang = p.features.lang;
  const leadEnd = doc.sentences[Math.min(LEAD_SENTENCES, doc.sentences.length) - 1]?.end ?? Math.min(600, doc.article.text.length);
  // as in profile.ts: the article's own names are never split as compounds
  const names = new Set(lang === 'de' ? doc.mentions.flatMap((m) => m.text.split(/\s+/u).map(fold)) : []);
  const lead = keysOf(doc.article.text.slice(0, leadEnd), lang, names);
  const title = keysOf(doc.article.title ?? '', lang, names);
  const w = p.weighted;
  const idf = idfOf(w.body, p.features.body);

  const countries: Vec = {};
  const located: { lat: number; lon: number; n: number }[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'LOC') continue;
    const place = resolvePlace(e.name, lang);
    // cities and countries, as the similarity model was trained on (regions came later)
    if (place.status !== 'resolved' || !place.country || place.feature === 'region') continue;
    countries[place.country] = (countries[place.country] ?? 0) + e.mentions;
    if (place.lat !== null && place.lon !== null) located.push({ lat: place.lat, lon: place.lon, n: e.mentions });
  }
  located.sort((x, y) => y.n - x.n);

  const quoteWords = new Set<string>();
  for (const q of doc.quotes) {
    for (const t of tokenize(q.text.slice(0, 2000))) {
      if (/\p{L}/u.test(t.text) && t.text.length >= 3 && !isStopword(t.text)) quoteWords.add(fold(t.text));
    }
  }
  return {
    lang,
    lead: { body: restrict(w.body, lead.body), cross: restrict(w.cross, lead.cross) },
    title: { body: restrict(w.body, title.body), cross: restrict(w.cross, title.cross) },
    entities: w.entities,
    countries: normalize(countries),
    places: located.slice(0, MAIN_PLACES),
    quoteWords,
    words: p.features.words,
    body: w.body,
    cross: w.cross,
    titleX: w.titleX,
    idf,
    sentences: sentenceVectors(doc, lang, idf),
    figures: specificFigures(w.numbers),
    ...daysOf(doc),
  };
}

/** Great-circle distance in km. */
function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad, dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Weighted Jaccard of two non-negative vectors: shared mass over total mass. */
function weightedJaccard(a: Vec, b: Vec): number {
  let num = 0, den = 0;
  for (const k in a) { const x = a[k]!, y = b[k] ?? 0; num += Math.min(x, y); den += Math.max(x, y); }
  for (const k in b) if (!(k in a)) den += b[k]!;
  return den > 0 ? num / den : 0;
}

/** Share of one vector's `k` heaviest keys that the other holds. */
function topShare(a: Vec, b: Vec): number {
  const top = Object.entries(a).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, TOP_TERMS);
  return top.length ? top.filter(([k]) => k in b).length / top.length : 0;
}

/** Each of `a`'s sentences' best cosine with a sentence of `b`, best first. */
function sentenceMatches(a: Vec[], b: Vec[]): number[] {
  const best = a.map((s) => b.reduce((m, t) => Math.max(m, weightedCosine(s, t)), 0));
  return best.sort((x, y) => y - x);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : 0);

/** Binary IDF vector of a weighted one: which terms occur, by how rare they are. */
function present(v: Vec, idf: Vec): Vec {
  const out: Vec = {};
  for (const k in v) if (idf[k]) out[k] = idf[k]!;
  return out;
}

export function termExtras(a: PairSide, b: PairSide): Record<(typeof TERM_FEATURES)[number], number> {
  const ab = sentenceMatches(a.sentences, b.sentences), ba = sentenceMatches(b.sentences, a.sentences);
  return {
    crossSame: weightedCosine(a.cross, b.cross),
    titleXSame: weightedCosine(a.titleX, b.titleX),
    binBody: a.lang === b.lang ? weightedCosine(present(a.body, a.idf), present(b.body, b.idf)) : 0,
    topShare: (topShare(a.body, b.body) + topShare(b.body, a.body)) / 2,
    topShareX: (topShare(a.cross, b.cross) + topShare(b.cross, a.cross)) / 2,
    bestSent: Math.max(ab[0] ?? 0, ba[0] ?? 0),
    bestSent3: (mean(ab.slice(0, 3)) + mean(ba.slice(0, 3))) / 2,
    langDe: a.lang === 'de' && b.lang === 'de' ? 1 : 0,
  };
}

/** Share of `a`'s title terms, each by its weight, that `b`'s body (which counts its title) holds; null without a title. */
function titleFound(a: PairSide, b: PairSide, view: 'body' | 'cross'): number | null {
  const title = a.title[view];
  let total = 0, found = 0;
  for (const k in title) {
    // the term's rarity: IDF in the article's own language, its TF-IDF weight in the language-neutral view
    const w = view === 'body' ? a.idf[k] ?? 0 : title[k]!;
    total += w;
    if (k in b[view]) found += w;
  }
  return total > 0 ? found / total : null;
}

export function titleExtras(a: PairSide, b: PairSide): Record<(typeof TITLE_FEATURES)[number], number> {
  const view = a.lang === b.lang ? 'body' : 'cross';
  const shares = [titleFound(a, b, view), titleFound(b, a, view)].filter((x): x is number => x !== null);
  return {
    titleIn: mean(shares),
    titleInMin: shares.length === 2 ? Math.min(...shares) : 0,
    titled: shares.length === 2 ? 1 : 0,
  };
}

/** Shared entity mass beyond the heaviest shared entity (unit TF-IDF views), and how many more are shared. */
function namesBeyondMain(a: Vec, b: Vec): { mass: number; count: number } {
  const products: number[] = [];
  for (const k in a) if (k in b) products.push(a[k]! * b[k]!);
  products.sort((x, y) => y - x);
  return { mass: products.slice(1).reduce((s, v) => s + v, 0), count: Math.max(0, products.length - 1) };
}

export function specificExtras(a: PairSide, b: PairSide): Record<(typeof SPECIFIC_FEATURES)[number], number> {
  let figShared = 0;
  for (const k in a.figures) if (k in b.figures) figShared++;
  const names = namesBeyondMain(a.entities, b.entities);
  return {
    figShared: Math.log1p(figShared),
    figCos: weightedCosine(a.figures, b.figures),
    namesBeyond: names.mass,
    namesShared: Math.log1p(names.count),
  };
}

/** 1 and 0 for two non-empty sets that share a member or share none; 0 and 0 where either is empty. */
function agreeOrClash<T>(a: Set<T>, b: Set<T>): [number, number] {
  if (!a.size || !b.size) return [0, 0];
  for (const x of a) if (b.has(x)) return [1, 0];
  return [0, 1];
}

export function dayExtras(a: PairSide, b: PairSide): Record<(typeof DAY_FEATURES)[number], number> {
  const [dayShared, dayClash] = agreeOrClash(a.days, b.days);
  const [weekdayShared, weekdayClash] = agreeOrClash(a.weekdays, b.weekdays);
  return { dayShared, dayClash, weekdayShared, weekdayClash };
}

export function pairExtras(a: PairSide, b: PairSide): Record<PairFeatureName, number> {
  const sameLang = a.lang === b.lang;
  const view = sameLang ? 'body' : 'cross';
  const lead = weightedCosine(a.lead[view], b.lead[view]);
  const titleLead = (weightedCosine(a.title[view], b.lead[view]) + weightedCosine(b.title[view], a.lead[view])) / 2;
  let nearest = Infinity;
  for (const p of a.places) for (const q of b.places) nearest = Math.min(nearest, distanceKm(p, q));
  let quotes = 0;
  if (a.quoteWords.size && b.quoteWords.size) {
    let shared = 0;
    for (const w of a.quoteWords) if (b.quoteWords.has(w)) shared++;
    quotes = shared / Math.min(a.quoteWords.size, b.quoteWords.size);
  }
  const longer = Math.max(a.words, b.words);
  return {
    lead,
    titleLead,
    entJaccard: weightedJaccard(a.entities, b.entities),
    country: weightedCosine(a.countries, b.countries),
    nearPlace: Number.isFinite(nearest) ? Math.exp(-nearest / PLACE_SCALE_KM) : 0,
    placeKnown: Number.isFinite(nearest) ? 1 : 0,
    quotes,
    lengthRatio: longer > 0 ? Math.min(a.words, b.words) / longer : 0,
    crossLang: sameLang ? 0 : 1,
    ...termExtras(a, b),
    ...titleExtras(a, b),
    ...specificExtras(a, b),
    ...dayExtras(a, b),
  };
}
