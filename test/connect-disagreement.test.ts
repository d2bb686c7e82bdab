// Same kind, different instance: the disagreement features and the years view they read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { analyseDated } from './helpers/connect.js';
import { disagreement } from '../src/connect/features.js';
import { connect, MemoryConnectState, prepare, score } from '../src/connect/index.js';
import { loadModel, setModel, type JoinModel } from '../src/connect/model.js';
import { addArticle, emptyProfile, indexKeys } from '../src/connect/cluster-profile.js';
import type { ClusterRecord } from '../src/connect/state.js';

test('disagreement: both sides name people, none in common → 1; one side names none → 0', () => {
  assert.equal(disagreement({ 'e:reid': 0.8, 'e:promises': 0.6 }, { 'e:lohan': 0.9, 'e:betty-ford': 0.4 }), 1);
  assert.equal(disagreement({ 'e:reid': 1 }, {}), 0);
  assert.equal(disagreement({}, { 'e:lohan': 1 }), 0);
  assert.equal(disagreement({ 'e:reid': 0.6, 'e:promises': 0.8 }, { 'e:reid': 3, 'e:promises': 1 }), 0);
});

test('disagreement is the smaller share of squared weight the other side lacks, whatever the scale', () => {
  // the article: 0.36 of its mass on a key the event lacks; the event: 0.2 of its own on one the article lacks
  const article = { a: 0.6, b: 0.8 };
  const event = { b: 2, c: 1 };
  const d = disagreement(article, event);
  assert.ok(Math.abs(d - 0.2) < 1e-9, `${d}`);
  assert.equal(disagreement(article, { b: 20, c: 10 }), d, 'scaling a profile changes nothing');
});

// Constructed reports: two rehab check-ins of the same kind, five years apart, and a follow-up
// of the first. Written for this test; no names from any data set.
const ARTICLES = [
  {
    id: 'rehab-a1', lang: 'en', date: '2008-12-02',
    title: 'Actress Mara Quinlan checks into Sunrise rehab centre',
    text: 'Actress Mara Quinlan, 32, checked into the Sunrise Recovery Center in Malibu on Monday, her publicist Dana Holt said. Quinlan entered the facility voluntarily after a difficult year, Holt said in a statement. The actress starred in four films in 2008. Fans gathered outside the centre in Malibu.',
  },
  {
    id: 'rehab-a2', lang: 'en', date: '2008-12-03',
    title: 'Mara Quinlan in rehab, publicist confirms',
    text: 'Mara Quinlan, 32, is being treated at the Sunrise Recovery Center in Malibu, publicist Dana Holt confirmed on Tuesday. Holt asked for privacy for the actress. Quinlan checked in on Monday after a difficult 2008.',
  },
  {
    id: 'rehab-b', lang: 'en', date: '2013-05-07',
    title: 'Singer Tess Morrow checks into rehab centre',
    text: 'Singer Tess Morrow, 26, checked into the Oakwood Treatment Center in Palm Springs on Monday, her manager Victor Lane said. Morrow entered the facility for a 90-day stay ordered by a court in 2013. Lane said the singer was in good spirits. Fans gathered outside the centre in Palm Springs.',
  },
];

const docs = (undated: string[] = []) => analyseDated(ARTICLES, undated);

function eventOf(state: MemoryConnectState, d: { doc: Doc; ids: Map<string, string> }): ClusterRecord {
  const a = prepare(d.doc, d.ids, state);
  const profile = emptyProfile();
  addArticle(profile, a.features, a.weighted, false);
  const record: ClusterRecord = { id: state.newId('event'), parentId: null, firstDate: a.features.date, lastDate: a.features.date, size: 1, title: '', profile };
  state.saveEvent(record, indexKeys(profile.views));
  state.addDocument(a.keys);
  return record;
}

test('years view: an article is placed in its publication year and the years its text names', async () => {
  const [a1, , b] = await docs();
  const state = new MemoryConnectState();
  assert.ok((prepare(a1!.doc, a1!.ids, state).features.years['y:2008'] ?? 0) >= 2, 'publication year counted');
  const yb = prepare(b!.doc, b!.ids, state).features.years;
  assert.ok(yb['y:2013'], JSON.stringify(yb));
  assert.ok(!yb['y:2008'], JSON.stringify(yb));
});

test('a report of another instance of the same kind disagrees on people, figures and years; a follow-up does not', async () => {
  const [a1, a2, b] = await docs();
  const state = new MemoryConnectState();
  const first = eventOf(state, a1!);
  const own = score(prepare(a2!.doc, a2!.ids, state), first, 'event');
  const other = score(prepare(b!.doc, b!.ids, state), first, 'event');
  for (const f of ['diffPER', 'diffNumbers', 'diffYears'] as const) {
    assert.ok(other.sims[f] > own.sims[f], `${f}: other instance ${other.sims[f]} > follow-up ${own.sims[f]}`);
  }
  assert.equal(own.sims.diffYears, 0, 'same year');
  assert.ok(own.p > other.p, `follow-up p ${own.p} > other instance p ${other.p}`);
});

test('an undated article stays out of a dated event naming other people or figures, where the model has a conflict bar', async () => {
  const [a1, a2, b] = await docs(['rehab-a2', 'rehab-b']);
  assert.equal(prepare(b!.doc, b!.ids, new MemoryConnectState()).features.day, null, 'the other instance is undated');
  const shipped = loadModel('connect-event.json');
  // a model that would join anything, to see the rule alone
  const eager: JoinModel = { features: ['body'], weights: [0], bias: 5, threshold: 0.5 };
  const run = (model: JoinModel) => {
    setModel('connect-event.json', model);
    const state = new MemoryConnectState();
    return [a1!, b!, a2!].map((d) => connect(d.doc, d.ids, state));
  };
  try {
    const [first, other, followUp] = run({ ...eager, conflict: 0.8 });
    assert.equal(other!.eventReason.decision, 'new', other!.eventReason.note);
    assert.notEqual(other!.eventId, first!.eventId);
    assert.equal(followUp!.eventId, first!.eventId, 'the undated follow-up naming the same people joins');
    const [first2, other2] = run(eager);
    assert.equal(other2!.eventId, first2!.eventId, 'without the bar the eager model joins it');
  } finally {
    setModel('connect-event.json', shipped);
  }
});
