/**
 * Small, deterministic model fitting for connect: logistic regression (join or not) and
 * least-squares regression (graded similarity), by full-batch gradient descent on
 * standardised features with L2, folded back to raw-feature weights.
 */
export interface Example {
  x: number[];
  y: number;
  /** Example weight (default 1). */
  w?: number;
}

export interface Linear {
  weights: number[];
  bias: number;
}

function standardise(examples: Example[]): { mean: number[]; std: number[] } {
  const d = examples[0]?.x.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const e of examples) e.x.forEach((v, i) => (mean[i]! += v / examples.length));
  for (const e of examples) e.x.forEach((v, i) => (std[i]! += (v - mean[i]!) ** 2 / examples.length));
  // a feature that never varies in the data gets no weight (infinite scale), not a huge one
  return { mean, std: std.map((s) => (Math.sqrt(s) > 1e-9 ? Math.sqrt(s) : Infinity)) };
}

function fit(examples: Example[], logistic: boolean, l2: number, epochs: number): Linear {
  if (!examples.length) return { weights: [], bias: 0 };
  const { mean, std } = standardise(examples);
  const d = mean.length;
  const z = examples.map((e) => e.x.map((v, i) => (v - mean[i]!) / std[i]!));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const total = examples.reduce((s, e) => s + (e.w ?? 1), 0);
  const rate = logistic ? 0.5 : 0.1;
  // Adam-free but with a decaying rate: converges reliably on these few, dense features
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    examples.forEach((e, n) => {
      let s = b;
      for (let i = 0; i < d; i++) s += w[i]! * z[n]![i]!;
      const pred = logistic ? 1 / (1 + Math.exp(-s)) : s;
      const err = (pred - e.y) * (e.w ?? 1);
      for (let i = 0; i < d; i++) gw[i]! += err * z[n]![i]!;
      gb += err;
    });
    const lr = rate / (1 + epoch / 500);
    for (let i = 0; i < d; i++) w[i]! -= lr * (gw[i]! / total + l2 * w[i]!);
    b -= lr * (gb / total);
  }
  // back to raw features: w·(x-mean)/std + b
  const weights = w.map((wi, i) => wi / std[i]!);
  const bias = b - w.reduce((s, wi, i) => s + (wi * mean[i]!) / std[i]!, 0);
  return { weights, bias };
}

export function fitLogistic(examples: Example[], l2 = 1e-3, epochs = 1500): Linear {
  return fit(examples, true, l2, epochs);
}

export function fitLinear(examples: Example[], l2 = 1e-3, epochs = 1500): Linear {
  return fit(examples, false, l2, epochs);
}

export function predict(m: Linear, x: number[]): number {
  return x.reduce((s, v, i) => s + v * (m.weights[i] ?? 0), m.bias);
}

export function pearson(a: number[], b: number[]): number {
  const n = a.length;
  if (n < 2) return 0;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let num = 0, da = 0, db = 0;
  for (let i = 0; i < n; i++) {
    num += (a[i]! - ma) * (b[i]! - mb);
    da += (a[i]! - ma) ** 2;
    db += (b[i]! - mb) ** 2;
  }
  return da && db ? num / Math.sqrt(da * db) : 0;
}
