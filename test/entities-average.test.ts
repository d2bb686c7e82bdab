import { test } from 'node:test';
import assert from 'node:assert/strict';
import { averageModels } from '../src/extract/entities/average.js';
import { emptyResources } from '../src/extract/entities/features.js';
import { tagWords, type TaggerModel } from '../src/extract/entities/model.js';

function model(features: [string, number[]][], transitions: number[]): TaggerModel {
  const tags = ['O', 'B-PER', 'I-PER'];
  return {
    lang: 'de',
    tags,
    features: new Map(features.map(([f], i) => [f, i])),
    weights: Float32Array.from(features.flatMap(([, w]) => w)),
    transitions: Float32Array.from(transitions),
    resources: emptyResources(),
    meta: {},
  };
}

test('averaged models: mean weights, a feature one model lacks counts 0 there', () => {
  const zeros = new Array(12).fill(0);
  const a = model([['w=merkel', [0, 4, 0]], ['b', [1, 0, 0]]], zeros);
  const b = model([['w=merkel', [0, 2, 0]], ['w=berlin', [2, 0, 0]]], zeros.map((_, i) => (i === 0 ? 2 : 0)));
  const avg = averageModels([a, b]);
  const row = (f: string) => Array.from(avg.weights.subarray(avg.features.get(f)! * 3, avg.features.get(f)! * 3 + 3));
  assert.deepEqual(row('w=merkel'), [0, 3, 0]);
  assert.deepEqual(row('b'), [0.5, 0, 0]);
  assert.deepEqual(row('w=berlin'), [1, 0, 0]);
  assert.equal(avg.transitions[0], 1);
  assert.deepEqual(tagWords(avg, ['Merkel', 'sagte']), ['B-PER', 'O']);
  assert.throws(() => averageModels([]));
  assert.throws(() => averageModels([a, { ...b, tags: ['O', 'B-LOC', 'I-LOC'] }]));
});
