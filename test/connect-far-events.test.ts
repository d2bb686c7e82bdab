// A dated report months after its event's others (far-events.ts) and the model for undated
// articles against dated events (index.ts): constructed reports written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { analyseDated } from './helpers/connect.js';
import { connect, MemoryConnectState, EVENT_WINDOW_DAYS } from '../src/connect/index.js';
import { loadModel, setModel, type JoinModel } from '../src/connect/model.js';

const TRIAL = 'The Hollins County court found former mayor Edgar Vantreece guilty of taking bribes worth 240,000 dollars from the builder Corlane Homes. Prosecutor Nadia Ferrell said the verdict showed that no official stands above the law. Vantreece, 61, denied the charges throughout the trial at the Hollins County court.';
const ARTICLES = [
  { id: 'verdict', lang: 'en', date: '2011-03-01', title: 'Former mayor Edgar Vantreece found guilty of bribery', text: TRIAL },
  { id: 'verdict-2', lang: 'en', date: '2011-03-02', title: 'Vantreece guilty in Corlane Homes bribery case', text: `${TRIAL} His lawyer said he would appeal.` },
  // the same case, months later: nothing of its event lies within the event window
  {
    id: 'late', lang: 'en', date: '2011-07-15', title: 'Former mayor Edgar Vantreece guilty of bribery, court papers show',
    text: 'Court papers released on Friday detail how former mayor Edgar Vantreece, 61, took bribes worth 240,000 dollars from the builder Corlane Homes. The Hollins County court found Vantreece guilty of bribery. Prosecutor Nadia Ferrell told the court that no official stands above the law.',
  },
];

const docs = (undated: string[] = []) => analyseDated(ARTICLES, undated);

// a model that would join any candidate it is shown, to see the rules alone
const eager: JoinModel = { features: ['body'], weights: [0], bias: 5, threshold: 0.5 };

function run(model: JoinModel, list: { doc: Doc; ids: Map<string, string> }[]) {
  const shipped = loadModel('connect-event.json');
  setModel('connect-event.json', model);
  try {
    const state = new MemoryConnectState();
    return list.map((d) => connect(d.doc, d.ids, state));
  } finally {
    setModel('connect-event.json', shipped);
  }
}

test('a dated report beyond the event window joins its story\'s event by content alone where the model has a far bar', async () => {
  const list = await docs();
  assert.ok(EVENT_WINDOW_DAYS < 120, 'the late report lies beyond the window');
  const [a, b, late] = run({ ...eager, far: 0.9 }, list);
  assert.equal(b!.eventId, a!.eventId, 'the next-day report joins');
  assert.equal(late!.eventReason.decision, 'joined', late!.eventReason.note);
  assert.equal(late!.eventId, a!.eventId);
  assert.match(late!.eventReason.note ?? '', /no event within/);
  const [a2, , late2] = run(eager, list);
  assert.notEqual(late2!.eventId, a2!.eventId, 'without the bar the window keeps it out');
  assert.equal(late2!.storyId, a2!.storyId, 'it stays in the story');
  const [a3, , late3] = run({ ...eager, bias: -5, far: 0.9 }, list);
  assert.notEqual(late3!.eventId, a3!.eventId, 'a far event must reach the bar');
});

test('a far join needs no disagreement in figures or years where the model asks for it', async () => {
  // the same story a year on: a second case against the same man, other sums and years
  const second = {
    id: 'second-case', lang: 'en', date: '2012-03-20', title: 'Former mayor Edgar Vantreece charged again over Corlane Homes',
    text: 'Prosecutor Nadia Ferrell charged former mayor Edgar Vantreece with taking a further 75,000 dollars from the builder Corlane Homes in 2008. The Hollins County court will hear the case in 2013, Ferrell said.',
  };
  const withSecond = await analyseDated([...ARTICLES, second]);
  const bars: JoinModel = { ...eager, far: 0.9, farDiff: 0.9, farDiffOn: ['diffNumbers', 'diffYears'] };
  const [a, , late, secondCase] = run(bars, withSecond);
  assert.equal(late!.eventId, a!.eventId, 'the late report with the same figures still joins');
  assert.notEqual(secondCase!.eventId, a!.eventId, 'the report stating other sums and years opens its own event');
  assert.equal(secondCase!.storyId, a!.storyId, 'in the same story');
  const [a2, , , second2] = run({ ...eager, far: 0.9 }, withSecond);
  assert.equal(second2!.eventId, a2!.eventId, 'without the condition content alone joins it');
});

test('the undated-vs-dated model must agree where an undated article meets a dated event', async () => {
  const list = await docs(['late']);
  const reject: JoinModel = { features: ['body'], weights: [0], bias: -5, threshold: 0.5 };
  const [a, , undated] = run({ ...eager, undatedVsDated: reject }, list);
  assert.notEqual(undated!.eventId, a!.eventId, 'kept out by the undated-vs-dated model');
  assert.equal(undated!.eventReason.decision, 'new');
  assert.match(undated!.eventReason.note ?? '', /undated articles against dated events/);
  const [a2, , joined] = run({ ...eager, undatedVsDated: { ...reject, bias: 5 } }, list);
  assert.equal(joined!.eventId, a2!.eventId, 'joins where both agree');
  const [a3, , out] = run({ ...eager, bias: -5, undatedVsDated: { ...reject, bias: 5 } }, list);
  assert.notEqual(out!.eventId, a3!.eventId, 'not where the main model alone says no');
  // dated articles are decided by the main model as before
  const [d1, d2] = run({ ...eager, undatedVsDated: reject }, list);
  assert.equal(d2!.eventId, d1!.eventId);
});
