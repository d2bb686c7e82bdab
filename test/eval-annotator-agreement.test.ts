// Human agreement read from per-annotator ratings: one annotator against the mean of the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotatorAgreement, PER_ANNOTATOR_FILE } from '../src/eval/annotator-agreement.js';

const HEADER = 'url1_lang,url2_lang,pair_id,link1,link2,ia_link1,ia_link2,annotator_id,GEO,ENT,TIME,NAR,OVERALL,STYLE,TONE';

function folder(rows: [string, string, string, number][]): string {
  const dir = mkdtempSync(join(tmpdir(), 'chronik-agreement-'));
  const lines = rows.map(([l1, l2, pair, overall], i) => `${l1},${l2},${pair},"https://a.example/x,y",https://b.example/,,,a${i},1,1,1,1,${overall},1,1`);
  writeFileSync(join(dir, PER_ANNOTATOR_FILE), [HEADER, ...lines].join('\n') + '\n');
  return join(dir, 'pairs.jsonl');
}

test('annotators who agree exactly reach Pearson 1 and same-event F1 1; other languages and single ratings are left out', () => {
  const gold = folder([
    ['de', 'de', 'p1', 1], ['de', 'de', 'p1', 1],
    ['de', 'de', 'p2', 4], ['de', 'de', 'p2', 4],
    ['de', 'de', 'p3', 3], ['de', 'de', 'p3', 3],
    ['de', 'de', 'p4', 2], // rated once
    ['es', 'es', 'p5', 1], ['es', 'es', 'p5', 4], // another language
  ]);
  const a = annotatorAgreement(gold, ['de-de'])!;
  assert.equal(a.pairs, 3);
  assert.equal(a.ratings, 6);
  assert.equal(a.pearson, 1);
  assert.equal(a.sameEvent.f1, 1);
});

test('a pair the annotators disagree on costs the agreement', () => {
  const gold = folder([
    ['en', 'en', 'p1', 1], ['en', 'en', 'p1', 1],
    ['en', 'en', 'p2', 1], ['en', 'en', 'p2', 4],
    ['en', 'en', 'p3', 4], ['en', 'en', 'p3', 4],
    ['en', 'en', 'p4', 3], ['en', 'en', 'p4', 4],
  ]);
  const a = annotatorAgreement(gold, ['en-en'])!;
  assert.ok(a.pearson < 0.9, `Pearson ${a.pearson}`);
  // p1 agrees twice; p2 says same once against a "different" mean and misses once
  assert.ok(a.sameEvent.f1 > 0.5 && a.sameEvent.f1 < 1, `F1 ${a.sameEvent.f1}`);
});

test('no per-annotator file beside the gold: no agreement figure', () => {
  assert.equal(annotatorAgreement(join(mkdtempSync(join(tmpdir(), 'chronik-agreement-')), 'pairs.jsonl'), ['de-de']), null);
});
