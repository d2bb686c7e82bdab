import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { pearson } from '../connect/train/fit.js';
import { prf } from './types.js';

type PRF = ReturnType<typeof prf>;

/** The organisers' per-annotator ratings of SemEval-2022 task 8, as they sit beside `pairs.jsonl`. */
export const PER_ANNOTATOR_FILE = 'per_annotator_evaluation_data.csv';

/**
 * How well one human annotator agrees with the others on the pairs several rated: the ceiling a
 * similarity measured against this kind of gold can be read against. Each rating of a pair is
 * set against the mean of the pair's other ratings, as a system's score is set against the gold
 * mean: Pearson r over all such (rating, mean of the others) pairs, and the F1 of the same-event
 * decision (the others' mean ≤ 1.5 same, ≥ 2.5 different, between left out), with the one
 * annotator's own rating cut where it agrees best.
 */
export interface AnnotatorAgreement {
  pairs: number;
  ratings: number;
  languages: string[];
  pearson: number;
  sameEvent: PRF & { cut: number };
  note: string;
}

/** Agreement over the pairs of the given language pairs (`de-de`, …), or null when the file is absent. */
export function annotatorAgreement(goldPath: string, languages: string[]): AnnotatorAgreement | null {
  const path = join(dirname(goldPath), PER_ANNOTATOR_FILE);
  if (!existsSync(path)) return null;
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const wanted = new Set(languages);
  const ratingsOf = new Map<string, number[]>();
  for (const r of rows) {
    const langs = `${r.url1_lang}-${r.url2_lang}`;
    const overall = Number(r.OVERALL);
    if (!wanted.has(langs) || !r.pair_id || !(overall >= 1 && overall <= 4)) continue;
    ratingsOf.set(r.pair_id, [...(ratingsOf.get(r.pair_id) ?? []), overall]);
  }
  const one: number[] = [], others: number[] = [];
  let pairs = 0;
  for (const ratings of ratingsOf.values()) {
    if (ratings.length < 2) continue;
    pairs++;
    ratings.forEach((x, i) => {
      const rest = ratings.filter((_, j) => j !== i);
      one.push(x);
      others.push(rest.reduce((s, y) => s + y, 0) / rest.length);
    });
  }
  if (!pairs) return null;
  let sameEvent: PRF & { cut: number } = { ...prf(0, 0, 0), cut: 1 };
  for (const cut of [1, 2, 3]) {
    let tp = 0, p = 0, g = 0;
    one.forEach((x, i) => {
      const m = others[i]!;
      if (m > 1.5 && m < 2.5) return;
      if (x <= cut) p++;
      if (m <= 1.5) g++;
      if (x <= cut && m <= 1.5) tp++;
    });
    const f = prf(tp, p, g);
    if (f.f1 > sameEvent.f1) sameEvent = { ...f, cut };
  }
  return {
    pairs,
    ratings: one.length,
    languages,
    pearson: pearson(one, others),
    sameEvent,
    note: 'one annotator against the mean of the other annotators of the same pair, on the official evaluation split (other articles than the scored pairs)',
  };
}
