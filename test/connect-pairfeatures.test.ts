import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { loadAnalysis } from '../src/eval/cluster.js';
import { MemoryConnectState, prepare } from '../src/connect/index.js';
import { analyseArticles } from './helpers/connect.js';
import { dayExtras, pairExtras, pairSide, specificExtras } from '../src/connect/pair-features.js';
import { compareDocs } from '../src/connect/pair.js';
import { articleSimilarity, similarityModel } from '../src/connect/similarity.js';

// Constructed reports: one storm told in English and in German, and an unrelated court report.
const ARTICLES = [
  {
    id: 'storm-en', lang: 'en',
    title: 'Storm floods Hamburg harbour',
    text: 'A severe storm flooded the harbour of Hamburg on Monday. The fire brigade said 14 people were rescued from cars in the water. Mayor Peter Tschentscher called the damage serious. "We have not seen water this high in twenty years," he said. Ferries to Finkenwerder were stopped until Tuesday.',
  },
  {
    id: 'storm-de', lang: 'de',
    title: 'Sturm setzt Hamburger Hafen unter Wasser',
    text: 'Ein schwerer Sturm hat am Montag den Hafen von Hamburg überflutet. Die Feuerwehr rettete nach eigenen Angaben 14 Menschen aus Autos im Wasser. Bürgermeister Peter Tschentscher nannte die Schäden schwer. Die Fähren nach Finkenwerder fuhren bis Dienstag nicht.',
  },
  {
    id: 'court-en', lang: 'en',
    title: 'Court in Madrid jails former minister',
    text: 'A court in Madrid sentenced a former Spanish minister to six years in prison for fraud on Thursday. The judge said the money had been moved to accounts in Switzerland. His lawyer said he would appeal. "The verdict ignores the evidence," the lawyer told reporters outside the court.',
  },
];

function analysed() {
  return analyseArticles(ARTICLES);
}

test('pair features: an article against itself, across languages and against another event', async () => {
  const { items, state } = await analysed();
  const sides = items.map((x) => pairSide(x.doc, prepare(x.doc, x.ids, state)));
  const [en, de, court] = sides as [ReturnType<typeof pairSide>, ReturnType<typeof pairSide>, ReturnType<typeof pairSide>];

  const self = pairExtras(en, en);
  assert.ok(self.lead > 0.99, `lead with itself ${self.lead}`);
  assert.ok(self.titleLead > 0, 'the title is what the lead is about');
  assert.equal(self.lengthRatio, 1);
  assert.equal(self.crossLang, 0);
  assert.equal(self.placeKnown, 1, 'Hamburg resolves to a place');
  assert.ok(self.nearPlace > 0.99);

  const cross = pairExtras(en, de);
  const other = pairExtras(en, court);
  assert.equal(cross.crossLang, 1);
  assert.ok(cross.lead > other.lead, `translated lead ${cross.lead} vs other event ${other.lead}`);
  assert.ok(cross.titleLead > other.titleLead);
  assert.ok(cross.nearPlace > other.nearPlace, 'Hamburg is far from Madrid');
  assert.ok(self.quotes > 0 && other.quotes === 0, 'quotes overlap with themselves, not with another story');
});

test('the shipped similarity model ranks the same event above an unrelated one', async () => {
  const { items, state } = await analysed();
  const [en, de, court] = items as [typeof items[0], typeof items[0], typeof items[0]];
  const same = articleSimilarity(compareDocs(en.doc, de.doc, en.ids, de.ids, state));
  const unrelated = articleSimilarity(compareDocs(en.doc, court.doc, en.ids, court.ids, state));
  assert.ok(same > unrelated, `same event ${same} vs unrelated ${unrelated}`);
  assert.ok(unrelated < similarityModel().sameEvent, `unrelated ${unrelated} below the same-event cut`);
  assert.ok(same >= 0 && same <= 1 && unrelated >= 0 && unrelated <= 1);
});

test('pair features of empty and odd articles are zeros, not errors', async () => {
  const { components, link } = await loadAnalysis();
  const state = new MemoryConnectState();
  const sides = ['', '\u0000\u200b🙂', 'Wort '.repeat(30_000)].map((text) => {
    const doc: Doc = {
      article: { id: 'odd', input: 'odd', url: null, source: null, title: null, text, lang: 'und', date: null, credits: [], contentHash: 'h' },
      sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null,
    };
    for (const c of components) c.apply(doc);
    return pairSide(doc, prepare(doc, link(doc), state));
  });
  const empty = pairExtras(sides[0]!, sides[1]!);
  for (const [k, v] of Object.entries(empty)) assert.ok(Number.isFinite(v), `${k} is finite`);
  assert.equal(empty.lead, 0);
  assert.equal(empty.placeKnown, 0);
  assert.ok(Number.isFinite(pairExtras(sides[2]!, sides[2]!).lead));
});

// Constructed reports: one fire told twice (same toll, same damage, same day), and a fire of the same
// kind elsewhere on another day with other figures.
const FIRES = [
  {
    id: 'fire-a', lang: 'de',
    title: 'Großbrand in Lagerhalle in Bremen',
    text: 'Am Freitag, 17. Mai, ist in Bremen eine Lagerhalle abgebrannt. Der Schaden liegt nach Angaben der Feuerwehr bei 2,4 Millionen Euro. Feuerwehrchefin Karin Vollmer sagte, 140 Einsatzkräfte seien vor Ort gewesen. Die Spedition Nordlicht Logistik bestätigte den Brand.',
  },
  {
    id: 'fire-b', lang: 'de',
    title: 'Lagerhalle in Bremen niedergebrannt',
    text: 'Eine Lagerhalle der Spedition Nordlicht Logistik ist am Freitag in Bremen niedergebrannt. 140 Einsatzkräfte kämpften gegen die Flammen, sagte Feuerwehrchefin Karin Vollmer. Den Schaden schätzt sie auf 2,4 Millionen Euro.',
  },
  {
    id: 'fire-c', lang: 'de',
    title: 'Großbrand in Lagerhalle in Bremen',
    text: 'Am Dienstag, 18. April, hat in Bremen eine Lagerhalle gebrannt. Der Schaden liegt nach Angaben der Feuerwehr bei 800.000 Euro. Die Polizei ermittelt zur Ursache, 65 Einsatzkräfte waren vor Ort.',
  },
];

test('specific and day features: one fire told twice shares its figures, names and day; the same kind of fire another day does not', async () => {
  const { items, state } = await analyseArticles(FIRES);
  const [a, b, c] = items.map((x) => pairSide(x.doc, prepare(x.doc, x.ids, state))) as [ReturnType<typeof pairSide>, ReturnType<typeof pairSide>, ReturnType<typeof pairSide>];
  const same = specificExtras(a, b), other = specificExtras(a, c);
  assert.ok(same.figShared > 0 && same.figCos > 0, `the toll and the damage are shared: ${JSON.stringify(same)}`);
  assert.equal(other.figShared, 0, 'different amounts and counts');
  assert.ok(same.namesShared > other.namesShared, `names beyond the town: ${same.namesShared} vs ${other.namesShared}`);
  const sameDay = dayExtras(a, b), otherDay = dayExtras(a, c);
  assert.equal(sameDay.weekdayShared, 1, 'both say Friday');
  assert.equal(sameDay.weekdayClash, 0);
  assert.equal(otherDay.weekdayClash, 1, 'Friday against Tuesday');
  assert.equal(otherDay.dayClash, 1, '17 May against 18 April');
  assert.equal(dayExtras(a, a).dayShared, 1);
});
