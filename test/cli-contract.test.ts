// The command-line contract: exit statuses, --json on stdout, errors on stderr.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chronik, chronikJson } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'chronik-cli-'));
const db = join(dir, 'cli.db');

test('exit 1 when some inputs fail, the rest stored, each failure named once on stderr', () => {
  writeFileSync(join(dir, 'good.jsonl'), '{"id":"g1","text":"Die Regierung in Berlin hat am Montag ein neues Klimagesetz vorgelegt.","date":"2024-05-06"}\n{broken\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = chronikJson(['ingest', join(dir, 'good.jsonl'), join(dir, 'empty.txt'), join(dir, 'missing.txt'), '--db', db]);
  assert.equal(r.status, 1);
  assert.equal(r.json.ingested, 1);
  assert.deepEqual(r.json.failed.map((f: { input: string }) => f.input.replace(dir + '/', '')).sort(), ['empty.txt', 'good.jsonl:2', 'missing.txt']);
  const errorLines = r.stderr.split('\n').filter((l) => l.startsWith('error: '));
  assert.equal(errorLines.length, 3);
  assert.ok(errorLines.every((l) => l.includes(dir)));
});

test('JSONL on stdin with --lang and --source overrides', () => {
  const r = chronikJson(['ingest', '-', '--db', db, '--source', 'wire', '--lang', 'de'], {
    input: '{"id":"s1","text":"Der Bundestag hat am Donnerstag über das Rentenpaket debattiert.","date":"2024-05-09"}\n',
  });
  assert.equal(r.status, 0);
  const a = chronikJson(['article', 's1', '--db', db]).json;
  assert.equal(a.source, 'wire');
  assert.equal(a.lang, 'de');
});

test('usage errors exit 2; unknown ids exit 1 with a message', () => {
  assert.equal(chronik(['frobnicate']).status, 2);
  assert.equal(chronik(['ingest']).status, 2);
  assert.equal(chronik(['eval', 'nonsense', '--gold', dir]).status, 2);
  const r = chronik(['story', 'st999', '--db', db]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /story st999 not found/);
  assert.equal(chronik(['--help']).status, 0);
});

test('CHRONIK_DB selects the database', () => {
  const r = chronikJson(['stories'], { env: { CHRONIK_DB: db } });
  assert.equal(r.status, 0);
  assert.ok(r.json.stories.length >= 1);
});
