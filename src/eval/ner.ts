/**
 * `chronik eval ner --gold PATH`: exact-span NER scores of Chronik's tagger on gold data.
 *
 * Token formats (GermEval TSV/IOB2, CoNLL-2003, UNER, WikiNEuRal, Wikigold) are tagged on the
 * gold's own tokens and the spans tidied as the pipeline does (`tidySpans`); SmartData JSON runs the full text path (sentences → entities) and matches
 * character spans. The primary score is micro F1 over coarse PER/LOC/ORG/MISC (GermEval OTH =
 * MISC, `deriv`/`part` mapped to O); types the gold set does not annotate are left out of both
 * sides. For GermEval-style data the 12-label outer score is reported too.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Article, Doc } from '../types.js';
import type { EvalOptions, Progress } from './types.js';
import { coarseType, spansOf, type GoldSentence, type TokenSpan } from '../extract/entities/tags.js';
import { readGoldFile, readSmartData, type CharDoc } from './gold/ner.js';
import { SpanScorer, type TypedSpan } from '../extract/entities/score.js';
import { modelLangFor, tagSentence, taggerModel, type ModelLang } from '../extract/entities/tagger.js';
import { findMentions } from '../extract/entities/index.js';
import { tidySpans } from '../extract/entities/tidy.js';
import { splitSentences } from '../text/sentences.js';

const SKIP = /\.(md|pdf|avsc|sha256)$|^LICENSE|^README/i;

/** The gold files under a path (itself when a file). */
function goldFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (SKIP.test(name) ? [] : goldFiles(join(path, name))));
}

function isSmartData(path: string): boolean {
  return /\.json(\.gz)?$/i.test(path);
}

function coarseSpans(spans: TokenSpan[], keep: Set<string> | null): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const s of spans) {
    const t = coarseType(s.type);
    if (t && (!keep || keep.has(t))) out.push({ start: s.start, end: s.end, type: t });
  }
  return out;
}

interface Speed {
  tokens: number;
  ms: number;
  /** CPU time of this process while tagging (user + system), so a busy machine does not skew it. */
  cpuMs: number;
}

/** Runs `fn`, adding its wall and CPU time to `speed`. */
function timed<T>(speed: Speed, fn: () => T): T {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  speed.ms += performance.now() - t0;
  const c = process.cpuUsage(c0);
  speed.cpuMs += (c.user + c.system) / 1000;
  return out;
}

/**
 * CoNLL-2003 calls nationality adjectives (`deutschen`, `russischen`) MISC where GermEval,
 * whose scheme the German model learns, calls them LOCderiv: a schema mapping, not tuning.
 */
function derivAsMisc(tag: string): string {
  return tag.endsWith('deriv') ? tag.slice(0, 2) + 'MISC' : tag;
}

interface SchemaNotes {
  derivAsMisc: boolean;
}

function evalTokens(sentences: GoldSentence[], lang: ModelLang, coarse: SpanScorer, fine: SpanScorer, speed: Speed, warm: Speed, schema: SchemaNotes): void {
  // Types the gold annotates at all (UNER has no MISC: it is then left out on both sides).
  const goldTypes = new Set<string>();
  let hasFine = false;
  let namesMisc = false;
  for (const s of sentences) {
    for (const sp of spansOf(s.tags)) {
      const t = coarseType(sp.type);
      if (t) goldTypes.add(t);
      if (/(deriv|part)$/.test(sp.type)) hasFine = true;
      if (sp.type === 'MISC') namesMisc = true;
    }
  }
  // CoNLL-2003 scheme (MISC, no deriv/part): it annotates nationality adjectives as MISC
  const conllMisc = namesMisc && !hasFine;
  if (conllMisc) schema.derivAsMisc = true;
  const resources = lang === 'de' ? taggerModel('de')?.resources : undefined;
  const tagged = timed(speed, () => sentences.map((s) => tagSentence(lang, s.tokens)));
  // the same sentences again: the tagger's per-word cache is filled and its code compiled
  timed(warm, () => sentences.map((s) => tagSentence(lang, s.tokens)));
  warm.tokens += sentences.reduce((a, s) => a + s.tokens.length, 0);
  sentences.forEach((s, k) => {
    const predicted = conllMisc ? tagged[k]!.map(derivAsMisc) : tagged[k]!;
    speed.tokens += s.tokens.length;
    const goldSpans = spansOf(s.tags);
    // the spans as Chronik takes them for names (`tidySpans`: no role nouns, no verbs inside)
    const predSpans = tidySpans(s.tokens, spansOf(predicted), lang, resources).map(({ start, end, type }) => ({ start, end, type }));
    coarse.add(coarseSpans(goldSpans, goldTypes), coarseSpans(predSpans, goldTypes));
    if (hasFine) {
      const fineOf = (spans: TokenSpan[]) => spans.map((x) => ({ ...x, type: x.type === 'MISC' ? 'OTH' : x.type }));
      fine.add(fineOf(goldSpans), fineOf(predSpans));
    }
  });
}

function evalCharDocs(docs: CharDoc[], lang: string, coarse: SpanScorer, speed: Speed, warm: Speed): void {
  const analysed = docs.map((d) => {
    const article: Article = {
      id: d.id, input: d.id, url: null, source: null, title: null, text: d.text, lang, date: null, credits: [], contentHash: '',
    };
    const doc: Doc = { article, sentences: splitSentences(d.text), mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    return { d, doc, mentions: timed(speed, () => findMentions(doc)) };
  });
  for (const { doc } of analysed) {
    timed(warm, () => findMentions(doc));
    warm.tokens += doc.sentences.reduce((a, s) => a + s.tokens.length, 0);
  }
  for (const { d, doc, mentions } of analysed) {
    speed.tokens += doc.sentences.reduce((a, s) => a + s.tokens.length, 0);
    // SmartData has no MISC: left out of both sides
    coarse.add(
      d.entities.map((e) => ({ start: e.start, end: e.end, type: e.type })),
      mentions.filter((m) => m.type !== 'MISC').map((m) => ({ start: m.start, end: m.end, type: m.type })),
    );
  }
}

export async function evaluate(options: EvalOptions, progress: Progress): Promise<Record<string, unknown>> {
  const coarse = new SpanScorer();
  const fine = new SpanScorer();
  const speed: Speed = { tokens: 0, ms: 0, cpuMs: 0 };
  const warm: Speed = { tokens: 0, ms: 0, cpuMs: 0 };
  const schema: SchemaNotes = { derivAsMisc: false };
  const files = goldFiles(options.gold);
  let units = 0;
  const langs = new Set<string>();
  const loadStart = performance.now();
  taggerModel('de');
  taggerModel('en');
  const loadMs = performance.now() - loadStart;
  for (const file of files) {
    if (options.limit !== undefined && units >= options.limit) break;
    const left = options.limit !== undefined ? options.limit - units : Infinity;
    if (isSmartData(file)) {
      const docs = readSmartData(file).slice(0, left);
      const lang = options.lang ?? 'de';
      langs.add(lang);
      progress(`${file}: ${docs.length} documents (full text path, ${lang})`);
      evalCharDocs(docs, lang, coarse, speed, warm);
      units += docs.length;
    } else {
      const sentences = readGoldFile(file).slice(0, left);
      const lang = modelLangFor(options.lang ?? '', sentences.slice(0, 300).flatMap((s) => s.tokens));
      langs.add(lang);
      progress(`${file}: ${sentences.length} sentences (${lang} model)`);
      evalTokens(sentences, lang, coarse, fine, speed, warm, schema);
      units += sentences.length;
    }
  }
  const totals = coarse.totals();
  const perType = Object.fromEntries(
    Object.entries(coarse.perType()).map(([t, v]) => [t, { precision: v.precision, recall: v.recall, f1: v.f1, gold: v.gold, predicted: v.predicted }]),
  );
  const result: Record<string, unknown> = {
    task: 'ner',
    ...coarse.micro(),
    perType,
    counts: { gold: totals.gold, predicted: totals.predicted, correct: totals.tp, units },
    gold: options.gold,
    models: [...langs],
    speed: {
      tokens: speed.tokens,
      seconds: speed.ms / 1000,
      tokensPerSecond: speed.ms ? Math.round((speed.tokens / speed.ms) * 1000) : 0,
      cpuSeconds: speed.cpuMs / 1000,
      tokensPerCpuSecond: speed.cpuMs ? Math.round((speed.tokens / speed.cpuMs) * 1000) : 0,
      modelLoadSeconds: loadMs / 1000,
      // a second pass over the same input: cache filled, code compiled
      warmTokensPerCpuSecond: warm.cpuMs ? Math.round((warm.tokens / warm.cpuMs) * 1000) : 0,
    },
  };
  // only when the German model tagged it: the English one has no deriv labels
  if (schema.derivAsMisc && langs.has('de')) result.schemaMapping = 'predicted *deriv spans scored as MISC (CoNLL-2003 scheme)';
  const f = fine.totals();
  if (f.gold > 0) {
    result.outer12 = { ...fine.micro(), perType: fine.perType(), counts: { gold: f.gold, predicted: f.predicted } };
  }
  return result;
}

const pct = (x: unknown) => (typeof x === 'number' ? (x * 100).toFixed(2).padStart(6) : '   n/a');

export function format(result: Record<string, unknown>): string {
  const r = result as {
    precision: number; recall: number; f1: number;
    perType: Record<string, { precision: number; recall: number; f1: number; gold: number; predicted: number }>;
    counts: { gold: number; predicted: number; correct: number; units: number };
    speed: { tokens: number; tokensPerSecond: number; tokensPerCpuSecond: number; modelLoadSeconds: number; warmTokensPerCpuSecond?: number };
    outer12?: { precision: number; recall: number; f1: number; counts: { gold: number; predicted: number } };
    gold: string; models: string[]; schemaMapping?: string;
  };
  const lines = [
    `NER on ${r.gold} (${r.counts.units} sentences/documents, model ${r.models.join('+')})`,
    `coarse exact-span micro: P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}   gold ${r.counts.gold}, predicted ${r.counts.predicted}, correct ${r.counts.correct}`,
  ];
  for (const [t, v] of Object.entries(r.perType)) {
    lines.push(`  ${t.padEnd(5)} P ${pct(v.precision)}  R ${pct(v.recall)}  F1 ${pct(v.f1)}   gold ${v.gold}, predicted ${v.predicted}`);
  }
  if (r.schemaMapping) lines.push(`schema mapping: ${r.schemaMapping}`);
  if (r.outer12) {
    lines.push(`outer level, 12 labels (deriv/part kept): P ${pct(r.outer12.precision)}  R ${pct(r.outer12.recall)}  F1 ${pct(r.outer12.f1)}   gold ${r.outer12.counts.gold}, predicted ${r.outer12.counts.predicted}`);
  }
  lines.push(
    `speed: ${r.speed.tokens} tokens at ${r.speed.tokensPerSecond} tokens/s wall, ${r.speed.tokensPerCpuSecond} tokens per CPU second (one core, cold: ` +
      `first pass in a fresh process), ${r.speed.warmTokensPerCpuSecond ?? 'n/a'} warm (same input again); models loaded in ${r.speed.modelLoadSeconds.toFixed(2)} s`,
  );
  return lines.join('\n');
}
