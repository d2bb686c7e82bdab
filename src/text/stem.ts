import { createRequire } from 'node:module';

// snowball-stemmers is CommonJS without types: load it through require.
const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as {
  newStemmer(lang: string): { stem(word: string): string };
};

const STEMMERS: Record<string, { stem(word: string): string }> = {
  de: snowball.newStemmer('german'),
  en: snowball.newStemmer('english'),
};

/** Folds case and German umlauts/ß so that `Präsident`, `praesident` and `Prasident` meet. */
export function fold(word: string): string {
  return word
    .toLowerCase()
    .replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/ü/g, 'u').replace(/ß/g, 'ss')
    .replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u')
    .normalize('NFKD').replace(/\p{M}/gu, '');
}

/** Snowball stem of a word for the given language (German or English; others are folded only). */
export function stem(word: string, lang: string): string {
  const stemmer = STEMMERS[lang];
  const lower = word.toLowerCase();
  return fold(stemmer ? stemmer.stem(lower) : lower);
}
