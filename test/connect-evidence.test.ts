// A join must rest on more than one shared word: one-line items that share only a country name
// stay apart as events and stories, however high a cosine of two short texts reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import { loadAnalysis } from '../src/eval/cluster.js';
import { connect, MemoryConnectState } from '../src/connect/index.js';
import { sharedTerms } from '../src/connect/evidence.js';
import { VIEWS, type Weighted } from '../src/connect/weigh.js';

async function analysed(items: [string, string, string][]) {
  const { components, link } = await loadAnalysis();
  return items.map(([date, title, text], i) => {
    const p = prepareArticle({ input: 'test', id: `item${i + 1}`, title, text, date, lang: 'de' });
    assert.ok(!(p instanceof InputError));
    const doc: Doc = { article: p.article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    for (const c of components) c.apply(doc);
    return { doc, ids: link(doc) };
  });
}

test('one-line items that share only a country name are six events in six stories', async () => {
  const docs = await analysed([
    ['2024-03-01', 'Schneefall legt Verkehr lahm', 'In Österreich hat starker Schneefall am Freitag den Verkehr auf mehreren Autobahnen lahmgelegt.'],
    ['2024-03-04', 'Inflation sinkt', 'Die Inflation in Österreich ist im Februar auf 4,3 Prozent gesunken, teilte die Statistik mit.'],
    ['2024-03-06', 'Neuer Rekord bei Touristen', 'Österreich hat im Winter so viele Touristen gezählt wie nie zuvor.'],
    ['2024-03-09', 'Bauern protestieren', 'In Österreich protestierten am Samstag Tausende Bauern gegen die Agrarpolitik.'],
    ['2024-03-12', 'Skispringer gewinnt', 'Ein Skispringer aus Österreich hat das Weltcupspringen in Planica gewonnen.'],
    ['2024-03-15', 'Wahlumfrage', 'In einer Umfrage liegt die FPÖ in Österreich weiter vorn.'],
  ]);
  const state = new MemoryConnectState();
  const got = docs.map((d) => connect(d.doc, d.ids, state));
  assert.equal(new Set(got.map((g) => g.eventId)).size, 6, JSON.stringify(got.map((g) => g.eventId)));
  // stories as they stand at the end (merges move earlier items)
  const stories = new Set(got.map((g) => state.getEvent(g.eventId)?.parentId));
  assert.equal(stories.size, 6);
  assert.match(got[1]!.eventReason.note ?? '', /fewer than two terms/);
});

test('two short reports of one happening share more than its place, and join', async () => {
  const docs = await analysed([
    ['2024-03-01', 'Schneefall legt Verkehr lahm', 'In Österreich hat starker Schneefall am Freitag den Verkehr auf mehreren Autobahnen lahmgelegt.'],
    ['2024-03-01', 'Schneechaos auf Autobahnen', 'Starker Schneefall hat in Österreich am Freitag den Verkehr auf Autobahnen stundenlang lahmgelegt.'],
  ]);
  const state = new MemoryConnectState();
  const [a, b] = docs.map((d) => connect(d.doc, d.ids, state));
  assert.equal(a!.eventId, b!.eventId);
});

test('shared terms are counted in the language view or the language-neutral one, whichever shares more', () => {
  const side = (body: Record<string, number>, cross: Record<string, number>) => {
    const w = {} as Weighted;
    for (const v of VIEWS) w[v] = {};
    return { ...w, body, cross };
  };
  assert.equal(sharedTerms(side({ 't:brand': 1, 't:lager': 1 }, { 'x:fire': 1 }), side({ 't:brand': 1 }, { 'x:fire': 1, 'x:warehous': 1 })), 1);
  assert.equal(sharedTerms(side({ 't:brand': 1 }, { 'x:fire': 1, 'x:warehous': 1 }), side({ 't:feuer': 1 }, { 'x:fire': 1, 'x:warehous': 1 })), 2);
});
