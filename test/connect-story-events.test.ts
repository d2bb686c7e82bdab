// A story's profile lists only its recent events, so it keeps one size however long the story
// runs; merging stories still moves every event of the dropped story, in memory and in SQLite.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryConnectState } from '../src/connect/memory-state.js';
import type { ClusterRecord, ConnectState } from '../src/connect/state.js';
import { SqliteConnectState } from '../src/store/sqlite/connect-state.js';
import { openDatabase } from '../src/store/sqlite/db.js';
import { addEvent, addProfile, emptyProfile, MAX_STORY_EVENTS } from '../src/connect/cluster-profile.js';

const record = (id: string, parentId: string | null): ClusterRecord => ({ id, parentId, firstDate: '2024-01-01', lastDate: '2024-01-01', size: 1, title: id, profile: emptyProfile() });

test(`a story profile lists its ${MAX_STORY_EVENTS} most recent events, oldest first`, () => {
  const p = emptyProfile();
  for (let i = 0; i < MAX_STORY_EVENTS + 8; i++) addEvent(p, `ev${i}`);
  assert.equal(p.events!.length, MAX_STORY_EVENTS);
  assert.deepEqual(p.events!.slice(0, 2), ['ev8', 'ev9']);
  assert.equal(p.events!.at(-1), `ev${MAX_STORY_EVENTS + 7}`);
  const other = emptyProfile();
  addEvent(other, 'ev100');
  addProfile(p, other);
  assert.equal(p.events!.length, MAX_STORY_EVENTS);
  assert.equal(p.events!.at(-1), 'ev100');
});

const states: [string, () => ConnectState][] = [
  ['memory', () => new MemoryConnectState()],
  ['SQLite', () => new SqliteConnectState(openDatabase(':memory:'))],
];

for (const [name, make] of states) {
  test(`${name}: merging stories moves every event of the dropped one, beyond those its profile lists`, () => {
    const s = make();
    const events = MAX_STORY_EVENTS + 8;
    for (let i = 0; i < events; i++) s.saveEvent(record(`ev${i}`, 'st1'), [`t:k${i}`]);
    for (let i = 0; i < 3; i++) s.saveEvent(record(`ev${100 + i}`, 'st2'), [`t:j${i}`]);
    s.saveStory(record('st1', null), ['t:k0']);
    s.saveStory(record('st2', null), ['t:j0']);
    s.saveStory(record('st3', null), ['t:x']);
    s.recordAlias('story', 'st2', 'st1');
    s.recordAlias('story', 'st1', 'st3');
    for (const id of [...Array.from({ length: events }, (_, i) => `ev${i}`), 'ev100', 'ev102']) {
      assert.equal(s.getEvent(id)?.parentId, 'st3', `${id} belongs to the surviving story`);
    }
  });
}
