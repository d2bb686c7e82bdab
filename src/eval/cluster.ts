import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Component, Doc, RawArticle } from '../types.js';
import type { EvalOptions, Progress } from './types.js';
import { prepareArticle } from '../ingest/prepare.js';
import { InputError } from '../ingest/errors.js';
import { defaultComponents } from '../pipeline.js';
import { linkEntities } from '../extract/entities/link.js';
import { MemoryEntityDirectory } from '../extract/entities/memory-directory.js';
import { connect } from '../connect/index.js';
import { MemoryConnectState } from '../connect/memory-state.js';
import { tfidfBaseline } from '../connect/baseline.js';
import { clusterScores, type Scores } from '../connect/partition-scores.js';
import { dayNumber, docDate } from '../connect/dates.js';

/** One gold article: its event cluster and, where the gold has one, its story/topic. */
export interface GoldArticle {
  raw: RawArticle;
  cluster: string;
  topic: string | null;
}

/**
 * Reads cluster gold: the ECB+ layout (`docs/<topic><ecb|ecbplus>/*.json`, news-please JSON,
 * the folder is the event, its number the topic) or JSONL of `{id, title?, text, date?, lang?,
 * cluster, story?|topic?}`.
 */
export function loadClusterGold(path: string, limit?: number): GoldArticle[] {
  const out: GoldArticle[] = statSync(path).isDirectory() ? loadFolders(path) : loadJsonl(path);
  return limit ? out.slice(0, limit) : out;
}

function loadFolders(root: string): GoldArticle[] {
  // accept the corpus folder itself or its docs/ folder
  const base = readdirSync(root).includes('docs') && statSync(join(root, 'docs')).isDirectory() ? join(root, 'docs') : root;
  const out: GoldArticle[] = [];
  for (const folder of readdirSync(base).sort()) {
    const dir = join(base, folder);
    if (!statSync(dir).isDirectory()) continue;
    const topic = /^(\d+)/.exec(folder)?.[1] ?? folder;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      try {
        const j = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
        const str = (k: string) => (typeof j[k] === 'string' && j[k] !== 'None' ? (j[k] as string) : undefined);
        const text = str('text') ?? '';
        if (!text.trim()) continue;
        out.push({
          raw: {
            input: join(dir, file),
            id: basename(file, '.json'),
            title: str('title'),
            text,
            date: str('date_publish'),
            lang: str('language'),
          },
          cluster: folder,
          topic,
        });
      } catch {
        // unreadable gold files are skipped, not fatal
      }
    }
  }
  return out;
}

function loadJsonl(path: string): GoldArticle[] {
  const out: GoldArticle[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let j: Record<string, unknown>;
    try {
      j = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return;
    }
    if (typeof j.text !== 'string' || j.cluster === undefined) return;
    const s = (k: string) => (typeof j[k] === 'string' ? (j[k] as string) : undefined);
    const topic = j.story ?? j.topic;
    out.push({
      raw: { input: `${path}:${i + 1}`, id: s('id') ?? `line${i + 1}`, title: s('title'), text: j.text, date: s('date'), lang: s('lang') },
      cluster: String(j.cluster),
      topic: topic === undefined ? null : String(topic),
    });
  });
  return out;
}

type Linker = (docs: Doc) => Map<string, string>;

/**
 * Chronik's analysis for evaluations, as ingest runs it: the pipeline's components and the
 * entity linker over one directory for the whole run (so entities are canonical across articles).
 */
export async function loadAnalysis(): Promise<{ components: Component[]; link: Linker }> {
  const directory = new MemoryEntityDirectory();
  return { components: defaultComponents(), link: (doc) => linkEntities(doc, directory) };
}

export interface AnalysedArticle {
  doc: Doc;
  entityIds: Map<string, string>;
  cluster: string;
  topic: string | null;
}

/** Prepares and analyses gold articles, then orders them as Chronik sees them: by date, undated last. */
export async function analyseGold(gold: GoldArticle[], progress: Progress): Promise<{ items: AnalysedArticle[] }> {
  const { components, link } = await loadAnalysis();
  const items: AnalysedArticle[] = [];
  const started = Date.now();
  gold.forEach((g, i) => {
    const prepared = prepareArticle(g.raw);
    if (prepared instanceof InputError) return;
    const doc: Doc = { article: prepared.article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    for (const c of components) {
      try {
        c.apply(doc);
      } catch (e) {
        progress(`${c.name} failed on ${doc.article.id}: ${(e as Error).message}`);
      }
    }
    items.push({ doc, entityIds: link(doc), cluster: g.cluster, topic: g.topic });
    if ((i + 1) % 100 === 0) progress(`analysed ${i + 1}/${gold.length} (${((Date.now() - started) / (i + 1)).toFixed(0)} ms/article)`);
  });
  return { items: inArrivalOrder(items) };
}

/** Date order, undated articles last (the order the store feeds connect), stable otherwise. */
export function inArrivalOrder<T extends { doc: Doc }>(items: T[]): T[] {
  return items
    .map((it, i) => ({ it, i, day: dayNumber(docDate(it.doc)?.value) }))
    .sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.i - b.i)
    .map((x) => x.it);
}

/** Runs connect online over the items; returns each item's event and story id. */
export function runConnect(items: AnalysedArticle[]): { events: string[]; stories: string[]; state: MemoryConnectState; msPerArticle: number } {
  const state = new MemoryConnectState();
  const started = process.hrtime.bigint();
  const assigned = items.map((it) => connect(it.doc, it.entityIds, state));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // events and stories merged later resolve to the id they live on now
  return {
    events: assigned.map((a) => state.resolve(a.eventId)),
    stories: assigned.map((a) => state.resolve(state.getEvent(a.eventId)?.parentId ?? a.storyId)),
    state,
    msPerArticle: items.length ? ms / items.length : 0,
  };
}

const BASELINE_GRID = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];

/** The TF-IDF baseline at the threshold that scores best on this gold (an upper bound for it). */
function bestBaseline(items: AnalysedArticle[], gold: string[]): Scores & { threshold: number } {
  let top: (Scores & { threshold: number }) | null = null;
  for (const t of BASELINE_GRID) {
    const labels = tfidfBaseline(items.map((it) => it.doc), t).map(String);
    const s = clusterScores(gold, labels);
    if (!top || s.bcubed.f1 > top.bcubed.f1) top = { ...s, threshold: t };
  }
  return top!;
}

function level(s: Scores) {
  return { bcubed: s.bcubed, pairwise: s.pairwise };
}

export async function evaluate(options: EvalOptions, progress: Progress): Promise<Record<string, unknown>> {
  const gold = loadClusterGold(options.gold, options.limit);
  progress(`${gold.length} gold articles`);
  const { items } = await analyseGold(gold, progress);
  const run = runConnect(items);
  progress(`connect: ${run.msPerArticle.toFixed(2)} ms/article`);
  const goldEvents = items.map((it) => it.cluster);
  const events = clusterScores(goldEvents, run.events);
  const baseline = bestBaseline(items, goldEvents);
  const result: Record<string, unknown> = {
    task: 'cluster',
    articles: items.length,
    ...level(events),
    events: { gold: events.clusters.gold, predicted: events.clusters.predicted },
    baseline: { ...level(baseline), events: { gold: baseline.clusters.gold, predicted: baseline.clusters.predicted }, threshold: baseline.threshold, note: 'online TF-IDF centroid clusterer; threshold chosen on this gold (its best case)' },
    msPerArticle: run.msPerArticle,
  };
  if (items.every((it) => it.topic !== null)) {
    const goldTopics = items.map((it) => it.topic!);
    const stories = clusterScores(goldTopics, run.stories);
    const baseTopics = bestBaseline(items, goldTopics);
    // events that mix two gold topics show where unrelated happenings were merged
    result.stories = { ...level(stories), stories: { gold: stories.clusters.gold, predicted: stories.clusters.predicted } };
    result.eventsVsTopics = level(clusterScores(goldTopics, run.events));
    result.baselineStories = { ...level(baseTopics), stories: { gold: baseTopics.clusters.gold, predicted: baseTopics.clusters.predicted }, threshold: baseTopics.threshold };
  }
  return result;
}

const pct = (x: unknown) => (typeof x === 'number' ? (100 * x).toFixed(1) : '-');

function row(name: string, s: unknown): string {
  const o = s as { bcubed?: Record<string, number>; pairwise?: Record<string, number> } | undefined;
  if (!o?.bcubed || !o.pairwise) return '';
  return `${name.padEnd(28)} B3 P ${pct(o.bcubed.precision)} R ${pct(o.bcubed.recall)} F1 ${pct(o.bcubed.f1)}   pairwise P ${pct(o.pairwise.precision)} R ${pct(o.pairwise.recall)} F1 ${pct(o.pairwise.f1)}\n`;
}

export function format(result: Record<string, unknown>): string {
  const r = result as Record<string, any>;
  let out = `cluster evaluation: ${r.articles} articles\n`;
  out += row('events: Chronik', r);
  out += row(`events: TF-IDF (t=${r.baseline?.threshold})`, r.baseline);
  out += `  events gold ${r.events?.gold}, Chronik ${r.events?.predicted}, TF-IDF ${r.baseline?.events?.predicted}\n`;
  if (r.stories) {
    out += row('stories/topics: Chronik', r.stories);
    out += row(`topics: TF-IDF (t=${r.baselineStories?.threshold})`, r.baselineStories);
    out += `  topics gold ${r.stories.stories.gold}, Chronik stories ${r.stories.stories.predicted}, TF-IDF ${r.baselineStories?.stories?.predicted}\n`;
  }
  out += `connect: ${Number(r.msPerArticle).toFixed(2)} ms/article`;
  return out + '\n';
}
