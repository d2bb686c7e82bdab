/**
 * Picks and loads the shipped NER model for a language and tags token sequences.
 * German text uses models/ner-de, English models/ner-en; any other language uses whichever
 * of the two its text resembles more (by function words), since both rely on capitalisation.
 */
import { existsSync } from 'node:fs';
import { modelPath } from '../../paths.js';
import { loadModel, tagWords, type TaggerModel } from './model.js';

export type ModelLang = 'de' | 'en';

const cache = new Map<ModelLang, TaggerModel | null>();

/** The model for a language, or null when it is not shipped (the tagger then finds nothing). */
export function taggerModel(lang: ModelLang): TaggerModel | null {
  if (cache.has(lang)) return cache.get(lang)!;
  const path = modelPath(`ner-${lang}.json.gz`);
  const model = existsSync(path) ? loadModel(path) : null;
  cache.set(lang, model);
  return model;
}

/** Tags `lang` with this model instead of the shipped one (evaluating a candidate model; null: none). */
export function useTaggerModel(lang: ModelLang, model: TaggerModel | null): void {
  cache.set(lang, model);
}

const DE_WORDS = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'sich', 'auf', 'im', 'dem', 'des', 'für', 'sie', 'wird']);
const EN_WORDS = new Set(['the', 'and', 'of', 'is', 'to', 'in', 'that', 'for', 'was', 'with', 'on', 'as', 'by', 'he', 'it', 'at', 'are', 'from', 'has', 'have']);

/** The model language for an article: its own when de/en, else the closer of the two. */
export function modelLangFor(lang: string, words: string[]): ModelLang {
  if (lang === 'de' || lang === 'en') return lang;
  let de = 0;
  let en = 0;
  for (const w of words) {
    const l = w.toLowerCase();
    if (DE_WORDS.has(l)) de++;
    if (EN_WORDS.has(l)) en++;
  }
  // German and Dutch/Scandinavian capitalise more like German; default to German when unsure
  return en > de ? 'en' : 'de';
}

/** Longest sentence tagged as a whole; longer runs (tables, lists without punctuation) are cut. */
const MAX_RUN = 250;

/**
 * The word as the training data spells it: typographic quotes as `"`, and English
 * possessives without `'s` (the training data splits `Obama 's`, Chronik's tokenizer does not).
 */
export function modelWord(word: string, lang: ModelLang): string {
  // one character compared by its code (two regular expressions per token cost more)
  if (word.length === 1) {
    const c = word.charCodeAt(0);
    if (c === 0x201e || c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb) return '"'; // „ “ ” « »
    if (c === 0x201a || c === 0x2018 || c === 0x2019) return "'"; // ‚ ‘ ’
  }
  if (lang === 'en' && word.length > 2) return word.replace(/['’]s$/, '');
  return word;
}

/** IOB2 tags for one sentence's words with the model of `lang`. */
export function tagSentence(lang: ModelLang, tokens: string[]): string[] {
  const model = taggerModel(lang);
  if (!model) return tokens.map(() => 'O');
  // a loop, not `map`: every sentence's array then has the same elements kind (see `tagWords`)
  const words: string[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) words[i] = modelWord(tokens[i]!, lang);
  if (words.length <= MAX_RUN) return tagWords(model, words);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += MAX_RUN) out.push(...tagWords(model, words.slice(i, i + MAX_RUN)));
  return out;
}
