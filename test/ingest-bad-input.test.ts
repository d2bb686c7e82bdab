import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/read.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import type { RawArticle } from '../src/types.js';

async function readAll(paths: string[], stdin?: string) {
  const out: (RawArticle | InputError)[] = [];
  for await (const x of readInputs(paths, async () => Buffer.from(stdin ?? ''))) out.push(x);
  return out;
}

const dir = mkdtempSync(join(tmpdir(), 'chronik-bad-'));
const GOOD = 'Der Stadtrat von Neustadt hat am Montag den Haushalt beschlossen. Die Opposition stimmte dagegen.';

test('each bad input gives one error naming it, and the good ones still come through', async () => {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03, 0xff, 0x00]));
  writeFileSync(join(dir, 'broken.jsonl'), `{"text": "${GOOD}"}\n{"text": "kaputt\n{"id": 5}\n`);
  writeFileSync(join(dir, 'good.txt'), GOOD);
  writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.from([0x41, 0xc3, 0x28, 0x80, 0x81, 0x82, 0x83, 0x85, 0x86, 0x87]));
  const missing = join(dir, 'does-not-exist.txt');
  const items = await readAll([dir, missing]);
  const errors = items.filter((x): x is InputError => x instanceof InputError);
  const articles = items.filter((x): x is RawArticle => !(x instanceof InputError));
  const byInput = new Map(errors.map((e) => [e.input.replace(dir + '/', ''), e.message]));
  assert.equal(byInput.get('empty.txt'), 'empty file');
  assert.equal(byInput.get('binary.txt'), 'binary file, not text');
  assert.match(byInput.get('broken.jsonl:2')!, /invalid JSON line/);
  assert.match(byInput.get('broken.jsonl:3')!, /missing "text"/);
  assert.match(byInput.get('invalid-utf8.txt')!, /invalid UTF-8/);
  assert.equal(byInput.get('does-not-exist.txt'), 'no such file or directory');
  assert.deepEqual(articles.map((a) => a.input.replace(dir + '/', '')).sort(), ['broken.jsonl:1', 'good.txt']);
});

test('Latin-1 text is decoded, not rejected', async () => {
  const latin1 = Buffer.from('Die Bürger in Köln äußerten große Sorge über die Straße.', 'latin1');
  writeFileSync(join(dir, 'latin1.txt'), latin1);
  const [item] = await readAll([join(dir, 'latin1.txt')]);
  assert.ok(!(item instanceof InputError));
  assert.equal((item as RawArticle).text, 'Die Bürger in Köln äußerten große Sorge über die Straße.');
});

test('a 5 MB article is refused with a clear message', async () => {
  const big = join(dir, 'big.txt');
  writeFileSync(big, (GOOD + '\n').repeat(Math.ceil(5_000_000 / GOOD.length)));
  const [item] = await readAll([big]);
  const prepared = prepareArticle(item as RawArticle);
  assert.ok(prepared instanceof InputError);
  assert.match(prepared.message, /article too large: 5\.\d million characters/);
});

test('an unsupported file named directly is an error; inside a directory it is skipped', async () => {
  const sub = join(dir, 'sub');
  mkdirSync(sub, { recursive: true });
  writeFileSync(join(sub, 'notes.md'), '# notes');
  assert.equal((await readAll([sub])).length, 0);
  const [err] = await readAll([join(sub, 'notes.md')]);
  assert.ok(err instanceof InputError);
  assert.match(err.message, /unsupported file type/);
});

test('JSONL on stdin', async () => {
  const items = await readAll(['-'], `{"id":"a1","text":"${GOOD}","date":"2024-05-02","lang":"de"}\n\n{"text":""}\n`);
  assert.equal(items.length, 2);
  assert.equal((items[0] as RawArticle).id, 'a1');
  assert.ok(items[1] instanceof InputError);
  assert.equal((items[1] as InputError).input, '-:3');
});

test('prepare: unreadable metadata date leaves the article undated with a warning', () => {
  const p = prepareArticle({ input: 'x', text: GOOD, date: 'gestern' });
  assert.ok(!(p instanceof InputError));
  assert.equal(p.article.date, null);
  assert.match(p.warnings[0]!, /unreadable date/);
  assert.equal(p.article.lang, 'de');
});
