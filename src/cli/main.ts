import { Command, CommanderError, Option } from 'commander';
import { join } from 'node:path';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { databaseLocation, openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { ProgressLine } from './progress.js';
import * as show from '../show/terminal.js';
import { packageRoot } from '../paths.js';
import { EVAL_TASKS } from './eval-tasks.js';
import { EXPORT_FORMATS, type ExportFormat } from '../show/export/index.js';
import type { StoryView } from '../show/views.js';

/** Exit statuses of the contract (spec/cli.md). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

class NotFound extends Error {}

interface Common {
  db?: string;
  json?: boolean;
}

function withCommon(cmd: Command): Command {
  return cmd
    .option('--db <file>', 'database file (default ./chronik.db or $CHRONIK_DB)')
    .option('--json', 'print machine-readable JSON on stdout');
}

function print(opts: Common, value: unknown, text: () => string): void {
  process.stdout.write(opts.json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

async function withStore<T>(opts: Common, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(databaseLocation(opts.db));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

function need<T>(value: T | null, what: string): T {
  if (value === null) throw new NotFound(`${what} not found`);
  return value;
}

async function runIngest(paths: string[], opts: Common & { date?: string; lang?: string; source?: string }): Promise<number> {
  // loaded on demand: the analysis models and language profiles are only needed to ingest
  const { analyze } = await import('../pipeline.js');
  const { ingest } = await import('../batch.js');
  return withStore(opts, async (store) => {
    const bar = new ProgressLine('ingest');
    const prepared: { date?: string; lang?: string; source?: string } = {};
    if (opts.date) prepared.date = opts.date;
    if (opts.lang) prepared.lang = opts.lang;
    if (opts.source) prepared.source = opts.source;
    const result = await ingest(paths, store, (a) => analyze(a), prepared, {
      warn: (m) => process.stderr.write(`warning: ${m}\n`),
      progress: (c) => bar.update(`${c.read} read, ${c.stored} stored, ${c.duplicates} duplicates, ${c.failed} failed`, c.read),
    });
    bar.finish(`${result.ingested} stored, ${result.duplicates} duplicates, ${result.failed.length} failed`, result.ingested + result.duplicates + result.failed.length);
    for (const f of result.failed) process.stderr.write(`error: ${f.input}: ${f.error}\n`);
    print(opts, result, () => show.renderIngest(result));
    return result.failed.length ? EXIT.failed : EXIT.ok;
  });
}

export function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('chronik')
    .description('Chronik turns piles and streams of news articles into stories you can read at a glance.')
    .version(JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version)
    .showHelpAfterError()
    .exitOverride();

  withCommon(program.command('ingest'))
    .description('ingest articles: .txt, .json, .jsonl, .html pages, RSS/Atom feeds (.rss, .atom, .xml), directories, or - for JSONL on stdin')
    .argument('<paths...>', 'files, directories, or -')
    .option('--date <date>', 'publication date for all inputs (YYYY[-MM[-DD]])')
    .option('--lang <code>', 'language for all inputs (de, en, …)')
    .option('--source <name>', 'source name for all inputs')
    .action(async (paths: string[], opts) => setExit(await runIngest(paths, opts)));

  withCommon(program.command('demo'))
    .description('ingest the bundled example corpus and print its stories as timelines')
    .action(async (opts: Common) => {
      const code = await runIngest([join(packageRoot(), 'examples', 'articles')], { ...opts, json: false });
      await withStore(opts, async (store) => {
        const stories = await store.listStories();
        if (opts.json) {
          print(opts, { stories: await Promise.all(stories.map((s) => store.getStory(s.id))) }, () => '');
          return;
        }
        process.stdout.write(`\n${show.renderStories(stories)}\n`);
        for (const s of stories) {
          const story = await store.getStory(s.id);
          if (story) process.stdout.write(`\n${'─'.repeat(88)}\n${show.renderStory(story)}\n`);
        }
        process.stdout.write(`\nExplore further: chronik story ID, chronik search QUERY, chronik entities, chronik serve\n`);
      });
      setExit(code);
    });

  withCommon(program.command('stories'))
    .description('list stories, newest activity first')
    .option('--limit <n>', 'at most this many', (v) => parseInt(v, 10), 100)
    .action(async (opts: Common & { limit: number }) =>
      withStore(opts, async (store) => {
        const stories = await store.listStories(opts.limit);
        print(opts, { stories }, () => show.renderStories(stories));
      }));

  withCommon(program.command('story'))
    .description('one story as a timeline of its events')
    .argument('<id>')
    .action(async (id: string, opts: Common) =>
      withStore(opts, async (store) => {
        const story = need(await store.getStory(id), `story ${id}`);
        print(opts, story, () => show.renderStory(story));
      }));

  withCommon(program.command('event'))
    .description('one event with its articles, quotes and the reasons for grouping them')
    .argument('<id>')
    .action(async (id: string, opts: Common) =>
      withStore(opts, async (store) => {
        const event = need(await store.getEvent(id), `event ${id}`);
        print(opts, event, () => show.renderEvent(event));
      }));

  withCommon(program.command('article'))
    .description('one article with its analysis')
    .argument('<id>')
    .action(async (id: string, opts: Common) =>
      withStore(opts, async (store) => {
        const article = need(await store.getArticle(id), `article ${id}`);
        print(opts, article, () => show.renderArticle(article));
      }));

  withCommon(program.command('search'))
    .description('full-text search (German and English stemming)')
    .argument('<query...>')
    .option('--entity <name>', 'only articles mentioning this entity (name or id)')
    .option('--from <date>', 'only articles dated on or after')
    .option('--to <date>', 'only articles dated on or before')
    .option('--lang <code>', 'only articles in this language')
    .option('--story <id>', 'only articles of this story')
    .option('--limit <n>', 'at most this many hits', (v) => parseInt(v, 10), 20)
    .action(async (query: string[], opts: Common & { entity?: string; from?: string; to?: string; lang?: string; story?: string; limit: number }) =>
      withStore(opts, async (store) => {
        const filters: Parameters<Store['search']>[1] = { limit: opts.limit };
        if (opts.entity) filters.entity = opts.entity;
        if (opts.from) filters.from = opts.from;
        if (opts.to) filters.to = opts.to;
        if (opts.lang) filters.lang = opts.lang;
        if (opts.story) filters.story = opts.story;
        const q = query.join(' ');
        const [hits, facets] = [await store.search(q, filters), await store.searchFacets(q, filters)];
        print(opts, { hits, facets }, () => show.renderSearch(hits, facets));
      }));

  withCommon(program.command('entities'))
    .description('canonical entities, most mentioned first')
    .addOption(new Option('--type <type>', 'only this type').choices(['PER', 'ORG', 'LOC', 'MISC', 'per', 'org', 'loc', 'misc']))
    .option('--limit <n>', 'at most this many', (v) => parseInt(v, 10), 1000)
    .action(async (opts: Common & { type?: string; limit: number }) =>
      withStore(opts, async (store) => {
        const entities = await store.listEntities({ ...(opts.type ? { type: opts.type } : {}), limit: opts.limit });
        print(opts, { entities }, () => show.renderEntities(entities));
      }));

  withCommon(program.command('entity'))
    .description('one entity: mentions over time, stories, co-occurring entities, quotes')
    .argument('<id-or-name>')
    .action(async (key: string, opts: Common) =>
      withStore(opts, async (store) => {
        let entity = await store.getEntity(key);
        if (!entity) {
          const found = await store.findEntities(key);
          entity = found[0] ? await store.getEntity(found[0].id) : null;
        }
        const e = need(entity, `entity ${key}`);
        print(opts, e, () => show.renderEntity(e));
      }));

  withCommon(program.command('quotes'))
    .description('quotes, optionally by one speaker')
    .option('--speaker <name>', 'speaker name or entity id')
    .option('--limit <n>', 'at most this many', (v) => parseInt(v, 10), 200)
    .action(async (opts: Common & { speaker?: string; limit: number }) =>
      withStore(opts, async (store) => {
        const quotes = await store.listQuotes({ ...(opts.speaker ? { speaker: opts.speaker } : {}), limit: opts.limit });
        print(opts, { quotes }, () => show.renderQuotes(quotes));
      }));

  withCommon(program.command('why'))
    .description('explain how two articles relate')
    .argument('<a>')
    .argument('<b>')
    .action(async (a: string, b: string, opts: Common) =>
      withStore(opts, async (store) => {
        const pair = need(await store.why(a, b), `article ${a} or ${b}`);
        print(opts, pair, () => show.renderWhy(pair));
      }));

  withCommon(program.command('export'))
    .description('write stories as one document: JSON, CSV (one row per article), Markdown or HTML')
    .argument('[ids...]', 'story ids (default: all stories)')
    .addOption(new Option('--format <format>', 'document format').choices(Object.keys(EXPORT_FORMATS)).default('markdown'))
    .option('--out <file>', 'write to this file (replaced whole, never half-written) instead of stdout')
    .action(async (ids: string[], opts: Common & { format: ExportFormat; out?: string }) =>
      withStore(opts, async (store) => {
        const wanted = ids.length ? ids : (await store.listStories(Number.MAX_SAFE_INTEGER)).map((s) => s.id);
        const bar = new ProgressLine('export');
        const stories: StoryView[] = [];
        for (const id of wanted) {
          stories.push(need(await store.getStory(id), `story ${id}`));
          bar.update(`${stories.length}/${wanted.length} stories`, stories.length);
        }
        const document = EXPORT_FORMATS[opts.json ? 'json' : opts.format](stories);
        if (!opts.out) {
          process.stdout.write(document);
          return;
        }
        const temporary = `${opts.out}.${process.pid}.tmp`;
        try {
          writeFileSync(temporary, document);
          renameSync(temporary, opts.out);
        } catch (e) {
          rmSync(temporary, { force: true });
          throw new Error(`cannot write ${opts.out}: ${(e as Error).message}`);
        }
        bar.finish(`${stories.length} stor${stories.length === 1 ? 'y' : 'ies'} written to ${opts.out}`, stories.length);
      }));

  withCommon(program.command('serve'))
    .description('HTTP API and web UI')
    .option('--port <n>', 'port', (v) => parseInt(v, 10), 8080)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .action(async (opts: Common & { port: number; host: string }) => {
      const { serve } = await import('../serve/server.js');
      const store = openStore(databaseLocation(opts.db));
      const app = await serve(store, { port: opts.port, host: opts.host });
      process.stderr.write(`Chronik at http://${opts.host}:${opts.port}/ (API under /api, description at /openapi.json)\n`);
      const stop = async () => {
        await app.close();
        await store.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      await new Promise(() => {});
    });

  withCommon(program.command('eval'))
    .description(`score the pipeline against gold data: ${EVAL_TASKS.join(', ')}`)
    .argument('<task>', EVAL_TASKS.join(' | '))
    .requiredOption('--gold <path>', 'gold file or folder')
    .option('--limit <n>', 'only the first N documents', (v) => parseInt(v, 10))
    .option('--lang <code>', 'language of the gold data, where the format does not say')
    .action(async (task: string, opts: Common & { gold: string; limit?: number; lang?: string }) => {
      if (!EVAL_TASKS.includes(task)) throw new CommanderError(EXIT.usage, 'chronik.usage', `unknown eval task "${task}" (one of ${EVAL_TASKS.join(', ')})`);
      const { runEval } = await import('./eval.js');
      const { result, text } = await runEval(task, opts);
      print(opts, result, () => text);
    });

  return program;
}

/** Runs the CLI; resolves to the process exit status. */
export async function main(argv: string[]): Promise<number> {
  // `chronik … | head`: the reader has gone, which is no error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT.ok);
    throw e;
  });
  let code: number = EXIT.ok;
  const program = buildProgram((c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      if (e.code === 'chronik.usage') process.stderr.write(`error: ${e.message}\n`);
      return EXIT.usage;
    }
    if (e instanceof NotFound) {
      process.stderr.write(`error: ${e.message}\n`);
      return EXIT.failed;
    }
    process.stderr.write(`error: ${(e as Error).message}\n`);
    return EXIT.failed;
  }
}
