import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLeadingTitle } from '../src/connect/train/title-split.js';
import { bestCut, ecbTransferF1 } from '../src/connect/train/similarity-model.js';
import type { PairSims } from '../src/connect/pair.js';
import { isSameEvent, sameEventScore, similarityModel, type SimilarityModel } from '../src/connect/similarity.js';
import { compareDocs } from '../src/connect/pair.js';
import { analyseArticles } from './helpers/connect.js';
import { prepare } from '../src/connect/index.js';
import { pairSide, titleExtras, type PairSide } from '../src/connect/pair-features.js';

test('title split: a German headline run into its body ends before the sentence opener', () => {
  const s = splitLeadingTitle('Stadtrat beschließt neuen Radweg am Fluss Der Stadtrat hat am Dienstag den Bau beschlossen.', 'de');
  assert.deepEqual(s, { title: 'Stadtrat beschließt neuen Radweg am Fluss', text: 'Der Stadtrat hat am Dienstag den Bau beschlossen.' });
});

test('title split: English sentence case splits, Title Case does not split at a capitalised article', () => {
  const s = splitLeadingTitle('Storm closes two bridges over the river The storm closed both bridges on Monday.', 'en');
  assert.equal(s?.title, 'Storm closes two bridges over the river');
  assert.equal(splitLeadingTitle('Why A Storm Closes The Bridges Over The River every winter', 'en'), null);
});

test('title split: explicit breaks, a repeated title, a site bar, a dateline and a question', () => {
  assert.equal(splitLeadingTitle('Hafen wird ausgebaut\nDie Stadt plant den Ausbau.', 'de')?.title, 'Hafen wird ausgebaut');
  assert.deepEqual(splitLeadingTitle('Hafen wird ausgebaut Hafen wird ausgebaut Die Stadt plant den Ausbau.', 'de'),
    { title: 'Hafen wird ausgebaut', text: 'Die Stadt plant den Ausbau.' });
  assert.equal(splitLeadingTitle('Fähre läuft auf Grund | Küstenzeitung Online Eine Fähre ist aufgelaufen.', 'de')?.title, 'Fähre läuft auf Grund');
  assert.equal(splitLeadingTitle('Ferry runs aground off the coast KIEL (Agency) - A ferry ran aground.', 'en')?.title, 'Ferry runs aground off the coast');
  assert.equal(splitLeadingTitle('Will the ferry sail again soon? Nobody at the harbour knows yet.', 'en')?.title, 'Will the ferry sail again soon?');
});

test('title split: empty, odd and unsplittable texts give null, not errors', () => {
  for (const text of ['', '   ', '\u0000\u200b🙂', 'kurz', 'Wort '.repeat(20_000)]) {
    const s = splitLeadingTitle(text, 'de');
    assert.ok(s === null || (s.title.length > 0 && s.text.length > 0));
  }
  assert.equal(splitLeadingTitle('Ein Satz ohne Titel.', 'de'), null);
});

test('best cut: the threshold with the best F1 over the labelled pairs, unlabelled ones ignored', () => {
  const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
  const labels = [true, true, false, true, false, null];
  const { cut, f1 } = bestCut(scores, labels);
  assert.equal(cut, 0.6);
  assert.ok(Math.abs(f1 - 6 / 7) < 1e-9);
});

test('same-event decision: the classifier mix follows its share of the graded score', () => {
  const base: SimilarityModel = { features: ['body'], weights: [1], bias: 0, sameEvent: 0.5 };
  const classifier = { features: ['title'], weights: [1], bias: 0, gradedScale: [0.5, 0.1] as [number, number], ownScale: [0.5, 0.1] as [number, number], cut: 0 };
  const sims = { body: 0.9, title: 0.1 };
  assert.equal(isSameEvent(sims, base), true, 'the graded cut alone');
  assert.equal(isSameEvent(sims, { ...base, sameEventClassifier: { ...classifier, mix: 1 } }), true);
  assert.equal(isSameEvent(sims, { ...base, sameEventClassifier: { ...classifier, mix: 0 } }), false, 'the classifier alone');
  assert.ok(Math.abs(sameEventScore(sims, 0.9, { ...classifier, mix: 0.5 })) < 1e-9, 'equal and opposite standardised margins cancel');
});

test('the shipped same-event decision: a translated report of one storm is the same event, a court report is not', async () => {
  const { items, state } = await analyseArticles([
    { id: 'storm-en', lang: 'en', title: 'Storm floods Hamburg harbour', text: 'A severe storm flooded the harbour of Hamburg on Monday. The fire brigade said 14 people were rescued from cars in the water. Mayor Peter Tschentscher called the damage serious. Ferries to Finkenwerder were stopped until Tuesday.' },
    { id: 'storm-en2', lang: 'en', title: 'Hamburg harbour flooded by storm, 14 rescued', text: 'Firefighters rescued 14 people from cars after a severe storm flooded Hamburg harbour on Monday. Mayor Peter Tschentscher said the damage was serious. Ferry services to Finkenwerder were halted until Tuesday.' },
    { id: 'court-en', lang: 'en', title: 'Court in Madrid jails former minister', text: 'A court in Madrid sentenced a former Spanish minister to six years in prison for fraud on Thursday. The judge said the money had been moved to accounts in Switzerland. His lawyer said he would appeal.' },
  ]);
  const [a, b, c] = items as [typeof items[0], typeof items[0], typeof items[0]];
  const model = similarityModel();
  assert.equal(isSameEvent(compareDocs(a.doc, b.doc, a.ids, b.ids, state), model), true);
  assert.equal(isSameEvent(compareDocs(a.doc, c.doc, a.ids, c.ids, state), model), false);
});

test('title features: a headline whose news the other report tells, against one sharing only the town', async () => {
  const { items, state } = await analyseArticles([
    { id: 'fire-a', lang: 'de', title: 'Großbrand zerstört Lagerhalle in Kaltenbach', text: 'In Kaltenbach hat in der Nacht ein Großbrand eine Lagerhalle zerstört. Die Feuerwehr war mit 80 Kräften im Einsatz. Verletzt wurde niemand.' },
    { id: 'fire-b', lang: 'de', title: 'Großbrand in Kaltenbach: Lagerhalle brennt nieder', text: 'Eine Lagerhalle in Kaltenbach ist bei einem Großbrand völlig zerstört worden. Rund 80 Feuerwehrleute kämpften bis zum Morgen gegen die Flammen.' },
    { id: 'market', lang: 'de', title: 'Kaltenbach feiert Weihnachtsmarkt', text: 'Der Weihnachtsmarkt in Kaltenbach hat am Wochenende tausende Besucher angelockt. Die Stadt zeigte sich zufrieden mit dem Andrang.' },
    { id: 'untitled', lang: 'de', title: '', text: 'Eine Lagerhalle in Kaltenbach ist bei einem Großbrand zerstört worden.' },
  ]);
  const sides = items.map((x) => pairSide(x.doc, prepare(x.doc, x.ids, state)));
  const [a, b, market, untitled] = sides as [PairSide, PairSide, PairSide, PairSide];
  const same = titleExtras(a, b), town = titleExtras(a, market);
  assert.ok(same.titleIn > town.titleIn, `same event ${same.titleIn} vs same town ${town.titleIn}`);
  assert.ok(same.titleInMin > town.titleInMin);
  assert.equal(same.titled, 1);
  const one = titleExtras(a, untitled);
  assert.equal(one.titled, 0, 'one side has no title');
  assert.equal(one.titleInMin, 0);
  assert.ok(one.titleIn > 0, 'the titled side\'s headline is found in the untitled report');
  for (const v of Object.values(titleExtras(untitled, untitled))) assert.ok(Number.isFinite(v));
});

test('ECB+ transfer F1: a classifier fitted on graded pairs scores same-event pairs against topic mates', () => {
  // pairs whose body similarity tells same event (Overall 1) from different (4); `title` is noise
  const pair = (body: number, title: number, overall: number) => ({ sims: { body, title } as unknown as PairSims, overall });
  const semeval = Array.from({ length: 40 }, (_, i) => pair(i % 2 ? 0.8 + (i % 5) / 50 : 0.1 + (i % 7) / 50, (i * 37 % 11) / 11, i % 2 ? 1 : 4));
  const separable = [pair(0.9, 0.1, 1), pair(0.85, 0.9, 1), pair(0.2, 0.9, 3), pair(0.15, 0.1, 3), pair(0.5, 0.5, 4)];
  assert.equal(ecbTransferF1(semeval, separable, ['body', 'title'], { labels: 'hard', trees: false }), 1);
  const reversed = [pair(0.1, 0.1, 1), pair(0.9, 0.9, 3)];
  assert.ok(ecbTransferF1(semeval, reversed, ['body', 'title'], { labels: 'hard', trees: false }) < 1, 'a topic mate ranked above the same event costs F1');
});
