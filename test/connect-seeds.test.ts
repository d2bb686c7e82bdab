import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { sharedPath } from '../src/paths.js';
import { readInputs } from '../src/ingest/read.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import { inArrivalOrder, loadAnalysis } from '../src/eval/cluster.js';
import { connect, describeEvent, explainPair, MemoryConnectState } from '../src/connect/index.js';

async function seedDocs(dir: string) {
  const { components, link } = await loadAnalysis();
  const out: { doc: Doc; ids: Map<string, string> }[] = [];
  for await (const raw of readInputs([dir])) {
    if (raw instanceof InputError) continue;
    const p = prepareArticle(raw);
    if (p instanceof InputError) continue;
    const doc: Doc = { article: p.article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    for (const c of components) c.apply(doc);
    out.push({ doc, ids: link(doc) });
  }
  return inArrivalOrder(out);
}

test('the two seed articles form one story of two events, with reasons', async (t) => {
  const dir = sharedPath('seeds');
  if (!dir) return t.skip('shared seeds not present');
  const docs = await seedDocs(dir);
  assert.equal(docs.length, 2);
  const state = new MemoryConnectState();
  const [a, b] = docs.map((d) => connect(d.doc, d.ids, state));
  assert.ok(a && b);
  assert.notEqual(a.eventId, b.eventId, 'G20 Hangzhou and APEC Da Nang are different events');
  assert.equal(a.storyId, b.storyId, 'both are US–Russia talks on Syria');
  assert.equal(b.storyReason.decision, 'joined');
  assert.equal(b.storyReason.target, a.storyId);
  assert.ok(b.storyReason.score >= b.storyReason.threshold);
  assert.ok(b.storyReason.sharedTerms.length + b.storyReason.sharedEntities.length > 0);
  assert.equal(b.eventReason.decision, 'new');
  assert.ok(b.eventReason.score < b.eventReason.threshold);

  // the other order gives the same partition
  const other = new MemoryConnectState();
  const [c, d] = [...docs].reverse().map((x) => connect(x.doc, x.ids, other));
  assert.ok(c && d);
  assert.notEqual(c.eventId, d.eventId);
  assert.equal(c.storyId, d.storyId);

  const why = explainPair(docs[0]!.doc, docs[1]!.doc, docs[0]!.ids, docs[1]!.ids, state);
  assert.equal(why.sameEvent, false);
  assert.equal(why.sameStory, true);
  assert.ok(why.sharedEntities.length > 0);

  // arrival order puts the dated seed first
  const dated = describeEvent([docs[0]!.doc]);
  assert.ok(dated.title.length > 0);
  assert.ok(dated.summary.length > 0 && dated.summary.length < docs[0]!.doc.article.text.length);
  assert.equal(dated.date?.value, docs[0]!.doc.article.date?.value);
  const later = describeEvent([docs[1]!.doc], [[docs[0]!.doc]]);
  const earlierNames = new Set(docs[0]!.doc.entities.map((e) => e.name));
  assert.ok(later.whatsNew.actors.length + later.whatsNew.places.length > 0, 'new actors or places against the earlier event');
  for (const n of [...later.whatsNew.actors, ...later.whatsNew.places]) assert.ok(!earlierNames.has(n));
});
