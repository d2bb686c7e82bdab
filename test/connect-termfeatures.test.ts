import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prepare } from '../src/connect/index.js';
import { analyseArticles } from './helpers/connect.js';
import { pairSide, termExtras } from '../src/connect/pair-features.js';

// Constructed German reports: one cabinet decision told with compounds and with their parts,
// and an unrelated sports report.
const ARTICLES = [
  {
    id: 'gesetz-a', lang: 'de',
    title: 'Bundesregierung beschließt Klimaschutzgesetz',
    text: 'Die Bundesregierung hat am Mittwoch das neue Klimaschutzgesetz beschlossen. Die Kohlekraftwerke sollen bis 2030 vom Netz gehen. Umweltverbände kritisierten die Fristen als zu lang. Der Bundestag berät das Gesetz im Herbst.',
  },
  {
    id: 'gesetz-b', lang: 'de',
    title: 'Regierung einigt sich auf Gesetz zum Klimaschutz',
    text: 'Die Regierung in Berlin hat ein Gesetz zum Schutz des Klimas auf den Weg gebracht. Kraftwerke, die Kohle verbrennen, sollen bis 2030 abgeschaltet werden. Verbände für die Umwelt halten die Fristen für zu lang. Das Parlament berät im Herbst.',
  },
  {
    id: 'fussball', lang: 'de',
    title: 'Bayern gewinnt Spitzenspiel in Dortmund',
    text: 'Der FC Bayern hat das Spitzenspiel bei Borussia Dortmund mit 3:1 gewonnen. Zwei Tore fielen in der Nachspielzeit. Der Trainer lobte die Abwehr. Dortmund bleibt Tabellenzweiter.',
  },
];

async function sides() {
  const { items, state } = await analyseArticles(ARTICLES);
  return items.map((x) => pairSide(x.doc, prepare(x.doc, x.ids, state)));
}

test('term features of an article with itself are at their top', async () => {
  const [a] = await sides();
  const self = termExtras(a!, a!);
  assert.ok(self.crossSame > 0.99 && self.binBody > 0.99, `cross ${self.crossSame}, binary ${self.binBody}`);
  assert.equal(self.topShare, 1);
  assert.ok(self.bestSent > 0.99 && self.bestSent3 > 0.99);
  assert.equal(self.langDe, 1);
});

test('split compounds let two tellings of one decision meet, and not an unrelated report', async () => {
  const [a, b, sport] = await sides();
  const same = termExtras(a!, b!);
  const other = termExtras(a!, sport!);
  // `Bundesregierung`/`Regierung`, `Klimaschutzgesetz`/`Gesetz zum Klimaschutz`: the language-neutral
  // view splits the compounds, the German stems do not
  assert.ok(same.crossSame > same.binBody, `language-neutral ${same.crossSame} vs German stems ${same.binBody}`);
  assert.ok(same.crossSame > other.crossSame, `same decision ${same.crossSame} vs sports ${other.crossSame}`);
  assert.ok(same.bestSent > other.bestSent, `best sentence ${same.bestSent} vs ${other.bestSent}`);
  assert.ok(same.topShareX > other.topShareX);
});
