import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { modelPath } from '../../paths.js';
import type { Lang } from './frames.js';

/**
 * Chronik's learned quote model (models/quotes.json.gz, built by scripts/train-quotes.ts):
 * - `cues`: per language, for each lower-cased word, the share of its occurrences in annotated
 *   news that were (part of) a speech cue;
 * - `spans`: per language, the weights of a linear classifier deciding whether a span in
 *   quotation marks is a quote (against titles, names and scare quotes);
 * - `sources`: per language, the weights of the ranker choosing a cue's source phrase;
 * - `blockedCues`: per language, cue words whose quotes were mostly wrong on the train split.
 * Without the file every score is neutral and the hand-written rules decide alone.
 */
export interface QuoteModel {
  cues: Record<Lang, Record<string, number>>;
  spans: Record<Lang, Record<string, number>>;
  /** Per language, the weights of the ranker choosing a verb cue's source (see source-rank.ts). */
  sources?: Partial<Record<Lang, Record<string, number>>>;
  /** Per language, the weights of the ranker choosing the speaker of a quote without a cue (see frameless.ts). */
  frameless?: Partial<Record<Lang, Record<string, number>>>;
  /** Per language, the quote forms the frameless ranker decides (all when absent); the rules decide the others. */
  framelessForms?: Partial<Record<Lang, ('direct' | 'indirect')[]>>;
  /** Per language, cue words whose quotes were mostly wrong on the train split (`points`, `shows`). */
  blockedCues?: Record<Lang, string[]>;
}

export const QUOTE_MODEL_FILE = 'quotes.json.gz';

let model: QuoteModel | null | undefined;

export function loadQuoteModel(): QuoteModel | null {
  if (model !== undefined) return model;
  try {
    const path = modelPath(QUOTE_MODEL_FILE);
    model = existsSync(path) ? (JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as QuoteModel) : null;
  } catch {
    model = null;
  }
  return model;
}

/** Replaces the loaded model (training uses it to score with fresh weights). */
export function setQuoteModel(m: QuoteModel | null): void {
  model = m;
}

let blocked: { from: QuoteModel | null; sets: Partial<Record<Lang, Set<string>>> } | null = null;

/** Is this word blocked as a cue (its quotes were mostly wrong in training)? */
export function isBlockedCue(lang: Lang, word: string): boolean {
  const m = loadQuoteModel();
  if (!blocked || blocked.from !== m) blocked = { from: m, sets: {} };
  const set = (blocked.sets[lang] ??= new Set(m?.blockedCues?.[lang] ?? []));
  return set.has(word);
}

export function learnedCueScore(lang: Lang, word: string): number {
  return loadQuoteModel()?.cues?.[lang]?.[word] ?? 0;
}

/** The classifier's score for a quoted span's features; null when no model is shipped. */
export function spanScore(lang: Lang, features: string[]): number | null {
  const w = loadQuoteModel()?.spans?.[lang];
  if (!w) return null;
  let s = w['bias'] ?? 0;
  for (const f of features) s += w[f] ?? 0;
  return s;
}

/** The candidate whose features weigh most (the first of equals), or null when there are none. */
export function highestScoring<T extends { features: string[] }>(candidates: T[], weights: Record<string, number>): T | null {
  let best: T | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let s = 0;
    for (const f of c.features) s += weights[f] ?? 0;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
