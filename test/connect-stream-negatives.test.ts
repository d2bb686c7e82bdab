import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseGold } from '../src/eval/cluster.js';
import { streamJoins, streamNegatives, type StreamArticle } from '../src/connect/train/stream-negatives.js';

const article = (id: string, date: string, text: string) => ({ raw: { input: id, id, text, date, lang: 'de' }, cluster: id, topic: null });

async function stream(desks: Record<string, string>, texts: Record<string, [string, string]>): Promise<StreamArticle[]> {
  const { items } = await analyseGold(Object.entries(texts).map(([id, [date, text]]) => article(id, date, text)), () => {});
  return items.map((it) => ({ ...it, category: desks[it.cluster]! }));
}

test('a diverse stream teaches "not the same event" only from candidates of another desk', async () => {
  const texts: Record<string, [string, string]> = {
    a: ['2016-03-01', 'Wien – Die Inflation in Österreich ist im Februar auf 1,4 Prozent gestiegen. Vor allem Mieten und Treibstoff wurden teurer, teilte die Statistik Austria in Wien mit.'],
    b: ['2016-03-02', 'Wien – Rapid Wien hat in Österreich das Derby gegen die Austria mit 2:1 gewonnen. Die Fans feierten in Wien bis in die Nacht, die Mieten im Stadion wurden teurer.'],
    c: ['2016-03-03', 'Wien – Die Austria verlor in Österreich auch das Spiel gegen Sturm Graz. Die Fans in Wien pfiffen, teilte der Verein mit.'],
  };
  const items = await stream({ a: 'Wirtschaft', b: 'Sport', c: 'Sport' }, texts);
  const { examples } = streamNegatives(items);
  assert.ok(examples.length >= 1, 'the sport reports meet the economy report as a candidate');
  assert.ok(examples.every((e) => e.y === 0));
  // the same articles all from one desk: nothing is known, nothing is taught
  const oneDesk = await stream({ a: 'Sport', b: 'Sport', c: 'Sport' }, texts);
  assert.equal(streamNegatives(oneDesk).examples.length, 0);
});

test('stream joins count the articles that share an event with another desk', async () => {
  const fake = (cluster: string, category: string) => ({ cluster, category }) as StreamArticle;
  const items = [fake('a', 'Sport'), fake('b', 'Sport'), fake('c', 'Kultur'), fake('d', 'Sport'), fake('e', 'Web')];
  // events: a+b (one desk), c+d (two desks), e alone
  assert.deepEqual(streamJoins(items, ['ev1', 'ev1', 'ev2', 'ev2', 'ev3']), { clusters: 2, articlesJoined: 4, crossDesk: 2 });
});
