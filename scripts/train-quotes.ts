/**
 * Trains Chronik's quote model (models/quotes.json.gz): the learned cue lexicon and the
 * quoted-span classifier, from the train splits of SpkAtt Wikinews (German) and PolNeAR
 * (English) in ../shared/data/quotes. Usage: npm run train:quotes
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sharedPath, modelPath } from '../src/paths.js';
import { readGold, type GoldDoc } from '../src/eval/gold/quotes.js';
import { extractQuotes } from '../src/extract/quotes/extract.js';
import { QUOTE_MODEL_FILE, setQuoteModel, type QuoteModel } from '../src/extract/quotes/model.js';
import type { Lang } from '../src/extract/quotes/frames.js';
import { splitSentences } from '../src/text/sentences.js';
import type { Doc } from '../src/types.js';

const WORD_RE = /[\p{L}\p{N}]/u;
/** Function words that are cues only inside fixed frames handled by rules (`nach Angaben`, `laut`, `so`). */
const NOT_LEARNED = new Set([
  'nach', 'laut', 'so', 'wie', 'es', 'von', 'als', 'der', 'die', 'das', 'den', 'dem', 'des', 'mit', 'zu', 'auf', 'in',
  'im', 'an', 'vor', 'ein', 'eine', 'einer', 'sich', 'hat', 'hatte', 'haben', 'ist', 'war', 'wird', 'wurde', 'sind',
  'the', 'to', 'of', 'in', 'on', 'a', 'an', 'has', 'had', 'have', 'is', 'was', 'be', 'been', 'that', 'as', 'for',
  'and', 'with', 'by', 'at', 'it', 'he', 'she', 'they', 'also', 'not', 'would', 'will', 'did', 'do', 'does',
]);

function load(parts: string[], lang: Lang): GoldDoc[] {
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

function toDoc(g: GoldDoc): Doc {
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
        return directOnly ? o >= 0.5 * Math.max(s.size, words.size) : o >= 0.5 * words.size;
      });
      out.push({ features, label });
    });
  }
  return out;
}

/** An averaged perceptron (deterministic order), returning the averaged weights. */
function trainPerceptron(examples: Example[], epochs = 20): Record<string, number> {
  const w = new Map<string, number>();
  const total = new Map<string, number>();
  const stamp = new Map<string, number>();
  let step = 1;
  const bump = (f: string, by: number) => {
    const last = stamp.get(f) ?? 0;
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + cur * (step - last));
    stamp.set(f, step);
    w.set(f, cur + by);
  };
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    // a fixed pseudo-random shuffle per epoch
    let seed = 17 + e;
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const ex = examples[i]!;
      const feats = [...ex.features, 'bias'];
      const s = feats.reduce((acc, f) => acc + (w.get(f) ?? 0), 0);
      const y = ex.label ? 1 : -1;
      if (y * s <= 0) for (const f of feats) bump(f, y);
      step++;
    }
  }
  const avg: Record<string, number> = {};
  for (const [f, cur] of w) {
    const t = (total.get(f) ?? 0) + cur * (step - (stamp.get(f) ?? 0));
    const v = Math.round((t / step) * 1000) / 1000;
    if (v !== 0) avg[f] = v;
  }
  return avg;
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

const de = load(['data', 'quotes', 'spkatt-wikinews-de', 'data', 'train'], 'de');
const en = load(['data', 'quotes', 'polnear-en', 'data', 'train'], 'en');
const cues = { de: cueLexicon(de), en: cueLexicon(en) };
console.log(`cue lexicon: ${Object.keys(cues.de).length} German, ${Object.keys(cues.en).length} English words`);
// spans are labelled with the cue lexicon in place, as the extractor will run
setQuoteModel({ cues, spans: {} as QuoteModel['spans'] });
const spans = { de: trainSpans(de, true, 'de'), en: trainSpans(en, false, 'en') };
const model: QuoteModel = { cues, spans };
const out = modelPath(QUOTE_MODEL_FILE);
mkdirSync(dirname(out), { recursive: true });
const gz = gzipSync(JSON.stringify(model));
writeFileSync(out, gz);
console.log(`wrote ${out} (${gz.length} bytes)`);
