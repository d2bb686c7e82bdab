import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryConnectState } from '../src/connect/memory-state.js';
import type { ClusterRecord } from '../src/connect/state.js';

const record = (id: string, firstDate: string | null): ClusterRecord => ({ id, parentId: null, firstDate, lastDate: firstDate, size: 1, title: id, profile: {} });

test('event candidates come from the key index, ranked by shared keys, within the time window', () => {
  const s = new MemoryConnectState();
  s.saveEvent(record('e1', '2020-01-01'), ['t:quake', 'e:chile', 't:tsunami']);
  s.saveEvent(record('e2', '2020-01-03'), ['t:quake']);
  s.saveEvent(record('e3', null), ['t:football']);
  s.saveEvent(record('e4', '2019-01-01'), ['t:quake', 'e:chile']);
  const got = s.eventCandidates(['t:quake', 'e:chile'], '2020-01-05', 30, 10).map((r) => r.id);
  assert.deepEqual(got, ['e1', 'e2'], 'e4 lies outside the window, e3 shares no key');
  assert.deepEqual(s.eventCandidates(['t:football'], '2020-01-05', 30, 10).map((r) => r.id), ['e3'], 'undated events stay candidates');
  // replaced keys no longer find the record
  s.saveEvent(record('e2', '2020-01-03'), ['t:storm']);
  assert.deepEqual(s.eventCandidates(['t:quake'], null, 30, 10).map((r) => r.id).sort(), ['e1', 'e4']);
});

test('aliases keep merged ids resolvable and out of the candidates', () => {
  const s = new MemoryConnectState();
  s.saveStory(record('s1', null), ['e:x']);
  s.saveStory(record('s2', null), ['e:x']);
  s.recordAlias('story', 's2', 's1');
  assert.equal(s.getStory('s2')?.id, 's1');
  assert.deepEqual(s.storyCandidates(['e:x'], 5).map((r) => r.id), ['s1']);
  assert.notEqual(s.newId('event'), s.newId('event'));
});

test('document frequencies count each term once per document', () => {
  const s = new MemoryConnectState();
  s.addDocument(['a', 'a', 'b']);
  s.addDocument(['a']);
  assert.equal(s.documentCount(), 2);
  assert.deepEqual([...s.documentFrequencies(['a', 'b', 'c'])], [['a', 2], ['b', 1]]);
});
