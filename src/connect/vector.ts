/** Sparse vectors as plain records (`term → weight`), small enough to live in JSON profiles. */
export type Vec = Record<string, number>;

export function addInto(target: Vec, v: Vec, scale = 1): void {
  for (const k in v) target[k] = (target[k] ?? 0) + v[k]! * scale;
}

export function norm(v: Vec): number {
  let s = 0;
  for (const k in v) s += v[k]! * v[k]!;
  return Math.sqrt(s);
}

/** Scales a vector to unit length (empty stays empty). */
export function normalize(v: Vec): Vec {
  const n = norm(v);
  const out: Vec = {};
  if (!n) return out;
  for (const k in v) out[k] = v[k]! / n;
  return out;
}

/** Keeps the `k` heaviest entries: bounds the size of centroids as clusters grow. */
export function topK(v: Vec, k: number): Vec {
  const entries = Object.entries(v);
  if (entries.length <= k) return v;
  entries.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(entries.slice(0, k));
}

/** Cosine of two vectors after weighting each key by `weight(key)` (e.g. IDF). */
export function weightedCosine(a: Vec, b: Vec, weight: (key: string) => number = () => 1): number {
  let dot = 0, na = 0, nb = 0;
  for (const k in a) {
    const w = weight(k);
    const x = a[k]! * w;
    na += x * x;
    const y = b[k];
    if (y !== undefined) dot += x * y * w;
  }
  if (!dot) return 0;
  for (const k in b) {
    const y = b[k]! * weight(k);
    nb += y * y;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** The keys both vectors hold, heaviest product first. */
export function sharedKeys(a: Vec, b: Vec, weight: (key: string) => number = () => 1, limit = 8): string[] {
  const shared: [string, number][] = [];
  for (const k in a) {
    const y = b[k];
    if (y !== undefined) shared.push([k, a[k]! * y * weight(k) * weight(k)]);
  }
  shared.sort((x, y) => y[1] - x[1]);
  return shared.slice(0, limit).map(([k]) => k);
}

/** Number of entries. */
export function size(v: Vec): number {
  let n = 0;
  for (const _ in v) n++;
  return n;
}
