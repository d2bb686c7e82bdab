import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { analyze } from '../src/pipeline.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import type { Doc } from '../src/types.js';

function docOf(id: string, text: string, date: string): Doc {
  const p = prepareArticle({ input: `${id}.txt`, id, text, date });
  if (p instanceof InputError) throw p;
  return analyze(p.article);
}

const TEXTS = [
  'Der Stadtrat von Bad Wendhausen hat am Montag den Bau eines neuen Hallenbads beschlossen. Bürgermeister Thomas Kerkhoff sprach von einem guten Tag.',
  'In Grubenstedt ist ein Lager des Chemieherstellers Kaltherm abgebrannt. Die Feuerwehr bat Anwohner, Fenster zu schließen.',
  'Russland und die Ukraine verhandeln in Genf über einen Austausch von Gefangenen. Beide Seiten nannten die Gespräche sachlich.',
];

test('articles stored in one group: a failing article is undone alone, the others are committed together', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'chronik-group-')), 'g.db');
  const store = new SqliteStore(path);
  const good = TEXTS.map((t, i) => docOf(`a${i}`, t, `2024-03-1${i}`));
  // an article whose mention cannot be stored fails after its article row was written
  const bad = docOf('bad', 'Angela Merkel besuchte am Dienstag Paris und traf dort Emmanuel Macron.', '2024-03-12');
  assert.ok(bad.mentions.length > 0);
  (bad.mentions[0] as { start: unknown }).start = null;
  const errors: string[] = [];
  await store.group(async () => {
    await store.addDoc(good[0]!);
    await store.addDoc(bad).catch((e: Error) => errors.push(e.message));
    await store.addDoc(good[1]!);
    await store.addDoc(good[2]!);
  });
  assert.equal(errors.length, 1);
  store.db.close();

  const reopened = new SqliteStore(path);
  const stats = await reopened.stats();
  assert.equal(stats.articles, 3);
  assert.equal(await reopened.hasArticle('bad'), false);
  const orphans = reopened.db.prepare("SELECT count(*) AS n FROM mentions WHERE article_id = 'bad'").get() as { n: number };
  assert.equal(orphans.n, 0);
  for (const d of good) assert.ok(await reopened.getArticle(d.article.id));
  await reopened.close();
});

test('a group that throws leaves nothing of its articles behind', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'chronik-group-')), 'g.db');
  const store = new SqliteStore(path);
  await store.addDoc(docOf('first', TEXTS[0]!, '2024-03-10'));
  await assert.rejects(
    store.group(async () => {
      await store.addDoc(docOf('second', TEXTS[1]!, '2024-03-11'));
      throw new Error('stopped');
    }),
    /stopped/,
  );
  // the store goes on working: the next article is stored and the first one is intact
  await store.addDoc(docOf('third', TEXTS[2]!, '2024-03-12'));
  assert.equal(await store.hasArticle('second'), false);
  assert.equal((await store.stats()).articles, 2);
  assert.ok(await store.getArticle('first'));
  await store.close();
});
