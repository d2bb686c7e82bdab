import type { ArticleFeatures } from './profile.js';
import { normalize, type Vec } from './vector.js';

/** The views an article is compared on, each a unit-length TF-IDF vector. */
export const VIEWS = ['title', 'titleX', 'body', 'cross', 'caps', 'entities', 'core', 'PER', 'LOC', 'ORG', 'numbers', 'years'] as const;
export type View = (typeof VIEWS)[number];
export type Weighted = Record<View, Vec>;

export type Idf = (key: string) => number;

/** Smoothed inverse document frequency from the store's counts. */
export function idfFrom(df: Map<string, number>, documents: number): Idf {
  return (key) => Math.log((documents + 1) / ((df.get(key) ?? 0) + 1)) + 1;
}

/**
 * Sublinear term frequency, positive for the fractional counts of the language-neutral view (a
 * German term's translations share its count): linear up to one, logarithmic beyond.
 */
function tf(count: number): number {
  return count <= 1 ? count : 1 + Math.log(count);
}

function tfidf(v: Vec, idf: Idf): Vec {
  const out: Vec = {};
  for (const k in v) if (v[k]! > 0) out[k] = tf(v[k]!) * idf(k);
  return normalize(out);
}

/** Salience times IDF, unit length: a common name everyone is about weighs less than a rare one. */
function salience(v: Vec, idf: Idf): Vec {
  const out: Vec = {};
  for (const k in v) out[k] = v[k]! * idf(k);
  return normalize(out);
}

export function weigh(f: ArticleFeatures, idf: Idf): Weighted {
  return {
    title: tfidf(f.title, idf),
    titleX: tfidf(f.titleCross, idf),
    body: tfidf(f.body, idf),
    cross: tfidf(f.cross, idf),
    caps: tfidf(f.caps, idf),
    entities: tfidf(f.entities, idf),
    core: salience(f.core, idf),
    PER: tfidf(f.byType.PER, idf),
    LOC: tfidf(f.byType.LOC, idf),
    ORG: tfidf(f.byType.ORG, idf),
    numbers: tfidf(f.numbers, idf),
    // years are compared as they are: a common year is no less a clash than a rare one
    years: normalize(f.years ?? {}),
  };
}
