import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyResources } from '../src/extract/entities/features.js';
import { tagWords, type TaggerModel } from '../src/extract/entities/model.js';
import { prepareTraining, trainPrepared, trainTagger } from '../src/extract/entities/train.js';
import type { GoldSentence } from '../src/extract/entities/tags.js';

// a toy task (a few sentences, milliseconds): capitalised words after `Herr` are people
const train: GoldSentence[] = ['Meier', 'Schulz', 'Wagner', 'Becker', 'Hoffmann', 'Koch'].map((name) => ({
  tokens: ['Herr', name, 'kommt', 'heute'],
  tags: ['O', 'B-PER', 'O', 'O'],
}));

function toyTagger(margin: number): TaggerModel {
  return trainTagger({ lang: 'de', train, dev: train, resources: emptyResources(), epochs: 3, seed: 1, minCount: 1, margin, log: () => {} });
}

/** How far the best tag of `word` after `Herr` outscores the next best, by the word's own features. */
function gap(model: TaggerModel, feature: string): number {
  const row = model.features.get(feature);
  assert.ok(row !== undefined, feature);
  const T = model.tags.length;
  const w = Array.from(model.weights.subarray(row * T, row * T + T)).sort((a, b) => b - a);
  return w[0]! - w[1]!;
}

test('cost-augmented training learns the toy names and separates them by a wider margin', () => {
  const plain = toyTagger(0);
  const wide = toyTagger(4);
  for (const m of [plain, wide]) assert.deepEqual(tagWords(m, ['Herr', 'Neumann', 'kommt', 'heute']), ['O', 'B-PER', 'O', 'O']);
  // the feature that names the context, `w-1=herr`, must outweigh its rivals more under a margin
  assert.ok(gap(wide, 'w-1=herr') > gap(plain, 'w-1=herr'), `${gap(wide, 'w-1=herr')} vs ${gap(plain, 'w-1=herr')}`);
});

test('one feature preparation serves several learners: the same settings give the same model', () => {
  const opts = { lang: 'de', train, dev: train, resources: emptyResources(), epochs: 3, seed: 1, minCount: 1, margin: 4, log: () => {} };
  const prepared = prepareTraining(opts);
  const viaPrepared = trainPrepared(prepared, opts);
  // another learner on the same preparation in between must not change the next one's result
  trainPrepared(prepared, { ...opts, seed: 5, paC: 1 });
  const again = trainPrepared(prepared, opts);
  const direct = trainTagger(opts);
  assert.deepEqual(Array.from(again.weights), Array.from(viaPrepared.weights));
  assert.deepEqual(Array.from(direct.weights), Array.from(viaPrepared.weights));
  assert.deepEqual(Array.from(direct.transitions), Array.from(viaPrepared.transitions));
});

test('passive-aggressive steps learn the toy names with steps no larger than their cap', () => {
  const opts = { lang: 'de', train, dev: train, resources: emptyResources(), epochs: 3, seed: 1, minCount: 1, margin: 4, log: () => {} };
  const pa = trainTagger({ ...opts, paC: 1 });
  assert.deepEqual(tagWords(pa, ['Herr', 'Neumann', 'kommt', 'heute']), ['O', 'B-PER', 'O', 'O']);
  assert.equal(pa.meta.paC, 1);
  // capped at a tiny step, every weight stays within epochs × tokens × cap
  const tiny = trainTagger({ ...opts, paC: 0.001 });
  const bound = 3 * train.length * 4 * 0.001 + 1e-9;
  for (const v of tiny.weights) assert.ok(Math.abs(v) <= bound, `${v} > ${bound}`);
});
