import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fitLogistic, predict, type Example } from '../src/connect/train/fit.js';
import { boost, evalTree } from '../src/connect/train/trees.js';
import { probability, type JoinModel } from '../src/connect/model.js';
import { FEATURES, type FeatureName } from '../src/connect/features.js';

// Join only when the words AND the main actors agree (both similarities high): shared words with
// other actors (the same kind of happening elsewhere) is "new", and so are shared actors with
// other words. A linear margin cuts this corner; trees follow it.
function examples(): Example[] {
  const out: Example[] = [];
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < 600; i++) {
    const words = rand();
    const actors = rand();
    out.push({ x: [words, actors], y: words > 0.5 && actors > 0.5 ? 1 : 0 });
  }
  return out;
}

const accuracy = (data: Example[], margin: (x: number[]) => number) =>
  data.filter((e) => (margin(e.x) >= 0 ? 1 : 0) === e.y).length / data.length;

test('boosted trees learn an interaction the linear join model misses, deterministically', () => {
  const data = examples();
  const linear = fitLogistic(data, 1e-3, 1500);
  const start = data.map((e) => predict(linear, e.x));
  const trees = boost(data, start, { trees: 60, depth: 2, minLeaf: 5 });
  const boosted = (x: number[]) => predict(linear, x) + trees.reduce<number>((z, t) => z + evalTree(t, x), 0);
  const linAcc = accuracy(data, (x) => predict(linear, x));
  const treeAcc = accuracy(data, boosted);
  assert.ok(treeAcc >= 0.97, `boosted accuracy ${treeAcc}`);
  assert.ok(treeAcc > linAcc, `boosted ${treeAcc} vs linear ${linAcc}`);
  assert.deepEqual(boost(data, start, { trees: 60, depth: 2, minLeaf: 5 }), trees, 'same data, same trees');

  // the shipped model format carries the trees: probability() adds their margins
  const names: FeatureName[] = ['body', 'core'];
  const model: JoinModel = { features: names, weights: linear.weights, bias: linear.bias, threshold: 0.5, trees };
  const sims = (body: number, core: number) => ({ ...Object.fromEntries(FEATURES.map((f) => [f, 0])), body, core }) as Record<FeatureName, number>;
  assert.ok(probability(model, sims(0.9, 0.9)) > 0.5);
  assert.ok(probability(model, sims(0.95, 0.1)) < 0.5);
  assert.ok(probability(model, sims(0.1, 0.95)) < 0.5);
});

test('the event bars are chosen again given each other until none changes', async () => {
  const { refineBars } = await import('../src/connect/train/train-models.js');
  // A score where the merge bar's best value depends on the far bar: with far off, a merge bar
  // of 0.7 is best; once far is 0.6 (better on its own), 0.3 beats 0.7. One pass in the order
  // merge → far would stop at merge 0.7.
  const score = (b: { merge?: number; far?: number; conflict?: number; mergeUndated?: number | false }) => {
    const far = b.far === 0.6 ? 0.02 : 0;
    const merge = b.merge === 0.7 ? 0.01 : b.merge === 0.3 ? (b.far === 0.6 ? 0.03 : -0.01) : 0;
    return 0.8 + far + merge + (b.mergeUndated === false ? 0.005 : 0);
  };
  const logs: string[] = [];
  const bars = refineBars({ merge: 0.7, conflict: undefined, far: undefined, mergeUndated: undefined }, score, (m) => logs.push(m), 5);
  assert.deepEqual(bars, { merge: 0.3, conflict: undefined, far: 0.6, mergeUndated: false });
  assert.ok(logs.some((l) => /merge bar, round 2/.test(l)), 'a second round re-chose the merge bar');
  // a value that only ties the current one does not replace it
  const flat = refineBars({ merge: 0.5, conflict: 0.8, far: 0.9, mergeUndated: 0.9 }, () => 0.8, () => {}, 5);
  assert.deepEqual(flat, { merge: 0.5, conflict: 0.8, far: 0.9, mergeUndated: 0.9 });
});
