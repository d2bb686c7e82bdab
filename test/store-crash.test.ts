import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { packageRoot, sharedPath } from '../src/paths.js';
import { readGnadTexts } from '../src/eval/corpus/gnad.js';
import { chronikJson } from './helpers/cli.js';

const ARTICLES = 80;

/** Counts stored articles from a second connection, as a reader would while ingest runs. */
function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not created or migrated yet
  }
}

/** Starts `chronik ingest` and kills it (SIGKILL: no cleanup of any kind) once `after` articles are stored. */
async function ingestAndKill(input: string, db: string, after: number): Promise<void> {
  const child = spawn(process.execPath, [join(packageRoot(), 'bin', 'chronik.js'), 'ingest', input, '--db', db], { stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (;;) {
    const done = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 25))]);
    if (done) throw new Error('ingest finished before it could be interrupted');
    if (storedCount(db) >= after) break;
  }
  child.kill('SIGKILL');
  await exited;
}

test('an ingest killed mid-batch leaves a sound database, and running it again completes it as if never interrupted', async (t) => {
  const csv = sharedPath('data', 'corpus', '10kgnad-de', 'test.csv');
  if (!csv) return t.skip('../shared/data/corpus/10kgnad-de is absent');
  const dir = mkdtempSync(join(tmpdir(), 'chronik-crash-'));
  const input = join(dir, 'news.jsonl');
  const lines = readGnadTexts(csv).slice(0, ARTICLES).map((text, i) => {
    const date = new Date(Date.UTC(2016, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    return JSON.stringify({ id: `g${i + 1}`, text, date, lang: 'de' });
  });
  writeFileSync(input, `${lines.join('\n')}\n`);

  const crashed = join(dir, 'crashed.db');
  await ingestAndKill(input, crashed, 10);

  const conn = new Database(crashed);
  assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
  const stored = (conn.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  assert.ok(stored >= 10 && stored < ARTICLES, `${stored} articles stored before the kill`);
  // Each article went in whole: with its assignment, and its event and story exist.
  const orphans = conn.prepare(`
    SELECT count(*) AS n FROM articles a
    LEFT JOIN assignments s ON s.article_id = a.id
    LEFT JOIN events e ON e.id = s.event_id
    LEFT JOIN stories st ON st.id = s.story_id
    WHERE s.article_id IS NULL OR e.id IS NULL OR st.id IS NULL`).get() as { n: number };
  assert.equal(orphans.n, 0);
  const sizes = conn.prepare(`
    SELECT count(*) AS n FROM events e
    WHERE e.size != (SELECT count(*) FROM assignments s WHERE s.event_id = e.id)`).get() as { n: number };
  assert.equal(sizes.n, 0, 'event sizes match their stored articles');
  conn.close();

  const resumed = chronikJson(['ingest', input, '--db', crashed]);
  assert.equal(resumed.status, 0, resumed.stderr);
  assert.equal(resumed.json.ingested, ARTICLES - stored);
  assert.equal(resumed.json.duplicates, stored);

  const fresh = join(dir, 'fresh.db');
  assert.equal(chronikJson(['ingest', input, '--db', fresh]).status, 0);
  const assignments = (db: string) => {
    const c = new Database(db, { readonly: true });
    try {
      return c.prepare('SELECT article_id, event_id, story_id FROM assignments ORDER BY article_id').all();
    } finally {
      c.close();
    }
  };
  const after = assignments(crashed);
  assert.equal(after.length, ARTICLES);
  assert.deepEqual(after, assignments(fresh));
});
