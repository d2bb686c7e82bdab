import { createRequire } from 'node:module';
import { isStopword } from './stopwords.js';

// snowball-stemmers is CommonJS without types: load it through require.
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as {
  newStemmer(lang: string): { stem(word: string): string };
};

const STEMMERS: Record<string, { stem(word: string): string }> = {
  de: snowball.newStemmer('german'),
  en: snowball.newStemmer('english'),
};

// Words repeat a lot in news: remember recent results (bounded, cleared when full).
const CACHE_LIMIT = 200_000;
const foldCache = new Map<string, string>();
const stemCache: Record<string, Map<string, string>> = { de: new Map(), en: new Map(), other: new Map() };

function remember(cache: Map<string, string>, key: string, value: string): string {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Folds case and German umlauts/ß so that `Präsident`, `praesident` and `Prasident` meet. */
export function fold(word: string): string {
  const hit = foldCache.get(word);
  if (hit !== undefined) return hit;
  const plain = word.toLowerCase().replace(/[äöüß]/g, (c) => UMLAUTS[c]!).replace(/([aou])e/g, '$1');
  // accents elsewhere (`é`, `č`) lose their marks; plain ASCII needs no normalisation
  const folded = /[^\x00-\x7f]/.test(plain) ? plain.normalize('NFKD').replace(/\p{M}/gu, '') : plain;
  return remember(foldCache, word, folded);
}

const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };

/** Snowball stem of a word for the given language (German or English; others are folded only). */
export function stem(word: string, lang: string): string {
  const cache = stemCache[lang] ?? stemCache.other!;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const stemmer = STEMMERS[lang];
  const lower = word.toLowerCase();
  return remember(cache, word, fold(stemmer ? stemmer.stem(lower) : lower));
}

/** How often each content word's stem occurs among the tokens (no punctuation, numbers or stopwords). */
export function countStems(tokens: Iterable<{ text: string }>, lang: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of tokens) {
    if (!/\p{L}/u.test(t.text) || t.text.length < 2 || isStopword(t.text)) continue;
    const s = stem(t.text, lang);
    counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}
