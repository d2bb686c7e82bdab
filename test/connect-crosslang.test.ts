import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import { loadAnalysis } from '../src/eval/cluster.js';
import { connect, explainPair, MemoryConnectState } from '../src/connect/index.js';

// Constructed reports: one earthquake told in German and in English, another earthquake
// (same kind, other place and people), and an unrelated football report.
const ARTICLES = [
  {
    id: 'quake-de', lang: 'de', date: '2021-03-04',
    title: 'Schweres Erdbeben erschüttert Valparaíso in Chile',
    text: 'Ein Erdbeben der Stärke 7,4 hat am Mittwoch die chilenische Hafenstadt Valparaíso erschüttert. Nach Angaben der Regierung kamen mindestens 38 Menschen ums Leben, mehr als 1.200 wurden verletzt. Präsident Sebastián Piñera rief den Notstand für die Region aus. Rettungskräfte suchten in eingestürzten Häusern nach Überlebenden. Die Marine warnte vor einem Tsunami an der Küste von Chile. Der Flughafen von Santiago blieb geschlossen.',
  },
  {
    id: 'quake-en', lang: 'en', date: '2021-03-04',
    title: 'Strong earthquake hits Valparaíso, Chile',
    text: 'A magnitude 7.4 earthquake struck the Chilean port city of Valparaíso on Wednesday. At least 38 people were killed and more than 1,200 injured, the government said. President Sebastián Piñera declared a state of emergency for the region. Rescue workers searched collapsed houses for survivors. The navy issued a tsunami warning for the coast of Chile. The airport in Santiago remained closed.',
  },
  {
    id: 'quake-other', lang: 'de', date: '2021-03-06',
    title: 'Erdbeben in Nepal: Dutzende Tote in Pokhara',
    text: 'Ein Erdbeben der Stärke 6,1 hat am Freitag den Westen Nepals getroffen. In der Stadt Pokhara starben nach Behördenangaben 52 Menschen. Premierminister Khadga Prasad Sharma Oli kündigte Hilfe für die Opfer an. Im Himalaya lösten die Erschütterungen Erdrutsche aus, mehrere Dörfer sind von der Außenwelt abgeschnitten.',
  },
  {
    id: 'football-en', lang: 'en', date: '2021-03-05',
    title: 'Liverpool beat Arsenal 3-1 at Anfield',
    text: 'Mohamed Salah scored twice as Liverpool beat Arsenal 3-1 at Anfield on Thursday night. Jürgen Klopp praised his side after the Premier League match. Arsenal manager Mikel Arteta said his team had lacked energy in the second half. The win lifts Liverpool to third in the table.',
  },
];

async function docs() {
  const { components, link } = await loadAnalysis();
  return ARTICLES.map((a) => {
    const p = prepareArticle({ input: a.id, ...a });
    if (p instanceof InputError) throw p;
    const doc: Doc = { article: p.article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    for (const c of components) c.apply(doc);
    return { doc, ids: link(doc) };
  });
}

test('a German and an English report of one event join it; other events stay apart', async () => {
  const items = await docs();
  const state = new MemoryConnectState();
  const [de, en, other, football] = items.map((x) => connect(x.doc, x.ids, state));
  assert.ok(de && en && other && football);
  assert.equal(en.eventId, de.eventId, `cross-language join: ${JSON.stringify(en.eventReason)}`);
  assert.equal(en.eventReason.decision, 'joined');
  assert.ok(en.eventReason.sharedTerms.length + en.eventReason.sharedEntities.length > 0, JSON.stringify(en.eventReason));
  assert.notEqual(other.eventId, de.eventId, 'another earthquake is another event');
  assert.notEqual(football.eventId, de.eventId);
  assert.notEqual(football.storyId, de.storyId);
  const why = explainPair(items[0]!.doc, items[1]!.doc, items[0]!.ids, items[1]!.ids, state);
  assert.equal(why.sameEvent, true);
  assert.ok(why.similarity > explainPair(items[0]!.doc, items[3]!.doc, items[0]!.ids, items[3]!.ids, state).similarity);
});

test('odd input does not break connect', async () => {
  const { components, link } = await loadAnalysis();
  const state = new MemoryConnectState();
  for (const text of ['x', '\u0000\u200b🙂🙂', 'Wort '.repeat(50_000), '1 2 3 4 5 6 7 8 9 10 11 12']) {
    const doc: Doc = {
      article: { id: 'odd', input: 'odd', url: null, source: null, title: null, text, lang: 'und', date: null, credits: [], contentHash: 'h' },
      sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null,
    };
    for (const c of components) c.apply(doc);
    const a = connect(doc, link(doc), state);
    assert.ok(a.eventId && a.storyId);
  }
});
