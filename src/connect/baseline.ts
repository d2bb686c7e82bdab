import type { Doc } from '../types.js';
import { tokenize } from '../text/tokenize.js';
import { countStems } from '../text/stem.js';
import { normalize, weightedCosine, type Vec } from './vector.js';

/**
 * The reference point for connect: an online TF-IDF centroid clusterer. Each article joins
 * the cluster whose centroid is most cosine-similar if above `threshold`, else opens one.
 */
export function tfidfBaseline(docs: Doc[], threshold: number): number[] {
  const df = new Map<string, number>();
  const centroids: { v: Vec; norm2: number }[] = [];
  const out: number[] = [];
  let n = 0;
  for (const doc of docs) {
    const tf = stemCounts(doc);
    const v: Vec = {};
    for (const k in tf) v[k] = (1 + Math.log(tf[k]!)) * (Math.log((n + 1) / ((df.get(k) ?? 0) + 1)) + 1);
    const unit = normalize(v);
    let best = -1;
    let bestSim = -1;
    centroids.forEach((c, i) => {
      // cosine with a unit vector: only the article's keys are read; centroid norms are kept
      let dot = 0;
      for (const k in unit) { const y = c.v[k]; if (y !== undefined) dot += unit[k]! * y; }
      const s = c.norm2 ? dot / Math.sqrt(c.norm2) : 0;
      if (s > bestSim) { bestSim = s; best = i; }
    });
    if (best >= 0 && bestSim >= threshold) {
      const c = centroids[best]!;
      for (const k in unit) {
        const old = c.v[k] ?? 0;
        const nw = old + unit[k]!;
        c.norm2 += nw * nw - old * old;
        c.v[k] = nw;
      }
      out.push(best);
    } else {
      centroids.push({ v: { ...unit }, norm2: 1 });
      out.push(centroids.length - 1);
    }
    n++;
    for (const k in tf) df.set(k, (df.get(k) ?? 0) + 1);
  }
  return out;
}

export function stemCounts(doc: Doc): Vec {
  return countStems(tokenize(`${doc.article.title ?? ''}\n${doc.article.text}`.slice(0, 200_000)), doc.article.lang);
}

/** Plain TF-IDF cosine of two articles, with IDF from the given document frequencies. */
export function tfidfCosine(a: Doc, b: Doc, idf: (term: string) => number = () => 1): number {
  return weightedCosine(sublinear(stemCounts(a)), sublinear(stemCounts(b)), idf);
}

function sublinear(v: Vec): Vec {
  const out: Vec = {};
  for (const k in v) out[k] = 1 + Math.log(v[k]!);
  return out;
}
