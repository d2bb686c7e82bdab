// Candidate lookups read each key's most recently updated clusters only (POSTINGS_READ), in
// memory and in SQLite alike, so a key shared by ever more clusters does not make lookups slower.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { MemoryConnectState } from '../src/connect/memory-state.js';
import { POSTINGS_READ, type ClusterRecord, type ConnectState } from '../src/connect/state.js';
import { SqliteConnectState } from '../src/store/sqlite/connect-state.js';
import { migrate, openDatabase } from '../src/store/sqlite/db.js';
import { MIGRATIONS } from '../src/store/sqlite/migrations.js';

const record = (id: string, day: string | null): ClusterRecord => ({ id, parentId: 'st1', firstDate: day, lastDate: day, size: 1, title: id, profile: {} });
const CLUSTERS = POSTINGS_READ + 60;

/** CLUSTERS events, one per document, all sharing `t:common` and each a rare key of its own. */
function fill(s: ConnectState): void {
  for (let i = 0; i < CLUSTERS; i++) {
    s.addDocument(['t:common', `t:rare${i}`]);
    s.saveEvent(record(`ev${i}`, null), ['t:common', `t:rare${i}`]);
  }
}

const states: [string, () => ConnectState][] = [
  ['memory', () => new MemoryConnectState()],
  ['SQLite', () => new SqliteConnectState(openDatabase(':memory:'))],
];

for (const [name, make] of states) {
  test(`${name}: a common key finds its ${POSTINGS_READ} most recently updated events; older ones through their rare keys`, () => {
    const s = make();
    fill(s);
    s.documentFrequencies(['t:common', 't:rare0']);
    const common = s.eventCandidates(['t:common'], null, 30, 1000).map((r) => r.id);
    assert.equal(common.length, POSTINGS_READ);
    assert.ok(!common.includes('ev0') && common.includes(`ev${CLUSTERS - 1}`), 'the newest, not the oldest');
    const both = s.eventCandidates(['t:common', 't:rare0'], null, 30, 1000).map((r) => r.id);
    assert.equal(both.length, POSTINGS_READ + 1);
    assert.ok(both.includes('ev0'), 'the oldest event still found by its own key');

    // an update makes the oldest event recent again
    for (let i = 0; i < 60; i++) s.addDocument(['t:other']);
    s.saveEvent({ ...record('ev0', null), size: 2 }, ['t:common', 't:rare0']);
    s.documentFrequencies(['t:common']);
    assert.ok(s.eventCandidates(['t:common'], null, 30, 1000).some((r) => r.id === 'ev0'));
  });
}

test('SQLite: keys stored before the recency column are still found, and a small store reads every posting', () => {
  const db = new Database(':memory:');
  // a version-1 store with one event and its keys
  db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  db.exec(MIGRATIONS[0]!.sql);
  db.prepare('INSERT INTO schema_migrations VALUES (1, ?, ?)').run(MIGRATIONS[0]!.name, new Date().toISOString());
  db.prepare("INSERT INTO events (id, story_id, first_date, last_date, size, title, profile) VALUES ('ev1', 'st1', '2020-01-01', '2020-01-01', 1, 'old', '{}')").run();
  db.prepare("INSERT INTO cluster_keys (kind, key, id) VALUES ('event', 't:quake', 'ev1')").run();
  migrate(db);
  const s = new SqliteConnectState(db);
  s.saveEvent(record('ev2', '2020-01-03'), ['t:quake', 'e:chile']);
  assert.deepEqual(s.eventCandidates(['t:quake', 'e:chile'], '2020-01-05', 30, 10).map((r) => r.id), ['ev2', 'ev1']);
  assert.deepEqual(s.eventCandidates(['t:quake'], '2021-01-05', 30, 10).map((r) => r.id), [], 'outside the time window');
});
