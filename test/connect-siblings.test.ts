// Choosing among a story's events by what sets each apart: keys all siblings hold do not count,
// and an event's size does not either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siblingScores } from '../src/connect/siblings.js';
import { VIEWS, type Weighted } from '../src/connect/weigh.js';
import type { Vec } from '../src/connect/vector.js';

function views(parts: Partial<Record<keyof Weighted, Vec>>): Weighted {
  const out = {} as Weighted;
  for (const v of VIEWS) out[v] = parts[v] ?? {};
  return out;
}

test("the event holding the article's distinctive terms wins over a bigger one sharing only the story's terms", () => {
  const article = views({ cross: { 'x:harwick': 0.6, 'x:warehous': 0.6, 'x:charger': 0.4, 'x:report': 0.35 } });
  // the fire: three members' worth of the story's own terms (sums, as profiles hold them)
  const fire = views({ cross: { 'x:harwick': 3, 'x:warehous': 3, 'x:flame': 2 } });
  const report = views({ cross: { 'x:harwick': 1, 'x:warehous': 1, 'x:charger': 1, 'x:report': 1 } });
  const [f, r] = siblingScores(article, [fire, report]);
  assert.ok(r! > f!, `report ${r} > fire ${f}`);
  assert.equal(f, 0, 'terms every sibling holds say nothing');
});

test("scaling an event's profile (more members of the same content) does not change its score", () => {
  const article = views({ numbers: { 'n:26000000': 1 }, entities: { 'e:kurpark': 0.5, 'e:brinkmann': 0.8 } });
  const cost = views({ numbers: { 'n:26000000': 1 }, entities: { 'e:kurpark': 1 } });
  const vote = views({ numbers: { 'n:21': 1 }, entities: { 'e:kurpark': 1, 'e:adebayo': 1 } });
  const once = siblingScores(article, [cost, vote]);
  const bigVote = views({ numbers: { 'n:21': 5 }, entities: { 'e:kurpark': 5, 'e:adebayo': 5 } });
  assert.deepEqual(siblingScores(article, [cost, bigVote]), once);
  assert.ok(once[0]! > once[1]!);
});

test('a single event or empty views score zero', () => {
  assert.deepEqual(siblingScores(views({}), [views({})]), [0]);
  assert.deepEqual(siblingScores(views({ cross: { 'x:a': 1 } }), [views({}), views({})]), [0, 0]);
});
