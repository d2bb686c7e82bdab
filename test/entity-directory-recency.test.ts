// Entity lookups read each key's most recently saved entities only (ENTITY_KEY_READ), in memory
// and in SQLite alike, so a surname shared by ever more persons does not make linking slower.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { ENTITY_KEY_READ, ENTITY_KEY_REFRESH, type CanonicalEntity, type EntityDirectory } from '../src/extract/entities/directory.js';
import { MemoryEntityDirectory } from '../src/extract/entities/memory-directory.js';
import { SqliteEntityDirectory } from '../src/store/sqlite/entity-directory.js';
import { migrate, openDatabase } from '../src/store/sqlite/db.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';

const PERSONS = ENTITY_KEY_READ + 20;
const person = (i: number): CanonicalEntity => ({ id: `p${String(i).padStart(4, '0')}`, name: `Anna${i} Müller`, type: 'PER', aliases: [], mentions: 1, data: {} });
const ownKey = (i: number) => `n:anna${i} muller`;
const ids = (d: EntityDirectory, keys: string[]) => d.findByKeys(keys).map((e) => e.id).sort();

const directories: [string, () => EntityDirectory][] = [
  ['memory', () => new MemoryEntityDirectory()],
  ['SQLite', () => new SqliteEntityDirectory(openDatabase(':memory:'))],
];

for (const [name, make] of directories) {
  test(`${name}: a surname key finds its ${ENTITY_KEY_READ} most recently saved persons; older ones by their full names`, () => {
    const d = make();
    for (let i = 0; i < PERSONS; i++) d.save(person(i), ['s:muller', ownKey(i)]);
    const found = ids(d, ['s:muller']);
    assert.equal(found.length, ENTITY_KEY_READ);
    assert.ok(!found.includes(person(0).id) && found.includes(person(PERSONS - 1).id), 'the newest, not the oldest');
    assert.deepEqual(ids(d, [ownKey(0)]), [person(0).id], 'the oldest person still found by the full name');
    assert.equal(ids(d, ['s:muller', ownKey(0)]).length, ENTITY_KEY_READ + 1);

    // saved again at once, the oldest keeps its old mark; once the mark lags, a save renews it
    d.save({ ...person(0), mentions: 2 }, ['s:muller', ownKey(0)]);
    assert.ok(!ids(d, ['s:muller']).includes(person(0).id), 'marks are renewed only when they lag');
    for (let i = 0; i < ENTITY_KEY_REFRESH; i++) d.save({ ...person(10_000 + i), name: `Other ${i}` }, [`n:other ${i}`]);
    d.save({ ...person(0), mentions: 3 }, ['s:muller', ownKey(0)]);
    const renewed = d.findByKeys(['s:muller']);
    assert.equal(renewed.length, ENTITY_KEY_READ);
    assert.equal(renewed.find((e) => e.id === person(0).id)?.mentions, 3, 'the person mentioned again is among the recent ones');
  });
}

test('SQLite: entity keys stored before the recency column are still found', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of MIGRATIONS.filter((m) => m.version <= 2)) {
    db.exec(m.sql);
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
  }
  db.prepare("INSERT INTO entities (id, name, type, aliases, mentions, data) VALUES ('en1', 'Sergej Lawrow', 'PER', '[]', 4, '{}')").run();
  db.prepare("INSERT INTO entity_keys (key, entity_id) VALUES ('s:lavrov', 'en1'), ('n:sergej lawrow', 'en1')").run();
  migrate(db);
  const d = new SqliteEntityDirectory(db);
  d.save({ id: 'en2', name: 'Anna Lawrow', type: 'PER', aliases: [], mentions: 1, data: {} }, ['s:lavrov', 'n:anna lawrow']);
  assert.deepEqual(ids(d, ['s:lavrov']), ['en1', 'en2']);
  assert.deepEqual(ids(d, ['n:sergej lawrow']), ['en1']);
});
