/**
 * Trains Chronik's quote model (models/quotes.json.gz): the learned cue lexicon and the
 * quoted-span classifier, from the train splits of SpkAtt Wikinews (German) and PolNeAR
 * (English) in ../shared/data/quotes. Usage: npm run train:quotes
 * [-- --cv [--outcomes FILE]] [--quick] [--no-write] (see models/quotes.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { sharedPath, modelPath } from '../src/paths.js';
import { readGold, type GoldDoc } from '../src/eval/gold/quotes.js';
import { extractQuotes } from '../src/extract/quotes/extract.js';
import { QUOTE_MODEL_FILE, loadQuoteModel, setQuoteModel, type QuoteModel } from '../src/extract/quotes/model.js';
import type { Lang } from '../src/extract/quotes/frames.js';
import { splitSentences } from '../src/text/sentences.js';
import { analyseDocs, scoreDocs, type SpeakerOutcome } from '../src/eval/quotes.js';
import { AveragedWeights, seededShuffle } from './averaged-weights.js';
import type { Doc } from '../src/types.js';
import { recordSourceDecisions, type SourceDecision } from '../src/extract/quotes/source-rank.js';
import { recordFramelessDecisions, type FramelessDecision } from '../src/extract/quotes/frameless.js';
import { sentences as sentenceComponent } from '../src/text/index.js';
import { entities } from '../src/extract/entities/index.js';

const WORD_RE = /[\p{L}\p{N}]/u;
/** Function words that are cues only inside fixed frames handled by rules (`nach Angaben`, `laut`, `so`). */
const NOT_LEARNED = new Set([
  'nach', 'laut', 'so', 'wie', 'es', 'von', 'als', 'der', 'die', 'das', 'den', 'dem', 'des', 'mit', 'zu', 'auf', 'in',
  'im', 'an', 'vor', 'ein', 'eine', 'einer', 'sich', 'hat', 'hatte', 'haben', 'ist', 'war', 'wird', 'wurde', 'sind',
  'the', 'to', 'of', 'in', 'on', 'a', 'an', 'has', 'had', 'have', 'is', 'was', 'be', 'been', 'that', 'as', 'for',
  'and', 'with', 'by', 'at', 'it', 'he', 'she', 'they', 'also', 'not', 'would', 'will', 'did', 'do', 'does',
]);

export function load(parts: string[], lang: Lang): GoldDoc[] {
  const p = sharedPath(...parts);
  if (!p) throw new Error(`missing ../shared/${parts.join('/')}`);
  return readGold(p, lang);
}

/** Share of each word's occurrences that are cue tokens, for words seen often enough. */
function cueLexicon(docs: GoldDoc[]): Record<string, number> {
  const seen = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const d of docs) {
    const cueTokens = new Set(d.annotations.flatMap((a) => a.cue));
    d.tokens.forEach((t, i) => {
      if (!/^\p{Ll}[\p{Ll}-]{3,}$/u.test(t.text)) return;
      const w = t.text;
      seen.set(w, (seen.get(w) ?? 0) + 1);
      if (cueTokens.has(i)) cue.set(w, (cue.get(w) ?? 0) + 1);
    });
  }
  const out: Record<string, number> = {};
  for (const [w, c] of cue) {
    const n = seen.get(w)!;
    if (NOT_LEARNED.has(w) || c < 3) continue;
    const share = c / n;
    if (share >= 0.3) out[w] = Math.round(share * 100) / 100;
  }
  return out;
}

interface Example { features: string[]; label: boolean }

export function toDoc(g: GoldDoc): Doc {
  return {
    article: { id: g.name, input: g.name, url: null, source: null, title: null, text: g.text, lang: g.lang, date: null, credits: [], contentHash: '' },
    sentences: splitSentences(g.text), mentions: [], entities: [], timexes: [], quotes: [], eventDate: null,
  };
}

/** Every quoted span the extractor considers, labelled by whether a gold message matches it. */
function spanExamples(docs: GoldDoc[], directOnly: boolean): Example[] {
  const out: Example[] = [];
  for (const g of docs) {
    const golds = g.annotations
      .filter((a) => !directOnly || a.form === 'direct')
      .map((a) => new Set(a.message.filter((i) => WORD_RE.test(g.tokens[i]!.text))))
      .filter((s) => s.size);
    extractQuotes(toDoc(g), (span, features) => {
      const words = new Set<number>();
      g.tokens.forEach((t, i) => { if (t.start < span.innerEnd && t.end > span.innerStart && WORD_RE.test(t.text)) words.add(i); });
      if (!words.size) return;
      const label = golds.some((s) => {
        let o = 0;
        for (const x of words) if (s.has(x)) o++;
        // German: the span is the direct quote; English: most of the span lies in a content span
        // (PolNeAR joins the pieces of a quote split by its attribution into one content)
        return directOnly ? o >= 0.5 * Math.max(s.size, words.size) : o >= 0.5 * words.size && words.size >= 0.25 * s.size;
      });
      out.push({ features, label });
    });
  }
  return out;
}

/** An averaged perceptron (deterministic order), returning the averaged weights. */
function trainPerceptron(examples: Example[], epochs = 20): Record<string, number> {
  const weights = new AveragedWeights();
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    seededShuffle(order, 17 + e);
    for (const i of order) {
      const ex = examples[i]!;
      const feats = [...ex.features, 'bias'];
      const y = ex.label ? 1 : -1;
      if (y * weights.score(feats) <= 0) for (const f of feats) weights.bump(f, y);
      weights.tick();
    }
  }
  return weights.averaged();
}

function accuracy(weights: Record<string, number>, examples: Example[]): { accuracy: number; precision: number; recall: number } {
  let right = 0;
  let tp = 0;
  let pp = 0;
  let gp = 0;
  for (const ex of examples) {
    const s = [...ex.features, 'bias'].reduce((acc, f) => acc + (weights[f] ?? 0), 0);
    const p = s > 0;
    if (p === ex.label) right++;
    if (p && ex.label) tp++;
    if (p) pp++;
    if (ex.label) gp++;
  }
  return { accuracy: right / Math.max(1, examples.length), precision: tp / Math.max(1, pp), recall: tp / Math.max(1, gp) };
}

function trainSpans(docs: GoldDoc[], directOnly: boolean, lang: Lang): Record<string, number> {
  // hold out every fifth document to report how well the classifier generalises
  const held = docs.filter((_, i) => i % 5 === 4);
  const rest = docs.filter((_, i) => i % 5 !== 4);
  const check = trainPerceptron(spanExamples(rest, directOnly));
  const heldEx = spanExamples(held, directOnly);
  console.log(`${lang} span classifier, held-out fifth of train (${heldEx.length} spans):`, accuracy(check, heldEx));
  const all = spanExamples(docs, directOnly);
  const weights = trainPerceptron(all);
  console.log(`${lang} span classifier on all of train (${all.length} spans, ${all.filter((e) => e.label).length} quotes):`, accuracy(weights, all));
  return weights;
}

/** A source decision with the candidates that overlap the gold source (or the `none` candidate when the gold has none). */
export interface RankExample { candidates: string[][]; right: Set<number>; rule: number; form?: 'direct' | 'indirect' }

/** The source decisions the extractor makes on gold documents (with the entity tagger run), labelled by the gold cue's source. */
export function sourceExamples(docs: GoldDoc[]): RankExample[] {
  return docs.flatMap((g, di) => sourceExamplesOf(g, di));
}

/** The source decisions of one gold document, the `di`-th of its set (which decides whether the entity tagger runs). */
export function sourceExamplesOf(g: GoldDoc, di: number): RankExample[] {
  const out: RankExample[] = [];
  {
    const decisions: SourceDecision[] = [];
    recordSourceDecisions((d) => decisions.push(d));
    const doc = toDoc(g);
    doc.sentences = [];
    sentenceComponent.apply(doc);
    // every third document without the entity tagger, so the ranker does not lean on it alone
    // (it misses names and gets types wrong on unseen articles)
    if (di % 3 !== 2) entities.apply(doc);
    extractQuotes(doc);
    recordSourceDecisions(null);
    // gold token index by character offset, for the cue and source spans
    const goldAt = (start: number, end: number) => {
      const ids: number[] = [];
      g.tokens.forEach((t, i) => { if (t.start < end && t.end > start) ids.push(i); });
      return ids;
    };
    for (const d of decisions) {
      const cueTok = goldAt(d.tokens[d.cue[0]!]!.start, d.tokens[d.cue[0]!]!.end);
      const ann = g.annotations.find((a) => a.cue.some((i) => cueTok.includes(i)));
      if (!ann) continue;
      const src = new Set(ann.source.filter((i) => WORD_RE.test(g.tokens[i]!.text)));
      const right = new Set<number>();
      d.candidates.forEach((c, k) => {
        if (!c.range) { if (!src.size) right.add(k); return; }
        if (src.size && goldAt(d.tokens[c.range[0]]!.start, d.tokens[c.range[1] - 1]!.end).some((i) => src.has(i))) right.add(k);
      });
      if (!right.size) continue;
      let rule = d.candidates.findIndex((c) => c.features.includes('rule'));
      if (rule < 0) rule = d.candidates.findIndex((c) => !c.range);
      out.push({ candidates: d.candidates.map((c) => c.features), right, rule });
    }
  }
  return out;
}

/**
 * The speaker decisions for quotes without a cue, labelled by the gold message they match (at
 * least half of the longer one's words, as the evaluation matches): a phrase is right when it
 * overlaps the gold source, the previous speaker when its phrase or its entity's mentions do.
 */
export function framelessExamples(docs: GoldDoc[], analysed?: Doc[]): RankExample[] {
  return docs.flatMap((g, i) => framelessExamplesOf(g, analysed?.[i] ?? taggedDoc(g)));
}

/** A gold document's text with its sentences and entity mentions. */
export function taggedDoc(g: GoldDoc): Doc {
  const doc = toDoc(g);
  doc.sentences = [];
  sentenceComponent.apply(doc);
  entities.apply(doc);
  return doc;
}

/** The frameless speaker decisions of one gold document, analysed by `taggedDoc`. */
export function framelessExamplesOf(g: GoldDoc, doc: Doc): RankExample[] {
  const out: RankExample[] = [];
  {
    const decisions: FramelessDecision[] = [];
    recordFramelessDecisions((d) => decisions.push(d));
    extractQuotes(doc);
    recordFramelessDecisions(null);
    const wordsIn = (start: number, end: number) => {
      const ids = new Set<number>();
      g.tokens.forEach((t, i) => { if (t.start < end && t.end > start && WORD_RE.test(t.text)) ids.add(i); });
      return ids;
    };
    const overlaps = (a: Set<number>, b: Set<number>) => { for (const x of a) if (b.has(x)) return true; return false; };
    for (const d of decisions) {
      const q = wordsIn(d.quote[0], d.quote[1]);
      if (!q.size) continue;
      let ann: GoldDoc['annotations'][number] | null = null;
      for (const a of g.annotations) {
        const m = new Set(a.message.filter((i) => WORD_RE.test(g.tokens[i]!.text)));
        let o = 0;
        for (const x of q) if (m.has(x)) o++;
        if (m.size && o >= 0.5 * Math.max(m.size, q.size)) { ann = a; break; }
      }
      if (!ann) continue;
      const src = new Set(ann.source.filter((i) => WORD_RE.test(g.tokens[i]!.text)));
      const right = new Set<number>();
      d.candidates.forEach((c, k) => {
        if (c.kind === 'recent') {
          if (!src.size || !d.recent) return;
          if (overlaps(wordsIn(d.recent.start, d.recent.end), src)) right.add(k);
          else if (d.recent.key && doc.mentions.some((m) => m.entity === d.recent!.key && overlaps(wordsIn(m.start, m.end), src))) right.add(k);
          return;
        }
        if (!c.range) { if (!src.size) right.add(k); return; }
        const toks = d.tokens[c.sentence];
        if (src.size && overlaps(wordsIn(toks[c.range[0]]!.start, toks[c.range[1] - 1]!.end), src)) right.add(k);
      });
      if (!right.size) continue;
      let rule = d.candidates.findIndex((c) => c.features.includes('rule'));
      if (rule < 0) rule = d.candidates.findIndex((c) => c.kind === 'phrase' && !c.range);
      out.push({ candidates: d.candidates.map((c) => c.features), right, rule, form: d.form });
    }
  }
  return out;
}

type FramelessForm = 'direct' | 'indirect';

/**
 * The frameless speaker ranker of one language, with the quote forms it decides: a form is left to
 * the rules unless the ranker beats them by 2 points on at least 100 decisions, five-fold
 * cross-validated over documents (German direct quotes qualify, its subjunctive continuations do not).
 */
export function trainFrameless(docs: GoldDoc[], lang: Lang): { weights: Record<string, number>; forms: FramelessForm[] } | undefined {
  const folds = [0, 1, 2, 3, 4].map((k) => framelessExamples(docs.filter((_, i) => i % 5 === k)));
  const forms: FramelessForm[] = [];
  for (const form of ['direct', 'indirect'] as const) {
    let ranker = 0;
    let rules = 0;
    let n = 0;
    folds.forEach((fold, k) => {
      const test = fold.filter((e) => e.form === form);
      if (!test.length) return;
      const w = trainRanker(folds.filter((_, j) => j !== k).flat().filter((e) => e.form === form));
      const a = rankAccuracy(w, test);
      ranker += a.ranker * test.length;
      rules += a.rules * test.length;
      n += test.length;
    });
    if (!n) continue;
    console.log(`${lang} frameless speaker ranker, ${form} quotes, five-fold cross-validated (${n} decisions): ranker ${(ranker / n).toFixed(3)}, rules ${(rules / n).toFixed(3)}`);
    if (n >= 100 && ranker / n >= rules / n + 0.02) forms.push(form);
  }
  if (!forms.length) {
    console.log(`${lang} frameless speaker ranker not shipped: the rules decide`);
    return undefined;
  }
  const all = folds.flat().filter((e) => e.form && forms.includes(e.form));
  const weights = trainRanker(all);
  console.log(`${lang} frameless speaker ranker for ${forms.join(', ')} quotes, on all of train (${all.length} decisions):`, rankAccuracy(weights, all));
  return { weights, forms };
}

/**
 * An averaged ranking perceptron: pushes the best right candidate above the best-scoring wrong one.
 * Trained `orders` times over differently shuffled examples and averaged, so the weights depend less
 * on the order of a few hundred decisions.
 */
export function trainRanker(examples: RankExample[], epochs = 15, orders = 5): Record<string, number> {
  if (orders <= 1) return trainRankerOnce(examples, epochs, 31);
  const sum: Record<string, number> = {};
  for (let o = 0; o < orders; o++) {
    for (const [f, v] of Object.entries(trainRankerOnce(examples, epochs, 31 + 1000 * o))) sum[f] = (sum[f] ?? 0) + v / orders;
  }
  for (const f of Object.keys(sum)) sum[f] = Math.round(sum[f]! * 1000) / 1000;
  return sum;
}

function trainRankerOnce(examples: RankExample[], epochs: number, seed: number): Record<string, number> {
  const weights = new AveragedWeights();
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    seededShuffle(order, seed + e);
    for (const i of order) {
      const ex = examples[i]!;
      const scores = ex.candidates.map((fs) => weights.score(fs));
      let best = 0;
      scores.forEach((s, k) => { if (s > scores[best]!) best = k; });
      if (!ex.right.has(best)) {
        let gold = -1;
        for (const k of ex.right) if (gold < 0 || scores[k]! > scores[gold]!) gold = k;
        for (const f of ex.candidates[gold]!) weights.bump(f, 1);
        for (const f of ex.candidates[best]!) weights.bump(f, -1);
      }
      weights.tick();
    }
  }
  return weights.averaged();
}

export function rankAccuracy(weights: Record<string, number>, examples: RankExample[]): { ranker: number; rules: number } {
  let right = 0;
  let rules = 0;
  for (const ex of examples) {
    const scores = ex.candidates.map((fs) => fs.reduce((acc, f) => acc + (weights[f] ?? 0), 0));
    let best = 0;
    scores.forEach((s, k) => { if (s > scores[best]!) best = k; });
    if (ex.right.has(best)) right++;
    if (ex.right.has(ex.rule)) rules++;
  }
  const n = Math.max(1, examples.length);
  return { ranker: right / n, rules: rules / n };
}

function trainSources(docs: GoldDoc[], lang: Lang): Record<string, number> {
  const all = sourceExamples(docs);
  const held = all.filter((_, i) => i % 5 === 4);
  const check = trainRanker(all.filter((_, i) => i % 5 !== 4));
  console.log(`${lang} source ranker, held-out fifth of the decisions (${held.length}):`, rankAccuracy(check, held));
  const weights = trainRanker(all);
  console.log(`${lang} source ranker on all of train (${all.length} decisions):`, rankAccuracy(weights, all));
  return weights;
}

/**
 * Cue words whose quotes were mostly wrong on the training documents (fewer than 30 % matched a
 * gold message, at least 5 quotes): `points`, `shows` and the like are nouns more often than cues.
 */
function blockedCues(docs: GoldDoc[]): string[] {
  const stats = new Map<string, [number, number]>();
  for (const g of docs) {
    const doc = toDoc(g);
    doc.sentences = [];
    sentenceComponent.apply(doc);
    entities.apply(doc);
    const golds = g.annotations.map((a) => new Set(a.message.filter((i) => WORD_RE.test(g.tokens[i]!.text)))).filter((s) => s.size);
    for (const q of extractQuotes(doc)) {
      if (!q.cueSpans.length) continue;
      const word = g.text.slice(q.cueSpans[0]![0], q.cueSpans[0]![1]).toLowerCase();
      const words = new Set<number>();
      for (const [s, e] of q.parts ?? [[q.start, q.end]]) g.tokens.forEach((t, i) => { if (t.start < e && t.end > s && WORD_RE.test(t.text)) words.add(i); });
      const hit = golds.some((s) => {
        let o = 0;
        for (const x of words) if (s.has(x)) o++;
        return o >= 0.5 * Math.max(s.size, words.size);
      });
      const e = stats.get(word) ?? [0, 0];
      e[hit ? 0 : 1]++;
      stats.set(word, e);
    }
  }
  return [...stats].filter(([, [hit, miss]]) => hit + miss >= 5 && hit / (hit + miss) < 0.3).map(([w]) => w).sort();
}

/** One speaker decision as a tab-separated line: right or not, forms, how the speaker was found, cue, gold and predicted source, context. */
function describeOutcome(o: SpeakerOutcome): string {
  const { gold: g, annotation: a, quote: q } = o;
  const words = (ids: number[]) => ids.map((i) => g.tokens[i]!.text).join(' ');
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  const first = Math.min(...a.source, ...a.message, ...a.cue);
  const lastTok = Math.max(...a.source, ...a.message, ...a.cue);
  const from = g.tokens[Math.max(0, first)]!.start;
  const to = g.tokens[Math.min(g.tokens.length - 1, lastTok)]!.end;
  // the sentence start before the annotation, set off by ‖, shows what fills the prefield
  const lead = g.text.slice(Math.max(0, from - 100), from);
  const context = clean(`${lead.slice(Math.max(0, lead.search(/[.!?]\s[^.!?]*$/) + 1))}‖${g.text.slice(from, Math.min(to, from + 400))}`);
  const predicted = q.speakerStart !== null && q.speakerEnd !== null ? clean(g.text.slice(q.speakerStart, q.speakerEnd)) : '-';
  return [o.right ? 1 : 0, g.name, a.form, q.form, q.via ?? (q.cue ? 'cue' : 'none'), q.cue ?? '-', words(a.source), predicted, q.speaker ?? '-', context].join('\t');
}

/**
 * Five-fold cross-validation of the German speakers on train documents, the source and frameless
 * rankers retrained without each fold: a fair estimate of the speaker accuracy on unseen articles
 * (the cue lexicon, span classifier and blocked cues stay as trained). Returns the accuracy.
 */
async function crossValidate(model: QuoteModel, de: GoldDoc[]): Promise<number> {
  let right = 0;
  let total = 0;
  // `--outcomes FILE`: every out-of-fold speaker decision, one tab-separated line each, for error analysis
  const outcomesAt = process.argv.indexOf('--outcomes');
  const outcomesFile = outcomesAt > 0 ? process.argv[outcomesAt + 1] : undefined;
  const outcomes: string[] | null = outcomesFile ? ['right\tdoc\tgoldForm\tform\tvia\tcue\tgoldSource\tpredicted\tspeaker\tcontext'] : null;
  // each document is analysed once; the source decisions' features do not depend on the model's weights
  const tagged = de.map(taggedDoc);
  const analysed = await analyseDocs(de);
  setQuoteModel({ ...model, sources: { en: model.sources?.en } });
  const sourceByDoc = de.map((g, i) => sourceExamplesOf(g, i));
  const inFold = (k: number) => (_: unknown, i: number) => i % 5 === k;
  const outOfFold = (k: number) => (_: unknown, i: number) => i % 5 !== k;
  for (let k = 0; k < 5; k++) {
    const fold = de.filter(inFold(k));
    setQuoteModel({ ...model, sources: { en: model.sources?.en } });
    const sourcesDe = trainRanker(sourceByDoc.filter(outOfFold(k)).flat());
    setQuoteModel({ ...model, sources: { de: sourcesDe, en: model.sources?.en } });
    if (model.frameless?.de) {
      const forms = model.framelessForms?.de ?? [];
      const framelessDe = trainRanker(framelessExamples(de.filter(outOfFold(k)), tagged.filter(outOfFold(k))).filter((e) => e.form && forms.includes(e.form)));
      setQuoteModel({ ...model, sources: { de: sourcesDe, en: model.sources?.en }, frameless: { ...model.frameless, de: framelessDe } });
    }
    const r = (await scoreDocs(fold, () => {}, outcomes ? (o) => outcomes.push(describeOutcome(o)) : undefined, analysed.filter(inFold(k)))) as { speakerAccuracy: number; counts: { speakersScored: number } };
    right += r.speakerAccuracy * r.counts.speakersScored;
    total += r.counts.speakersScored;
    console.log(`fold ${k}: speaker accuracy ${r.speakerAccuracy.toFixed(3)} (${r.counts.speakersScored})`);
  }
  console.log(`German speaker accuracy, five-fold cross-validated on train: ${(right / total).toFixed(3)} (${total} quotes)`);
  if (outcomesFile && outcomes) { writeFileSync(outcomesFile, outcomes.join('\n') + '\n'); console.log(`wrote ${outcomes.length - 1} speaker decisions to ${outcomesFile}`); }
  setQuoteModel(model);
  return right / total;
}

async function main(): Promise<void> {
  const de = load(['data', 'quotes', 'spkatt-wikinews-de', 'data', 'train'], 'de');
  // `--quick`: cross-validate with the shipped model's other parts, retraining only the German rankers
  const shipped = process.argv.includes('--quick') ? loadQuoteModel() : null;
  if (shipped) {
    await crossValidate(shipped, de);
    return;
  }
  const en = load(['data', 'quotes', 'polnear-en', 'data', 'train'], 'en');
  const cues = { de: cueLexicon(de), en: cueLexicon(en) };
  console.log(`cue lexicon: ${Object.keys(cues.de).length} German, ${Object.keys(cues.en).length} English words`);
  // spans are labelled with the cue lexicon in place, as the extractor will run
  setQuoteModel({ cues, spans: {} as QuoteModel['spans'] });
  const sources = { de: trainSources(de, 'de'), en: trainSources(en, 'en') };
  setQuoteModel({ cues, sources, spans: {} as QuoteModel['spans'] });
  const spans = { de: trainSpans(de, true, 'de'), en: trainSpans(en, false, 'en') };
  setQuoteModel({ cues, spans, sources });
  const blocked = { de: blockedCues(de), en: blockedCues(en) };
  console.log(`blocked cues: ${blocked.de.length} German (${blocked.de.join(', ')}), ${blocked.en.length} English (${blocked.en.join(', ')})`);
  setQuoteModel({ cues, spans, sources, blockedCues: blocked });
  const frameless: NonNullable<QuoteModel['frameless']> = {};
  const framelessForms: NonNullable<QuoteModel['framelessForms']> = {};
  for (const [lang, docs] of [['de', de], ['en', en]] as const) {
    const r = trainFrameless(docs, lang);
    if (r) { frameless[lang] = r.weights; framelessForms[lang] = r.forms; }
  }
  const model: QuoteModel = { cues, spans, sources, blockedCues: blocked, frameless, framelessForms };
  if (process.argv.includes('--cv')) await crossValidate(model, de);
  // `--no-write`: figures only (error analysis, trying features), the shipped model stays
  if (process.argv.includes('--no-write')) return;
  const out = modelPath(QUOTE_MODEL_FILE);
  mkdirSync(dirname(out), { recursive: true });
  const gz = gzipSync(JSON.stringify(model));
  writeFileSync(out, gz);
  console.log(`wrote ${out} (${gz.length} bytes)`);
}

// the helpers above are shared with analysis scripts; training runs only when this file is the entry point
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
