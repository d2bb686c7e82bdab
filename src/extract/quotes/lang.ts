import type { Lang } from './frames.js';

const DE_WORDS = /\b(der|die|das|und|nicht|sich|mit|auf|für|ist|sei|sagte|wurde|eine?)\b/gi;
const EN_WORDS = /\b(the|and|not|with|for|is|was|said|that|of|to|an?)\b/gi;

/** The article's language when known; otherwise a guess from frequent function words (German default). */
export function guessLang(lang: string, text: string): Lang {
  if (lang === 'de' || lang === 'en') return lang;
  const sample = text.slice(0, 5000);
  const de = sample.match(DE_WORDS)?.length ?? 0;
  const en = sample.match(EN_WORDS)?.length ?? 0;
  return en > de ? 'en' : 'de';
}
