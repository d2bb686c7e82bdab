/** The SemEval-2022 task 8 pairs Chronik trains on (the evaluation pairs left out). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawArticle } from '../../types.js';
import { loadPairs, type GoldPair } from '../../eval/similarity.js';
import { splitAtBreak } from './title-split.js';

/**
 * The SemEval-2022 task 8 training pairs: the noisy train-batch texts, minus every pair that
 * could be one of the evaluation pairs (`pairs.jsonl` and its held-back part come from fixed
 * row ranges of the batch) and minus machine-translated augmentations.
 */
export function semevalTrainingPairs(semevalDir: string): GoldPair[] {
  const rowOf = new Map<string, number>();
  readFileSync(join(semevalDir, 'semeval-2022_task8_train-data_batch_2.csv'), 'utf8').split('\n').slice(1)
    .forEach((line, i) => { const id = line.split(',')[2]; if (id) rowOf.set(id, i); });
  const reported = new Set(loadPairs(join(semevalDir, 'pairs.jsonl')).map((p) => p.id));
  return loadPairs(join(semevalDir, 'pairs-noisy-truncated.jsonl')).filter((p) => {
    if (reported.has(p.id)) return false;
    const row = rowOf.get(p.id.replace(/[a-z]+/g, ''));
    if (row === undefined) return false;
    if (p.langs === 'de-de' && row >= 1581 && row <= 2710) return false;
    if (p.langs === 'en-en' && row <= 249) return false;
    return !/[a-z]/.test(p.id); // machine-translated augmentations carry a language suffix
  }).map((p) => ({ ...p, a: withTitle(p.a), b: withTitle(p.b) }));
}

/**
 * The training texts are title and body in one string (title, then a line break or two spaces);
 * the evaluated articles have their title apart. Splitting it off lets the title features learn.
 */
export function withTitle(raw: RawArticle): RawArticle {
  if (raw.title || !raw.text) return raw;
  const split = splitAtBreak(raw.text);
  return split ? { ...raw, ...split } : raw;
}
