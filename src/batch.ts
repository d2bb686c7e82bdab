import type { Doc, RawArticle } from './types.js';
import type { Store } from './store/store.js';
import type { IngestResult } from './show/views.js';
import { readInputs } from './ingest/read.js';
import { prepareArticle, type PrepareOptions } from './ingest/prepare.js';
import { InputError } from './ingest/errors.js';

export interface IngestOptions extends PrepareOptions {
  /** Articles analysed and then stored together in date order (online clustering wants date order). */
  chunkSize?: number;
  stdin?: () => Promise<Buffer>;
}

export interface IngestReporter {
  warn(message: string): void;
  progress(counts: { read: number; stored: number; duplicates: number; failed: number }): void;
}

/** Articles committed together (at most this many are stored again after a crash). */
const COMMIT_GROUP = 50;

const quiet: IngestReporter = { warn() {}, progress() {} };

/**
 * Ingests every input: read → prepare (clean, language, date) → drop exact duplicates →
 * analyse → store in date order (undated last). Each article is stored whole or not at all;
 * a bad input is listed in `failed` and the batch goes on.
 */
export async function ingest(
  paths: string[],
  store: Store,
  analyze: (article: Doc['article']) => Doc,
  options: IngestOptions = {},
  reporter: IngestReporter = quiet,
): Promise<IngestResult> {
  return ingestArticles(readInputs(paths, options.stdin), store, analyze, options, reporter);
}

/** The same for articles from any source (files, the HTTP API). */
export async function ingestArticles(
  items: AsyncIterable<RawArticle | InputError> | Iterable<RawArticle | InputError>,
  store: Store,
  analyze: (article: Doc['article']) => Doc,
  options: IngestOptions = {},
  reporter: IngestReporter = quiet,
): Promise<IngestResult> {
  const result: IngestResult = { ingested: 0, duplicates: 0, failed: [], articles: [] };
  const chunkSize = options.chunkSize ?? 500;
  let chunk: Doc[] = [];
  const seenHashes = new Set<string>();
  const seenIds = new Set<string>();
  let read = 0;
  // articles of the group being stored, counted as stored in the progress until its commit
  let pending = 0;
  const report = () => reporter.progress({ read, stored: result.ingested + pending, duplicates: result.duplicates, failed: result.failed.length });

  const fail = (input: string, error: string) => result.failed.push({ input, error });

  /** Stores one article inside a group; its line for the result, or null when it failed. */
  const storeOne = async (doc: Doc): Promise<IngestResult['articles'][number] | null> => {
    try {
      const stored = await store.addDoc(doc);
      const d = doc.article.date;
      return {
        id: stored.id,
        input: doc.article.input,
        lang: doc.article.lang,
        date: d ? { value: d.value, precision: d.precision, ...(d.estimated ? { estimated: true } : {}) } : null,
        event: stored.assignment.eventId,
        story: stored.assignment.storyId,
      };
    } catch (e) {
      fail(doc.article.input, `not stored: ${(e as Error).message}`);
      return null;
    }
  };

  const flush = async () => {
    chunk.sort(byDate);
    // one commit per group of articles: a commit per article cost more than storing it
    for (let i = 0; i < chunk.length; i += COMMIT_GROUP) {
      const group = chunk.slice(i, i + COMMIT_GROUP);
      const stored: IngestResult['articles'] = [];
      try {
        await store.group(async () => {
          for (const doc of group) {
            const line = await storeOne(doc);
            if (line) stored.push(line);
            pending = stored.length;
            report();
          }
        });
        result.ingested += stored.length;
        result.articles.push(...stored);
      } catch (e) {
        // the commit itself failed (disk full, database locked): none of the group is stored
        for (const line of stored) fail(line.input, `not stored: ${(e as Error).message}`);
      }
      pending = 0;
      report();
    }
    chunk = [];
  };

  for await (const item of items) {
    read++;
    if (item instanceof InputError) {
      fail(item.input, item.message);
      report();
      continue;
    }
    const prepared = prepareArticle(item, options);
    if (prepared instanceof InputError) {
      fail(prepared.input, prepared.message);
      report();
      continue;
    }
    for (const w of prepared.warnings) reporter.warn(w);
    const article = prepared.article;
    if (seenHashes.has(article.contentHash) || (await store.findByContent(article.contentHash))) {
      result.duplicates++;
      report();
      continue;
    }
    seenHashes.add(article.contentHash);
    // the same id with different content (an updated article): keep both, apart
    if (seenIds.has(article.id) || (await store.hasArticle(article.id))) article.id = `${article.id}-${article.contentHash.slice(0, 8)}`;
    seenIds.add(article.id);
    try {
      chunk.push(analyze(article));
    } catch (e) {
      fail(article.input, `analysis failed: ${(e as Error).message}`);
    }
    if (chunk.length >= chunkSize) await flush();
  }
  await flush();
  return result;
}

function byDate(a: Doc, b: Doc): number {
  const x = a.article.date?.value ?? null;
  const y = b.article.date?.value ?? null;
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
