/**
 * Weight averaging of taggers trained on the same tag set and word resources but with other
 * shuffles, features or dropout: the average of linear models scores like a vote of them
 * (the errors of one are outvoted by the others) at the cost of one model when tagging.
 */
import type { TaggerModel } from './model.js';

/** The mean of the models' weights (a feature one model lacks counts 0 there); resources of the first. */
export function averageModels(models: TaggerModel[]): TaggerModel {
  const first = models[0];
  if (!first) throw new Error('no models to average');
  const T = first.tags.length;
  for (const m of models) if (m.tags.join() !== first.tags.join()) throw new Error('models with different tag sets');
  const features = new Map<string, number>();
  for (const m of models) for (const f of m.features.keys()) if (!features.has(f)) features.set(f, features.size);
  const weights = new Float32Array(features.size * T);
  const transitions = new Float32Array(first.transitions.length);
  const share = 1 / models.length;
  for (const m of models) {
    const w = m.weights;
    for (const [f, row] of m.features) {
      const to = features.get(f)! * T;
      for (let t = 0; t < T; t++) weights[to + t]! += w[row * T + t]! * share;
    }
    m.transitions.forEach((v, i) => (transitions[i]! += v * share));
  }
  return { ...first, features, weights, transitions, meta: { ...first.meta, averageOf: models.map((m) => m.meta) } };
}
