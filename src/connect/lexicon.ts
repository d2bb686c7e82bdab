import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { modelPath } from '../paths.js';

/** German stem → English stems, derived from German Wiktionary (see models/connect-lexicon-de-en.md). */
export type StemLexicon = Map<string, string[]>;

export const LEXICON_FILE = 'connect-lexicon-de-en.json.gz';

let cached: StemLexicon | null = null;

/** The shipped bilingual stem lexicon; empty when the model file is missing. */
export function stemLexicon(): StemLexicon {
  if (cached) return cached;
  const path = modelPath(LEXICON_FILE);
  cached = new Map();
  if (existsSync(path)) {
    const data = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as Record<string, string[]>;
    for (const [de, en] of Object.entries(data)) cached.set(de, en);
  }
  return cached;
}
