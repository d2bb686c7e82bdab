/**
 * Gradient-boosted regression trees for the join-or-new decision (logistic loss, shallow trees,
 * deterministic): they let the model weigh one similarity differently depending on another,
 * e.g. shared vocabulary counts for little when the main actors differ.
 */
import type { Example } from './fit.js';
import type { Tree } from '../model.js';

export interface BoostOptions {
  trees: number;
  depth: number;
  rate: number;
  minLeaf: number;
  /** `logistic` (labels 0/1, margins are log-odds) or `squared` (graded labels, margins are values). */
  loss: 'logistic' | 'squared';
}

const DEFAULTS: BoostOptions = { trees: 150, depth: 3, rate: 0.1, minLeaf: 20, loss: 'logistic' };

/** Fits trees on the residual of a starting margin per example (e.g. a linear model's). */
export function boost(examples: Example[], start: number[], options: Partial<BoostOptions> = {}): Tree[] {
  const o = { ...DEFAULTS, ...options };
  const margin = [...start];
  const trees: Tree[] = [];
  const all = examples.map((_, i) => i);
  const d = examples[0]?.x.length ?? 0;
  // each feature's candidate split points: quantiles of its values
  const cuts: number[][] = [];
  for (let f = 0; f < d; f++) {
    const vals = [...new Set(examples.map((e) => e.x[f]!))].sort((a, b) => a - b);
    const step = Math.max(1, Math.floor(vals.length / 32));
    const c: number[] = [];
    for (let i = step; i < vals.length; i += step) c.push((vals[i - 1]! + vals[i]!) / 2);
    cuts.push(c.map((v) => Math.round(v * 1e6) / 1e6));
  }
  // each example's bin per feature: the number of cuts below its value
  const bins = cuts.map((c, f) => Int32Array.from(examples, (e) => {
    let lo = 0, hi = c.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (e.x[f]! <= c[mid]!) hi = mid; else lo = mid + 1; }
    return lo;
  }));
  for (let t = 0; t < o.trees; t++) {
    const squared = o.loss === 'squared';
    const grad = examples.map((e, i) => (e.y - (squared ? margin[i]! : 1 / (1 + Math.exp(-margin[i]!)))) * (e.w ?? 1));
    const hess = examples.map((e, i) => {
      if (squared) return e.w ?? 1;
      const p = 1 / (1 + Math.exp(-margin[i]!));
      return Math.max(1e-6, p * (1 - p)) * (e.w ?? 1);
    });
    const tree = grow(all, 0);
    trees.push(tree);
    examples.forEach((e, i) => (margin[i]! += evalTree(tree, e.x)));

    function grow(idx: number[], depth: number): Tree {
      let g = 0, h = 0;
      for (const i of idx) { g += grad[i]!; h += hess[i]!; }
      const leaf = (o.rate * g) / (h + 1);
      if (depth >= o.depth || idx.length < 2 * o.minLeaf) return leaf;
      let best: { f: number; c: number; gain: number } | null = null;
      const base = (g * g) / (h + 1);
      for (let f = 0; f < d; f++) {
        // histogram of gradients over the feature's bins, then one scan over the cuts
        const nb = cuts[f]!.length + 1;
        const hg = new Float64Array(nb), hh = new Float64Array(nb), hn = new Int32Array(nb);
        const bf = bins[f]!;
        for (const i of idx) { const b = bf[i]!; hg[b] = hg[b]! + grad[i]!; hh[b] = hh[b]! + hess[i]!; hn[b] = hn[b]! + 1; }
        let gl = 0, hl = 0, nl = 0;
        for (let b = 0; b < nb - 1; b++) {
          gl += hg[b]!; hl += hh[b]!; nl += hn[b]!;
          if (nl < o.minLeaf || idx.length - nl < o.minLeaf) continue;
          const gain = (gl * gl) / (hl + 1) + ((g - gl) * (g - gl)) / (h - hl + 1) - base;
          if (gain > 1e-9 && (!best || gain > best.gain)) best = { f, c: cuts[f]![b]!, gain };
        }
      }
      if (!best) return leaf;
      const left = idx.filter((i) => examples[i]!.x[best!.f]! <= best!.c);
      const right = idx.filter((i) => examples[i]!.x[best!.f]! > best!.c);
      return { f: best.f, c: best.c, l: grow(left, depth + 1), r: grow(right, depth + 1) };
    }
  }
  return trees;
}

export function evalTree(t: Tree, x: number[]): number {
  let node: Tree = t;
  while (typeof node !== 'number') node = (x[node.f] ?? 0) <= node.c ? node.l : node.r;
  return node as number;
}
