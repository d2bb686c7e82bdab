import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import { loadAnalysis } from '../src/eval/cluster.js';
import { MemoryConnectState, prepare } from '../src/connect/index.js';
import { articleFeatures, documentKeys } from '../src/connect/profile.js';
import { addArticle, emptyProfile, indexKeys, readProfile, type ClusterProfile } from '../src/connect/cluster-profile.js';
import { mergeSiblingEvents } from '../src/connect/merge-events.js';
import { loadModel, setModel } from '../src/connect/model.js';
import type { ClusterRecord } from '../src/connect/state.js';

// Two reports of one fire (split into two events, as an online pass can leave them) and a
// report of another happening in the same story.
const ARTICLES = [
  {
    id: 'fire-1', lang: 'en', date: '2022-07-18',
    title: 'Wildfire near Bordeaux forces 12,000 to flee',
    text: 'A wildfire in the Gironde forest south of Bordeaux forced 12,000 people to leave their homes on Monday. More than 1,500 firefighters fought the flames near La Teste-de-Buch, the prefecture said. Interior minister Gérald Darmanin visited the command post.',
  },
  {
    id: 'fire-2', lang: 'en', date: '2022-07-18',
    title: 'Gironde wildfire: firefighters battle flames near La Teste-de-Buch',
    text: 'Firefighters battled a wildfire in the Gironde forest near La Teste-de-Buch for a second day. The fire south of Bordeaux has forced 12,000 people from their homes, the prefecture said. Gérald Darmanin praised the 1,500 firefighters.',
  },
  {
    id: 'heat', lang: 'en', date: '2022-07-19',
    title: 'Britain records 40 degrees for the first time',
    text: 'Temperatures in Britain passed 40 degrees Celsius for the first time on Tuesday, the Met Office said. Coningsby in Lincolnshire recorded 40.3 degrees. Trains were cancelled and schools closed early in London.',
  },
];

async function setUp(fire2Date: string | null = '2022-07-18') {
  const { components, link } = await loadAnalysis();
  const state = new MemoryConnectState();
  const docs = ARTICLES.map((a) => {
    const p = prepareArticle({ input: a.id, ...a, date: a.id === 'fire-2' ? fire2Date ?? undefined : a.date });
    if (p instanceof InputError) throw p;
    const doc: Doc = { article: p.article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    for (const c of components) c.apply(doc);
    return { doc, ids: link(doc) };
  });
  for (const d of docs) state.addDocument(documentKeys(articleFeatures(d.doc, d.ids)));
  const story: ClusterRecord = { id: state.newId('story'), parentId: null, firstDate: '2022-07-18', lastDate: '2022-07-19', size: 3, title: 'summer', profile: null };
  const storyProfile: ClusterProfile = emptyProfile();
  const events = docs.map((d) => {
    const a = prepare(d.doc, d.ids, state);
    const profile = emptyProfile();
    addArticle(profile, a.features, a.weighted, false);
    addArticle(storyProfile, a.features, a.weighted, false);
    const record: ClusterRecord = { id: state.newId('event'), parentId: story.id, firstDate: a.features.date, lastDate: a.features.date, size: 1, title: d.doc.article.id, profile };
    state.saveEvent(record, indexKeys(profile.views));
    storyProfile.events = [...(storyProfile.events ?? []), record.id];
    return { record, profile };
  });
  story.profile = storyProfile;
  state.saveStory(story, indexKeys(storyProfile.views));
  return { state, story, storyProfile, events };
}

test('two events of one story that report the same happening merge into the older one', async () => {
  const shipped = loadModel('connect-event.json');
  const { state, story, storyProfile, events } = await setUp();
  const [fire1, fire2, heat] = events as [typeof events[0], typeof events[0], typeof events[0]];
  try {
    setModel('connect-event.json', { ...shipped, merge: shipped.merge ?? 0.5 });
    const out = mergeSiblingEvents(state, fire2.record, fire2.profile, story, storyProfile);
    assert.equal(out.mergedWith, fire1.record.id, 'the other report of the fire');
    assert.equal(out.event.id, fire1.record.id, 'the older id is kept');
    assert.equal(out.event.size, 2);
    assert.equal(state.resolve(fire2.record.id), fire1.record.id, 'the younger id is an alias');
    assert.equal(state.getEvent(heat.record.id)?.id, heat.record.id, 'the heat report stays its own event');
    assert.deepEqual(readProfile(story.profile).events, [fire1.record.id, heat.record.id]);
    assert.equal(out.event.firstDate, '2022-07-18');
  } finally {
    setModel('connect-event.json', shipped);
  }
});

test('without a merge bar in the model events never merge', async () => {
  const shipped = loadModel('connect-event.json');
  const { state, story, storyProfile, events } = await setUp();
  try {
    setModel('connect-event.json', { ...shipped, merge: undefined });
    const out = mergeSiblingEvents(state, events[1]!.record, events[1]!.profile, story, storyProfile);
    assert.equal(out.mergedWith, null);
    assert.equal(out.event.id, events[1]!.record.id);
    assert.equal(readProfile(story.profile).events?.length, 3);
  } finally {
    setModel('connect-event.json', shipped);
  }
});

test('dated events whose days do not overlap stay apart, however alike', async () => {
  const shipped = loadModel('connect-event.json');
  const { state, story, storyProfile, events } = await setUp('2022-07-21');
  try {
    setModel('connect-event.json', { ...shipped, merge: 0 });
    const out = mergeSiblingEvents(state, events[1]!.record, events[1]!.profile, story, storyProfile);
    assert.notEqual(out.mergedWith, events[0]!.record.id, 'three days after the first report: told apart by time');
  } finally {
    setModel('connect-event.json', shipped);
  }
});

test('an undated event merges with a dated one only where the model allows it (mergeUndated)', async () => {
  const shipped = loadModel('connect-event.json');
  try {
    const undated = await setUp(null);
    assert.equal(undated.events[1]!.record.firstDate, null, 'the second fire report has no date');
    setModel('connect-event.json', { ...shipped, merge: 0, mergeUndated: false });
    const kept = mergeSiblingEvents(undated.state, undated.events[1]!.record, undated.events[1]!.profile, undated.story, undated.storyProfile);
    assert.equal(kept.mergedWith, null, 'never: the undated event stays apart');

    const again = await setUp(null);
    setModel('connect-event.json', { ...shipped, merge: 0, mergeUndated: undefined });
    const merged = mergeSiblingEvents(again.state, again.events[1]!.record, again.events[1]!.profile, again.story, again.storyProfile);
    assert.equal(merged.mergedWith, again.events[0]!.record.id, 'absent: the merge bar applies, and the fire reports merge');
    assert.equal(merged.event.firstDate, '2022-07-18', 'the merged event keeps the dated report\'s day');
  } finally {
    setModel('connect-event.json', shipped);
  }
});
