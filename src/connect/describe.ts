import type { Doc, PartialDate, Quote, Reason, Sentence } from '../types.js';
import { displayTitle, shorten } from '../text/titles.js';
import type { ConnectState } from './state.js';
import { articleFeatures, documentKeys } from './profile.js';
import { idfFrom, weigh, type Idf } from './weigh.js';
import { similarities, type FeatureName, type Side } from './features.js';
import { loadModel, probability } from './model.js';
import { makeReason, sharedNames } from './reasons.js';
import { addInto, weightedCosine, type Vec } from './vector.js';
import { splitSentences } from '../text/sentences.js';
import { countStems, stem } from '../text/stem.js';
import { isStopword } from '../text/stopwords.js';
import { figures } from './numbers.js';
import { articleSimilarity } from './similarity.js';
import { pairExtras, pairSide } from './pair-features.js';

/** The relation of two articles: the event model's and the story model's verdicts, with why. */
export interface PairExplanation extends Reason {
  sameEvent: boolean;
  sameStory: boolean;
  eventScore: number;
  storyScore: number;
  /** Graded article similarity in [0, 1] (1 = same event, as in SemEval-2022 task 8). */
  similarity: number;
  similarities: Record<FeatureName, number>;
}

function sideOf(doc: Doc, ids: Map<string, string>, idf: Idf) {
  const f = articleFeatures(doc, ids);
  const w = weigh(f, idf);
  const side: Side = { views: w, langs: { [f.lang]: 1 }, size: 1, sigs: f.signature.length ? [f.signature] : [] };
  return { f, w, side };
}

/**
 * Explains how two articles relate (`chronik why A B`). Document frequencies come from the
 * store when given, so weights match those connect used; without one all keys weigh alike.
 */
export function explainPair(
  a: Doc,
  b: Doc,
  aIds: Map<string, string>,
  bIds: Map<string, string>,
  state?: ConnectState,
): PairExplanation {
  let idf: Idf = () => 1;
  if (state) {
    const keys = [...documentKeys(articleFeatures(a, aIds)), ...documentKeys(articleFeatures(b, bIds))];
    idf = idfFrom(state.documentFrequencies(keys), state.documentCount());
  }
  const A = sideOf(a, aIds, idf);
  const B = sideOf(b, bIds, idf);
  const gap = A.f.day !== null && B.f.day !== null ? Math.abs(A.f.day - B.f.day) : null;
  const sims = similarities(A.side, B.side, gap);
  const eventModel = loadModel('connect-event.json');
  const storyModel = loadModel('connect-story.json');
  const eventScore = probability(eventModel, sims);
  const storyScore = probability(storyModel, sims);
  const dup = sims.dup >= (eventModel.duplicate ?? 0.7);
  const sameEvent = dup || eventScore >= eventModel.threshold;
  const sameStory = sameEvent || storyScore >= storyModel.threshold;
  const names = (k: string) => A.f.names[k] ?? B.f.names[k];
  const ents = sharedNames(A.w.entities, B.w.entities, names);
  const sameLang = A.f.lang === B.f.lang;
  const terms = sameLang ? sharedNames(A.w.body, B.w.body, names) : sharedNames(A.w.cross, B.w.cross, () => undefined);
  const note = dup
    ? 'near-duplicates'
    : sameEvent ? 'same event' : sameStory ? 'different events of the same story' : 'unrelated: different stories';
  const reason = makeReason(
    dup ? 'duplicate' : sameEvent ? 'joined' : 'new',
    eventScore,
    eventModel.threshold,
    b.article.id,
    ents.length ? ents : sharedNames(A.w.caps, B.w.caps, names),
    terms,
    gap,
    note,
  );
  return {
    ...reason,
    sameEvent,
    sameStory,
    eventScore,
    storyScore,
    similarity: articleSimilarity({ ...sims, ...pairExtras(pairSide(a, { features: A.f, weighted: A.w }), pairSide(b, { features: B.f, weighted: B.w })) }),
    similarities: sims,
  };
}

/** What an event adds to its story's earlier events. */
export interface WhatsNew {
  actors: string[];
  places: string[];
  quotes: { speaker: string | null; text: string }[];
  figures: string[];
}

export interface EventDescription {
  title: string;
  summary: string;
  date: PartialDate | null;
  whatsNew: WhatsNew;
}

interface SentenceText {
  doc: number;
  index: number;
  text: string;
  vec: Vec;
}


// A dateline with a place in mixed case and a numeric date: `Grubenstedt, 12.09.2023 – `.
const NUMERIC_DATELINE = /^\p{Lu}[\p{L}.\s/-]{1,40},\s*\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{2}|\d{4})?\s*(?:\([^)\n]{1,30}\))?\s*[–—-]\s+/u;

/** A sentence without the wire dateline it may start with (`KALTENBACH, 7. Oktober (sid) – `). */
function withoutDateline(text: string): string {
  // shorten() with no length limit only drops an all-caps wire dateline
  return shorten(text.replace(NUMERIC_DATELINE, ''), Number.POSITIVE_INFINITY);
}

/** Whether a sentence's quotation marks pair up (a split inside a quote leaves a stray one). */
function quotesBalanced(text: string): boolean {
  const count = (c: string) => text.split(c).length - 1;
  if (count('"') % 2) return false;
  // German „…“ pairs, English “…”
  return text.includes('„') ? count('„') === count('“') : count('“') === count('”');
}

/** The analysed sentences (split here only for a Doc that skipped the sentence stage). */
function sentencesOf(doc: Doc): Sentence[] {
  return doc.sentences.length ? doc.sentences : splitSentences(doc.article.text.slice(0, 100_000));
}

function docSentences(doc: Doc, di: number): SentenceText[] {
  const text = doc.article.text;
  const sentences = sentencesOf(doc);
  return sentences.slice(0, 80).map((s, index) => {
    const t = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    return { doc: di, index, text: t, vec: countStems(s.tokens, doc.article.lang) };
  });
}

/** The most common date the articles give for the happening; else the earliest publication date. */
export function eventDateOf(docs: Doc[]): PartialDate | null {
  const counts = new Map<string, { d: PartialDate; n: number }>();
  for (const d of docs) {
    if (!d.eventDate) continue;
    const k = d.eventDate.value;
    const c = counts.get(k) ?? { d: d.eventDate, n: 0 };
    c.n += d.eventDate.precision === 'day' ? 1.5 : 1;
    counts.set(k, c);
  }
  let top: { d: PartialDate; n: number } | null = null;
  for (const c of counts.values()) if (!top || c.n > top.n || (c.n === top.n && c.d.value < top.d.value)) top = c;
  if (top) return { value: top.d.value, precision: top.d.precision };
  let first: PartialDate | null = null;
  for (const d of docs) {
    const pd = d.article.date;
    if (pd && (!first || pd.value < first.value)) first = { value: pd.value, precision: pd.precision };
  }
  return first;
}

function entityNames(docs: Doc[], types: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of docs) for (const e of d.entities) if (types.includes(e.type)) out.set(e.key, e.name);
  return out;
}

function quoteKey(q: Quote): string {
  return q.text.toLowerCase().replace(/\W+/g, ' ').trim().slice(0, 80);
}

/** One figure as a timeline states it, with what its sentences say around it. */
interface FigureUse {
  /** The figure and its unit as written (`400 000 Menschen`). */
  display: string;
  /** Stems of the other content words of the sentences that state it. */
  context: Set<string>;
  /** Keys of the entities (people, organisations, places) those sentences name. */
  names: Set<string>;
}

/** Figures with the word after them (`400 000 Menschen`), keyed by that word's stem, then by value. */
function figuresWithUnits(docs: Doc[]): Map<string, Map<string, FigureUse>> {
  const out = new Map<string, Map<string, FigureUse>>();
  for (const d of docs) {
    const text = d.article.text;
    for (const sentence of sentencesOf(d)) {
      const tokens = sentence.tokens;
      // what the sentence says around its figures, read once it holds one
      let around: { context: string[]; names: string[] } | null = null;
      for (let i = 0; i < tokens.length; i++) {
        if (!/^\d/.test(tokens[i]!.text)) continue;
        const nums = figures([tokens[i]!, ...(tokens[i + 1] && /^\d{3}$/.test(tokens[i + 1]!.text) ? [tokens[i + 1]!] : [])], text);
        const value = nums[0];
        // a year, a score or a clock time is no quantity that changes
        if (!value || /^(19|20)\d\d$/.test(value) || value.includes(':')) continue;
        // `57. Minute`, `13. Spieltag`: an ordinal counts a place in a row, no quantity that changes
        // (and a figure closing a sentence has no unit)
        const after = tokens[i + 1];
        if (/^\d+\.$/.test(tokens[i]!.text) || (after?.text === '.' && after.start === tokens[i]!.end)) continue;
        let j = i + 1;
        while (tokens[j] && /^[\d.,]+$/.test(tokens[j]!.text)) j++;
        const unit = tokens[j];
        if (!unit || !/^\p{L}{3,}$/u.test(unit.text) || isStopword(unit.text)) continue;
        const key = stem(unit.text, d.article.lang);
        if (!out.has(key)) out.set(key, new Map());
        const byValue = out.get(key)!;
        around ??= {
          context: tokens.filter((t) => /^\p{L}{3,}$/u.test(t.text) && !isStopword(t.text)).map((t) => stem(t.text, d.article.lang)),
          names: d.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.entity),
        };
        const use = byValue.get(value) ?? { display: text.slice(tokens[i]!.start, unit.end), context: new Set<string>(), names: new Set<string>() };
        for (const w of around.context) if (w !== key) use.context.add(w);
        for (const n of around.names) use.names.add(n);
        byValue.set(value, use);
      }
    }
  }
  return out;
}

/** Stems the stemmer left apart by an inflection ending (`neubau`, `neubaus`). */
function sameStem(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}

/** Content words two statements of a figure share at least, besides its unit, to be one quantity. */
const SAME_QUANTITY_WORDS = 2;

/**
 * Whether two figures of one unit count the same thing: their sentences share other content
 * words (`Stadtrat`, `Neubau` around `19 zu 17 Stimmen` and `21 zu 15 Stimmen`), and where both
 * name people, organisations or places, one of them (2,300 people at Weserstrom are not 180 people
 * at Gridlogic; 3,000 protesters in Bremerhaven are not its 2,300 staff).
 */
function sameQuantity(a: FigureUse, b: FigureUse): boolean {
  const others = [...b.context];
  let shared = 0;
  for (const w of a.context) if (b.context.has(w) || others.some((v) => sameStem(w, v))) shared++;
  if (shared < SAME_QUANTITY_WORDS) return false;
  if (!a.names.size || !b.names.size) return true;
  for (const x of a.names) if (b.names.has(x)) return true;
  return false;
}

function whatsNewOf(docs: Doc[], earlier: Doc[][]): WhatsNew {
  const before = earlier.flat();
  const seenNames = new Set([...entityNames(before, ['PER', 'ORG', 'LOC', 'MISC']).values()].map((n) => n.toLowerCase()));
  const seenKeys = new Set(before.flatMap((d) => d.entities.map((e) => e.key)));
  const fresh = (types: string[]) => [...entityNames(docs, types)]
    .filter(([k, n]) => !seenKeys.has(k) && !seenNames.has(n.toLowerCase()))
    .map(([, n]) => n)
    .slice(0, 8);
  const seenQuotes = new Set(before.flatMap((d) => d.quotes.map(quoteKey)));
  const quotes: WhatsNew['quotes'] = [];
  for (const d of docs) for (const q of d.quotes) {
    if (quotes.length >= 3 || seenQuotes.has(quoteKey(q)) || q.text.length < 20) continue;
    seenQuotes.add(quoteKey(q));
    quotes.push({ speaker: q.speaker, text: q.text });
  }
  const figs: string[] = [];
  if (before.length) {
    const old = figuresWithUnits(before);
    for (const [unit, values] of figuresWithUnits(docs)) {
      const prev = old.get(unit);
      if (!prev) continue;
      for (const [value, use] of values) {
        if (prev.has(value) || figs.length >= 5) continue;
        const earlier = [...prev.values()].filter((p) => sameQuantity(use, p));
        if (earlier.length) figs.push(`${use.display} (before: ${earlier.slice(0, 2).map((p) => p.display).join(', ')})`);
      }
    }
  }
  return { actors: fresh(['PER', 'ORG']), places: fresh(['LOC']), quotes, figures: figs };
}

/**
 * Describes an event for a timeline: the display title of its most central article, one to three
 * central sentences as summary, the date the articles give for it, and what it adds to the
 * story's earlier events.
 */
export function describeEvent(docs: Doc[], earlier: Doc[][] = []): EventDescription {
  if (!docs.length) return { title: '', summary: '', date: null, whatsNew: { actors: [], places: [], quotes: [], figures: [] } };
  const sentences = docs.flatMap((d, i) => docSentences(d, i));
  const centroid: Vec = {};
  for (const s of sentences) addInto(centroid, s.vec);
  const docVecs = docs.map((_, i) => {
    const v: Vec = {};
    for (const s of sentences) if (s.doc === i) addInto(v, s.vec);
    return v;
  });
  let central = 0;
  let bestScore = -1;
  docVecs.forEach((v, i) => {
    const sc = weightedCosine(v, centroid) + (docs[i]!.article.title ? 0.05 : 0);
    if (sc > bestScore) { bestScore = sc; central = i; }
  });
  const lead = docs[central]!;
  // The summary reads in one language: that of the article the title comes from.
  const lang = lead.article.lang;

  // Central sentences, with a preference for leads (news puts the core first).
  const ranked = sentences
    .filter((s) => docs[s.doc]!.article.lang === lang)
    .map((s) => ({ ...s, text: withoutDateline(s.text) }))
    .filter((s) => { const n = s.text.split(' ').length; return n >= 6 && n <= 60 && quotesBalanced(s.text); })
    .map((s) => ({ s, score: weightedCosine(s.vec, centroid) * (1 + 0.5 / (1 + s.index)) }))
    .sort((x, y) => y.score - x.score);
  const chosen: SentenceText[] = [];
  for (const { s } of ranked) {
    if (chosen.length >= 3) break;
    if (chosen.some((c) => weightedCosine(c.vec, s.vec) > 0.5)) continue;
    chosen.push(s);
    if (chosen.length >= 1 && docs.length === 1 && chosen.length >= 2) break;
  }
  chosen.sort((x, y) => x.doc - y.doc || x.index - y.index);
  return {
    title: displayTitle(lead.article.title, lead.article.text, 100) || lead.article.id,
    summary: chosen.map((s) => s.text).join(' '),
    date: eventDateOf(docs),
    whatsNew: whatsNewOf(docs, earlier),
  };
}
