/**
 * The bookkeeping of an averaged perceptron (Collins 2002) over string features: current
 * weights, and their running sum kept lazily per feature, so an update costs only the
 * features it touches. The training loops (binary, ranking) live with their scripts.
 */
export class AveragedWeights {
  private readonly w = new Map<string, number>();
  private readonly total = new Map<string, number>();
  private readonly stamp = new Map<string, number>();
  private step = 1;

  score(features: Iterable<string>): number {
    let s = 0;
    for (const f of features) s += this.w.get(f) ?? 0;
    return s;
  }

  bump(feature: string, by: number): void {
    const cur = this.w.get(feature) ?? 0;
    this.total.set(feature, (this.total.get(feature) ?? 0) + cur * (this.step - (this.stamp.get(feature) ?? 0)));
    this.stamp.set(feature, this.step);
    this.w.set(feature, cur + by);
  }

  /** One example seen (whether or not it updated anything). */
  tick(): void {
    this.step++;
  }

  /** The averaged weights, rounded to three decimals, zeros left out. */
  averaged(): Record<string, number> {
    const avg: Record<string, number> = {};
    for (const [f, cur] of this.w) {
      const t = (this.total.get(f) ?? 0) + cur * (this.step - (this.stamp.get(f) ?? 0));
      const v = Math.round((t / this.step) * 1000) / 1000;
      if (v !== 0) avg[f] = v;
    }
    return avg;
  }
}

/** Shuffles in place with a fixed linear congruential sequence, so training is reproducible. */
export function seededShuffle<T>(items: T[], seed: number): void {
  let s = seed;
  for (let i = items.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}
