import { prf } from '../eval/types.js';

export interface Scores {
  bcubed: { precision: number; recall: number; f1: number };
  pairwise: { precision: number; recall: number; f1: number };
  clusters: { gold: number; predicted: number };
}

/** B-cubed and pairwise precision/recall/F1 of a predicted partition against a gold one (same items). */
export function clusterScores(gold: string[], predicted: string[]): Scores {
  const n = gold.length;
  const byGold = groups(gold);
  const byPred = groups(predicted);
  // contingency: (gold, pred) → count
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = gold[i] + '\u0000' + predicted[i];
    joint.set(k, (joint.get(k) ?? 0) + 1);
  }
  let bp = 0;
  let br = 0;
  for (let i = 0; i < n; i++) {
    const both = joint.get(gold[i] + '\u0000' + predicted[i])!;
    bp += both / byPred.get(predicted[i]!)!;
    br += both / byGold.get(gold[i]!)!;
  }
  const precision = n ? bp / n : 0;
  const recall = n ? br / n : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const pairs = (m: Map<string, number>) => [...m.values()].reduce((s, c) => s + (c * (c - 1)) / 2, 0);
  const tp = pairs(joint);
  return {
    bcubed: { precision, recall, f1 },
    pairwise: prf(tp, pairs(byPred), pairs(byGold)),
    clusters: { gold: byGold.size, predicted: byPred.size },
  };
}

function groups(labels: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const l of labels) m.set(l, (m.get(l) ?? 0) + 1);
  return m;
}
