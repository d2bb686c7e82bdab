/**
 * `chronik eval quotes`: runs Chronik's pipeline on the raw text of an attribution corpus
 * (SpkAtt JSON or brat stand-off, see eval/gold/quotes.ts) and scores its quotes.
 *
 * - quote P/R/F1: a predicted quote matches a gold message when their overlap is at least half
 *   of the longer one, counted in word tokens (punctuation and quotation marks are ignored, so a
 *   direct quote matches whether or not the gold includes its marks); one-to-one matching.
 * - speaker accuracy over matched quotes whose gold has a source: the predicted speaker phrase
 *   overlaps the gold source, or both resolve to the same article entity (the gold source's
 *   entity is that of its head, the last mention in it).
 * - per form: predicted quotes of a form against gold messages of the same form.
 * - roles: token-overlap P/R/F1 of Cue, Source and Message tokens over the whole corpus.
 */
import type { Article, Component, Doc, Mention } from '../types.js';
import type { EvalOptions, Progress } from './types.js';
import { prf } from './types.js';
import { readGold, type GoldAnnotation, type GoldDoc, type GoldToken } from './gold/quotes.js';
import { extractQuotes, type QuoteDetail } from '../extract/quotes/extract.js';
import { sentences } from '../text/index.js';

const WORD_RE = /[\p{L}\p{N}]/u;
const FORMS = ['direct', 'indirect', 'reported'] as const;
const ROLES = ['Cue', 'Source', 'Message'] as const;

interface Counts { tp: number; predicted: number; gold: number }
const zero = (): Counts => ({ tp: 0, predicted: 0, gold: 0 });

/** The pipeline's analysis components; only sentences when the full pipeline cannot load. */
async function components(): Promise<Component[]> {
  try {
    const p = await import('../pipeline.js');
    return p.defaultComponents().filter((c) => c.name !== 'quotes');
  } catch {
    return [sentences];
  }
}

function articleFor(doc: GoldDoc, i: number): Article {
  return {
    id: `gold-${i}`, input: doc.name, url: null, source: null, title: null, text: doc.text, lang: doc.lang,
    date: null, credits: [], contentHash: '',
  };
}

/** A gold document's text run through the pipeline's analysis (all but the quotes). */
function analyse(gold: GoldDoc, i: number, comps: Component[]): Doc {
  const doc: Doc = { article: articleFor(gold, i), sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
  for (const c of comps) c.apply(doc);
  return doc;
}

/** Every gold document run through the pipeline's analysis (for scoring several quote models on one analysis). */
export async function analyseDocs(docs: GoldDoc[]): Promise<Doc[]> {
  const comps = await components();
  return docs.map((g, i) => analyse(g, i, comps));
}

/** Gold tokens (word tokens only) that a character range covers. */
function tokensIn(tokens: GoldToken[], start: number, end: number): Set<number> {
  const out = new Set<number>();
  // binary search for the first token ending after start
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) if (WORD_RE.test(tokens[i]!.text)) out.add(i);
  return out;
}

const words = (tokens: GoldToken[], ids: number[]) => new Set(ids.filter((i) => WORD_RE.test(tokens[i]!.text)));

function overlap(a: Set<number>, b: Set<number>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** One-to-one matching of predicted and gold spans by decreasing overlap ratio. */
function match(pred: Set<number>[], gold: Set<number>[]): [number, number][] {
  const cands: [number, number, number][] = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const o = overlap(p, g);
    const longer = Math.max(p.size, g.size);
    if (longer && o >= 0.5 * longer) cands.push([i, j, o / longer]);
  }));
  cands.sort((x, y) => y[2] - x[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [i, j] of cands) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

export async function evaluate(options: EvalOptions, progress: Progress): Promise<Record<string, unknown>> {
  let docs = readGold(options.gold, options.lang);
  if (!docs.length) throw new Error(`no SpkAtt .json or brat .ann gold files under ${options.gold}`);
  if (options.limit) docs = docs.slice(0, options.limit);
  return { task: 'quotes', gold: options.gold, ...(await scoreDocs(docs, progress)) };
}

/** One matched quote whose gold has a source, with whether the predicted speaker was right (for error analysis). */
export interface SpeakerOutcome { gold: GoldDoc; annotation: GoldAnnotation; quote: QuoteDetail; right: boolean }

/**
 * Scores Chronik's quotes on gold documents already read (also used by the training script's
 * cross-validation); `onSpeaker` sees every scored speaker decision.
 */
export async function scoreDocs(
  docs: GoldDoc[], progress: Progress, onSpeaker?: (o: SpeakerOutcome) => void,
  /** Documents already analysed by the pipeline (same order as `docs`), to score several quote models on one analysis. */
  analysed?: Doc[],
): Promise<Record<string, unknown>> {
  const comps = analysed ? [] : await components();
  const quote = zero();
  const byForm = Object.fromEntries(FORMS.map((f) => [f, zero()])) as Record<(typeof FORMS)[number], Counts>;
  const roles = Object.fromEntries(ROLES.map((r) => [r, zero()])) as Record<(typeof ROLES)[number], Counts>;
  let speakerRight = 0;
  let speakerTotal = 0;
  let goldDocsWithQuotes = 0;
  const started = Date.now();

  docs.forEach((gold, di) => {
    if (di % 50 === 0) progress(`quotes: ${di}/${docs.length} documents`);
    const doc: Doc = analysed?.[di] ?? analyse(gold, di, comps);
    const predicted = extractQuotes(doc);
    const goldMsgs = gold.annotations.filter((a) => words(gold.tokens, a.message).size > 0);
    if (goldMsgs.length) goldDocsWithQuotes++;
    // a quote joined over its attribution covers its pieces only
    const predSets = predicted.map((q) => {
      const out = new Set<number>();
      for (const [s, e] of q.parts ?? [[q.start, q.end]]) for (const t of tokensIn(gold.tokens, s, e)) out.add(t);
      return out;
    });
    const goldSets = goldMsgs.map((a) => words(gold.tokens, a.message));

    // all forms together, and speakers on the matched pairs
    const pairs = match(predSets, goldSets);
    quote.tp += pairs.length;
    quote.predicted += predicted.length;
    quote.gold += goldMsgs.length;
    for (const [i, j] of pairs) {
      const g = goldMsgs[j]!;
      if (!words(gold.tokens, g.source).size) continue;
      speakerTotal++;
      const right = speakerCorrect(predicted[i]!, gold, g.source, doc);
      if (right) speakerRight++;
      onSpeaker?.({ gold, annotation: g, quote: predicted[i]!, right });
    }
    // per form
    for (const f of FORMS) {
      const pi = predicted.map((q, i) => [q, i] as const).filter(([q]) => q.form === f).map(([, i]) => i);
      const gi = goldMsgs.map((a, j) => [a, j] as const).filter(([a]) => a.form === f).map(([, j]) => j);
      const fp = match(pi.map((i) => predSets[i]!), gi.map((j) => goldSets[j]!));
      byForm[f].tp += fp.length;
      byForm[f].predicted += pi.length;
      byForm[f].gold += gi.length;
    }
    // role tokens
    const goldRole = {
      Cue: new Set(gold.annotations.flatMap((a) => [...words(gold.tokens, a.cue)])),
      Source: new Set(gold.annotations.flatMap((a) => [...words(gold.tokens, a.source)])),
      Message: new Set(gold.annotations.flatMap((a) => [...words(gold.tokens, a.message)])),
    };
    const predRole = { Cue: new Set<number>(), Source: new Set<number>(), Message: new Set<number>() };
    for (const q of predicted) {
      for (const [s, e] of q.cueSpans) for (const t of tokensIn(gold.tokens, s, e)) predRole.Cue.add(t);
      if (q.speakerStart !== null && q.speakerEnd !== null) for (const t of tokensIn(gold.tokens, q.speakerStart, q.speakerEnd)) predRole.Source.add(t);
      for (const t of predSets[predicted.indexOf(q)]!) predRole.Message.add(t);
    }
    for (const r of ROLES) {
      roles[r].tp += overlap(predRole[r], goldRole[r]);
      roles[r].predicted += predRole[r].size;
      roles[r].gold += goldRole[r].size;
    }
  });

  const seconds = (Date.now() - started) / 1000;
  return {
    documents: docs.length,
    quote: prf(quote.tp, quote.predicted, quote.gold),
    speakerAccuracy: speakerTotal ? speakerRight / speakerTotal : 0,
    byForm: Object.fromEntries(FORMS.map((f) => [f, { ...prf(byForm[f].tp, byForm[f].predicted, byForm[f].gold), gold: byForm[f].gold, predicted: byForm[f].predicted }])),
    roles: Object.fromEntries(ROLES.map((r) => [r, prf(roles[r].tp, roles[r].predicted, roles[r].gold)])),
    counts: { gold: quote.gold, predicted: quote.predicted, matched: quote.tp, speakersScored: speakerTotal, documentsWithQuotes: goldDocsWithQuotes },
    speed: { seconds, docsPerSecond: seconds ? docs.length / seconds : null },
  };
}

/**
 * Does the predicted speaker overlap the gold source, or resolve to the entity the gold source names?
 * The entity a gold source names is that of its head, the last mention in it (`Putins Sprecher
 * Dmitri Peskow` names Peskow, not Putin).
 */
function speakerCorrect(q: QuoteDetail, gold: GoldDoc, source: number[], doc: Doc): boolean {
  const goldSrc = words(gold.tokens, source);
  if (q.speakerStart !== null && q.speakerEnd !== null) {
    if (overlap(tokensIn(gold.tokens, q.speakerStart, q.speakerEnd), goldSrc) > 0) return true;
  }
  if (!q.speakerKey) return false;
  let head: Mention | null = null;
  for (const m of doc.mentions) {
    if (overlap(tokensIn(gold.tokens, m.start, m.end), goldSrc) > 0 && (!head || m.end > head.end)) head = m;
  }
  return head?.entity === q.speakerKey;
}

const pct = (x: unknown) => (typeof x === 'number' ? (100 * x).toFixed(1).padStart(5) : '  -  ');

export function format(result: Record<string, unknown>): string {
  const r = result as {
    gold: string; documents: number; quote: Record<string, number>; speakerAccuracy: number;
    byForm: Record<string, Record<string, number>>; roles: Record<string, Record<string, number>>;
    counts: Record<string, number>; speed: { seconds: number; docsPerSecond: number | null };
  };
  const lines = [
    `quotes on ${r.gold} (${r.documents} documents)`,
    `                 P      R      F1     gold  predicted`,
    `quotes        ${pct(r.quote.precision)}  ${pct(r.quote.recall)}  ${pct(r.quote.f1)}  ${String(r.counts.gold).padStart(6)}  ${String(r.counts.predicted).padStart(6)}`,
  ];
  for (const [f, v] of Object.entries(r.byForm)) {
    lines.push(`  ${f.padEnd(12)}${pct(v.precision)}  ${pct(v.recall)}  ${pct(v.f1)}  ${String(v.gold).padStart(6)}  ${String(v.predicted).padStart(6)}`);
  }
  lines.push(`speaker accuracy on matched quotes: ${pct(r.speakerAccuracy)} (${r.counts.speakersScored} with a gold source)`);
  lines.push(`role tokens      P      R      F1`);
  for (const [role, v] of Object.entries(r.roles)) lines.push(`  ${role.padEnd(12)}${pct(v.precision)}  ${pct(v.recall)}  ${pct(v.f1)}`);
  lines.push(`${r.speed.seconds.toFixed(1)} s, ${r.speed.docsPerSecond?.toFixed(1) ?? '-'} documents/s`);
  return lines.join('\n');
}
