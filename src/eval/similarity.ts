import { readFileSync } from 'node:fs';
import type { Doc, RawArticle } from '../types.js';
import type { EvalOptions, Progress } from './types.js';
import { prf } from './types.js';
import { prepareArticle } from '../ingest/prepare.js';
import { InputError } from '../ingest/errors.js';
import { loadAnalysis } from './cluster.js';
import { MemoryConnectState } from '../connect/memory-state.js';
import { prepare } from '../connect/index.js';
import { articleFeatures, documentKeys } from '../connect/profile.js';
import { articlePairSims, type PairSims } from '../connect/pair.js';
import { articleSimilarity, isSameEvent, similarityModel } from '../connect/similarity.js';
import { pearson } from '../connect/train/fit.js';
import { tfidfCosine } from '../connect/baseline.js';
import { annotatorAgreement } from './annotator-agreement.js';

/** One gold pair of SemEval-2022 task 8 (`pairs.jsonl` format); scores 1 = very similar … 4 = very dissimilar. */
export interface GoldPair {
  id: string;
  langs: string;
  a: RawArticle;
  b: RawArticle;
  overall: number;
  narrative: number | null;
}

export function loadPairs(path: string, limit?: number): GoldPair[] {
  const out: GoldPair[] = [];
  for (const [i, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    let j: Record<string, any>;
    try {
      j = JSON.parse(line);
    } catch {
      continue;
    }
    const overall = Number(j.scores?.overall ?? j.overall);
    if (typeof j.text1 !== 'string' || typeof j.text2 !== 'string' || !Number.isFinite(overall)) continue;
    const id = String(j.pair_id ?? `line${i + 1}`);
    const [id1, id2] = id.split('_');
    const raw = (n: 1 | 2, aid: string | undefined): RawArticle => ({
      input: `${path}:${i + 1}`,
      id: `${aid ?? id}-${n}`,
      title: typeof j[`title${n}`] === 'string' ? j[`title${n}`] : undefined,
      text: j[`text${n}`],
      lang: j[`lang${n}`],
    });
    const narrative = Number(j.scores?.narrative);
    out.push({
      id,
      langs: `${j.lang1}-${j.lang2}`,
      a: raw(1, id1),
      b: raw(2, id2),
      overall,
      narrative: Number.isFinite(narrative) ? narrative : null,
    });
    if (limit && out.length >= limit) break;
  }
  return out;
}

export interface AnalysedPair {
  pair: GoldPair;
  a: Doc;
  b: Doc;
  aIds: Map<string, string>;
  bIds: Map<string, string>;
}

/** Analyses both sides of every pair with Chronik's pipeline (pairs whose text is unusable are dropped). */
export async function analysePairs(pairs: GoldPair[], progress: Progress): Promise<AnalysedPair[]> {
  const { components, link } = await loadAnalysis();
  const analyse = (raw: RawArticle): Doc | null => {
    const p = prepareArticle(raw);
    if (p instanceof InputError) return null;
    const doc: Doc = { article: p.article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    for (const c of components) {
      try {
        c.apply(doc);
      } catch {
        // a failing stage leaves its part empty
      }
    }
    return doc;
  };
  const out: AnalysedPair[] = [];
  pairs.forEach((pair, i) => {
    const a = analyse(pair.a);
    const b = analyse(pair.b);
    if (a && b) out.push({ pair, a, b, aIds: link(a), bIds: link(b) });
    if ((i + 1) % 100 === 0) progress(`analysed ${i + 1}/${pairs.length} pairs`);
  });
  return out;
}

/**
 * Sub-similarities of every pair, with document frequencies from all articles of the set
 * (the texts only, no labels: the background a store would have).
 */
export function pairFeatures(pairs: AnalysedPair[]): PairSims[] {
  const state = new MemoryConnectState();
  const seen = new Set<string>();
  for (const p of pairs) {
    for (const [doc, ids] of [[p.a, p.aIds], [p.b, p.bIds]] as const) {
      if (seen.has(doc.article.id)) continue;
      seen.add(doc.article.id);
      state.addDocument(documentKeys(articleFeatures(doc, ids)));
    }
  }
  return pairs.map((p) => articlePairSims(p.a, prepare(p.a, p.aIds, state), p.b, prepare(p.b, p.bIds, state)));
}

/** Gold "same event": Overall ≤ 1.5; "different": ≥ 2.5; null in between (excluded). */
export function goldSame(overall: number): boolean | null {
  return overall <= 1.5 ? true : overall >= 2.5 ? false : null;
}

function sameEventF1(pred: boolean[], gold: (boolean | null)[]) {
  let tp = 0, p = 0, g = 0;
  gold.forEach((y, i) => {
    if (y === null) return;
    if (pred[i]) p++;
    if (y) g++;
    if (y && pred[i]) tp++;
  });
  return prf(tp, p, g);
}

/** The cosine threshold that best separates same from different on these pairs. */
function bestCut(scores: number[], gold: (boolean | null)[]): number {
  let best = 0.5, top = -1;
  for (let t = 0.05; t < 1; t += 0.025) {
    const f = sameEventF1(scores.map((s) => s >= t), gold).f1;
    if (f > top) { top = f; best = t; }
  }
  return best;
}

export async function evaluate(options: EvalOptions, progress: Progress): Promise<Record<string, unknown>> {
  const pairs = await analysePairs(loadPairs(options.gold, options.limit), progress);
  progress(`${pairs.length} pairs`);
  const sims = pairFeatures(pairs);
  const model = similarityModel();
  const chronik = sims.map((s) => articleSimilarity(s, model));
  // baseline: plain TF-IDF cosine with IDF over the same articles
  const df = new Map<string, number>();
  const docs = new Map<string, Doc>();
  for (const p of pairs) { docs.set(p.a.article.id, p.a); docs.set(p.b.article.id, p.b); }
  const { stemCounts } = await import('../connect/baseline.js');
  for (const d of docs.values()) for (const k in stemCounts(d)) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k: string) => Math.log((docs.size + 1) / ((df.get(k) ?? 0) + 1)) + 1;
  const tfidf = pairs.map((p) => tfidfCosine(p.a, p.b, idf));
  // similarity is the flipped gold scale: 1 (very similar) … 4 (very dissimilar)
  const goldSim = pairs.map((p) => -p.pair.overall);
  const groups = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    for (const g of ['all', p.pair.langs]) {
      if (!groups.has(g)) groups.set(g, []);
      groups.get(g)!.push(i);
    }
  });
  const pick = (xs: number[], idx: number[]) => idx.map((i) => xs[i]!);
  const pearsonBy = (xs: number[]) => Object.fromEntries([...groups].map(([g, idx]) => [g, pearson(pick(xs, idx), pick(goldSim, idx))]));
  const gold = pairs.map((p) => goldSame(p.pair.overall));
  const sameEvent = sameEventF1(sims.map((s) => isSameEvent(s, model)), gold);
  const cut = bestCut(tfidf, gold);
  // the languages scored here, both ways round
  const langs = [...new Set(pairs.flatMap((p) => [p.pair.langs, p.pair.langs.split('-').reverse().join('-')]))];
  const agreement = annotatorAgreement(options.gold, langs);
  return {
    task: 'similarity',
    pearson: pearsonBy(chronik),
    sameEvent,
    pairs: pairs.length,
    pairsByLanguage: Object.fromEntries([...groups].map(([g, idx]) => [g, idx.length])),
    baseline: {
      pearson: pearsonBy(tfidf),
      sameEvent: { ...sameEventF1(tfidf.map((s) => s >= cut), gold), threshold: cut, note: 'TF-IDF cosine; threshold chosen on this gold (its best case)' },
    },
    ...(agreement ? { annotatorAgreement: agreement } : {}),
  };
}

export function format(result: Record<string, unknown>): string {
  const r = result as Record<string, any>;
  const f = (x: number) => x.toFixed(3);
  let out = `similarity evaluation: ${r.pairs} pairs\n`;
  out += 'Pearson r with gold Overall (sign flipped):\n';
  for (const g of Object.keys(r.pearson)) {
    out += `  ${g.padEnd(6)} n=${String(r.pairsByLanguage[g]).padEnd(4)} Chronik ${f(r.pearson[g])}   TF-IDF cosine ${f(r.baseline.pearson[g])}\n`;
  }
  const s = r.sameEvent, b = r.baseline.sameEvent;
  out += `same event (gold ≤ 1.5 vs ≥ 2.5): Chronik P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)}   TF-IDF (t=${b.threshold.toFixed(3)}) P ${f(b.precision)} R ${f(b.recall)} F1 ${f(b.f1)}\n`;
  const h = r.annotatorAgreement;
  if (h) {
    out += `human agreement (one annotator vs the others' mean; official evaluation split, ${h.languages.join(' ')}, ${h.pairs} pairs rated more than once): `
      + `Pearson ${f(h.pearson)}, same event P ${f(h.sameEvent.precision)} R ${f(h.sameEvent.recall)} F1 ${f(h.sameEvent.f1)} (rating ≤ ${h.sameEvent.cut} same)\n`;
  }
  return out;
}
