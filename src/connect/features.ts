import type { ClusterProfile } from './cluster-profile.js';
import type { View } from './weigh.js';
import { jaccard } from './minhash.js';
import { weightedCosine, type Vec } from './vector.js';

/** The sub-similarities the join decision weighs (see models/connect-event.md). */
export const FEATURES = [
  'body', 'title', 'entities', 'PER', 'LOC', 'ORG', 'caps', 'numbers', 'logGap', 'undated', 'logSize', 'dup',
  'core', 'coreTop',
  'diffPER', 'diffORG', 'diffLOC', 'diffNumbers', 'diffYears',
] as const;
/** Disagreement features: details both sides state, with different values (see `disagreement`). */
export const DIFF_FEATURES: readonly FeatureName[] = ['diffPER', 'diffORG', 'diffLOC', 'diffNumbers', 'diffYears'];
/**
 * The features an event decision weighs: core-entity overlap did not help it in cross-validation;
 * the disagreement features did (ECB+ topic CV, models/connect-event.md).
 */
export const EVENT_FEATURES: readonly FeatureName[] = FEATURES.filter((f) => f !== 'core' && f !== 'coreTop');
/** The features a story decision weighs: what the events are about, not when they happened. */
export const STORY_FEATURES: readonly FeatureName[] = ['body', 'title', 'entities', 'PER', 'LOC', 'ORG', 'caps', 'numbers', 'core', 'coreTop'];
export type FeatureName = (typeof FEATURES)[number];

/** One side of a comparison: an article's or a cluster's views (raw sums are fine: cosine normalises). */
export interface Side {
  views: Record<View, Vec>;
  langs: Record<string, number>;
  size: number;
  sigs: number[][];
}

/**
 * Sub-similarities of two sides. Text views compare within a language where both sides share
 * one, and through the language-neutral view (`cross`, `titleX`) where they do not.
 */
export function similarities(a: Side, b: Side, gapDays: number | null): Record<FeatureName, number> {
  const cos = (v: View) => weightedCosine(a.views[v], b.views[v]);
  const aLangs = Object.keys(a.langs);
  const shared = aLangs.some((l) => (b.langs[l] ?? 0) > 0);
  const mixed = aLangs.length + Object.keys(b.langs).length > 2 || !shared;
  let body = shared ? cos('body') : 0;
  let title = shared ? cos('title') : 0;
  if (mixed) {
    body = Math.max(body, cos('cross'));
    title = Math.max(title, cos('titleX'));
  }
  let dup = 0;
  for (const s of a.sigs) for (const t of b.sigs) dup = Math.max(dup, jaccard(s, t));
  return {
    body,
    title,
    entities: cos('entities'),
    PER: cos('PER'),
    LOC: cos('LOC'),
    ORG: cos('ORG'),
    caps: cos('caps'),
    numbers: cos('numbers'),
    logGap: gapDays === null ? 0 : Math.log1p(gapDays),
    undated: gapDays === null ? 1 : 0,
    logSize: Math.log1p(Math.max(0, b.size - 1)),
    dup,
    core: cos('core'),
    coreTop: (mainIn(a.views.core, b.views.core) + mainIn(b.views.core, a.views.core)) / 2,
    diffPER: disagreement(a.views.PER, b.views.PER),
    diffORG: disagreement(a.views.ORG, b.views.ORG),
    diffLOC: disagreement(a.views.LOC, b.views.LOC),
    diffNumbers: disagreement(a.views.numbers, b.views.numbers),
    diffYears: disagreement(a.views.years ?? {}, b.views.years ?? {}),
  };
}

/**
 * How far two sides state different values for one kind of detail: the smaller of the two
 * shares of each side's (IDF-weighted, squared unit) mass the other lacks. Zero when either side
 * names none: an article that names no people does not disagree with an event about who took
 * part, while two reports of one kind of happening (a rehab stay, a club signing) that name
 * different people, scores or years do.
 */
export function disagreement(a: Vec, b: Vec): number {
  const own = (x: Vec, y: Vec) => {
    let total = 0, missing = 0;
    for (const k in x) {
      const w = x[k]! * x[k]!;
      total += w;
      if (!(k in y)) missing += w;
    }
    return total > 0 ? missing / total : -1;
  };
  const ma = own(a, b);
  const mb = own(b, a);
  return ma < 0 || mb < 0 ? 0 : Math.min(ma, mb);
}

/** Whether one side's most salient entity is among the other side's two most salient (0 when it has none). */
function mainIn(core: Vec, other: Vec): number {
  const top = heaviest(core, 1)[0];
  return top !== undefined && heaviest(other, 2).includes(top) ? 1 : 0;
}

function heaviest(v: Vec, n: number): string[] {
  return Object.entries(v).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, n).map(([k]) => k);
}

/** Content features (not time or size): their square roots let a linear model bend. */
export const CONTENT_FEATURES: readonly FeatureName[] = FEATURES.filter((f) => !['logGap', 'undated', 'logSize', ...DIFF_FEATURES].includes(f));

/** A named feature's value: a sub-similarity, or `sqrt:NAME` its square root. */
export function featureValue(s: Record<string, number>, name: string): number {
  if (name.startsWith('sqrt:')) return Math.sqrt(Math.max(0, s[name.slice(5)] ?? 0));
  return s[name] ?? 0;
}

/** Picks named features from a vector over FEATURES. */
export function pickFeatures(x: number[], names: readonly string[]): number[] {
  const s: Record<string, number> = {};
  FEATURES.forEach((f, i) => (s[f] = x[i] ?? 0));
  return names.map((n) => featureValue(s, n));
}

export function featureVector(s: Record<FeatureName, number>, names: readonly FeatureName[] = FEATURES): number[] {
  return names.map((f) => s[f]);
}

export function profileSide(p: ClusterProfile): Side {
  return { views: p.views, langs: p.langs, size: p.n, sigs: p.members.map((m) => m.sig).filter((s) => s.length) };
}
