// Choosing among a story's events by what sets each apart: keys all siblings hold do not count,
// and neither do an event's size, a view some sibling has nothing in, or the language an event
// happened to be reported in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { siblingScores, type Sibling } from '../src/connect/siblings.js';
import { VIEWS, type Weighted } from '../src/connect/weigh.js';
import type { Vec } from '../src/connect/vector.js';

function views(parts: Partial<Record<keyof Weighted, Vec>>): Weighted {
  const out = {} as Weighted;
  for (const v of VIEWS) out[v] = parts[v] ?? {};
  return out;
}

const sib = (parts: Partial<Record<keyof Weighted, Vec>>, langs?: Record<string, number>): Sibling => ({ views: views(parts), langs });

test("the event holding the article's distinctive terms wins over a bigger one sharing only the story's terms", () => {
  const article = views({ cross: { 'x:harwick': 0.6, 'x:warehous': 0.6, 'x:charger': 0.4, 'x:report': 0.35 } });
  // the fire: three members' worth of the story's own terms (sums, as profiles hold them)
  const fire = views({ cross: { 'x:harwick': 3, 'x:warehous': 3, 'x:flame': 2 } });
  const report = views({ cross: { 'x:harwick': 1, 'x:warehous': 1, 'x:charger': 1, 'x:report': 1 } });
  const [f, r] = siblingScores(article, [{ views: fire }, { views: report }]);
  assert.ok(r! > f!, `report ${r} > fire ${f}`);
  assert.equal(f, 0, 'terms every sibling holds say nothing');
});

test("scaling an event's profile (more members of the same content) does not change its score", () => {
  const article = views({ numbers: { 'n:26000000': 1 }, entities: { 'e:kurpark': 0.5, 'e:brinkmann': 0.8 } });
  const cost = views({ numbers: { 'n:26000000': 1 }, entities: { 'e:kurpark': 1 } });
  const vote = views({ numbers: { 'n:21': 1 }, entities: { 'e:kurpark': 1, 'e:adebayo': 1 } });
  const once = siblingScores(article, [{ views: cost }, { views: vote }]);
  const bigVote = views({ numbers: { 'n:21': 5 }, entities: { 'e:kurpark': 5, 'e:adebayo': 5 } });
  assert.deepEqual(siblingScores(article, [{ views: cost }, { views: bigVote }]), once);
  assert.ok(once[0]! > once[1]!);
});

test('a single event or empty views score zero', () => {
  assert.deepEqual(siblingScores(views({}), [sib({})]), [0]);
  assert.deepEqual(siblingScores(views({ cross: { 'x:a': 1 } }), [sib({}), sib({})]), [0, 0]);
});

test('a view one sibling has nothing in does not count: an event without figures cannot disagree on them', () => {
  const article = views({ numbers: { 'n:300': 1 }, entities: { 'e:ashby': 0.8, 'e:harwick': 0.5 } });
  const fire = sib({ numbers: { 'n:300': 1, 'n:80': 1 }, entities: { 'e:harwick': 1 } });
  const report = sib({ entities: { 'e:harwick': 1, 'e:ashby': 1 } });
  const [f, r] = siblingScores(article, [fire, report]);
  assert.equal(f, 0, 'the shared figure says nothing while the report gives none');
  assert.ok(r! > 0);
  // once the report gives figures of its own, the fire's figure counts again
  const [f2] = siblingScores(article, [fire, sib({ numbers: { 'n:2': 1 }, entities: { 'e:harwick': 1, 'e:ashby': 1 } })]);
  assert.ok(f2! > 0);
});

test('where only some siblings were reported in the article\'s language, only entities and figures count', () => {
  // an English article: many words in common with the English reports of one event, and the
  // people of the other event, reported only in German
  const article = views({ cross: { 'x:warehous': 0.6, 'x:blaze': 0.5 }, titleX: { 'x:warehous': 1 }, entities: { 'e:ashby': 0.7, 'e:harwick': 0.5 } });
  const parts: Partial<Record<keyof Weighted, Vec>>[] = [
    { cross: { 'x:warehous': 2, 'x:blaze': 1, 'x:harwick': 1 }, titleX: { 'x:warehous': 1 }, entities: { 'e:harwick': 2, 'e:mehta': 1 } },
    { cross: { 'x:charger': 1, 'x:harwick': 1 }, titleX: { 'x:report': 1 }, entities: { 'e:harwick': 1, 'e:ashby': 1 } },
  ];
  const [f, r] = siblingScores(article, [sib(parts[0]!, { en: 2, de: 1 }), sib(parts[1]!, { de: 1 })], 'en');
  assert.ok(r! > 0 && f === 0, `report ${r} over fire ${f} on entities alone`);
  // with reports in the article's language on both sides, the words count as well
  const [f2, r2] = siblingScores(article, [sib(parts[0]!, { en: 2 }), sib(parts[1]!, { en: 1 })], 'en');
  assert.ok(f2! > r2!, `fire ${f2} over report ${r2} on words`);
});
