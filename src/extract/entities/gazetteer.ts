/**
 * Word-level gazetteer classes for the tagger's features, built from the place packages
 * (countries in German and English, cities by size). Each word maps to classes such as
 * `LOC.country`, `LOC.city1` (a one-word city name) or `LOC.part` (a word inside a longer name).
 */
import { loadCities, loadCountries } from './geo.js';

/** Cities smaller than this rarely appear in news and mostly add noise (`Bad`, `Mark`). */
const MIN_CITY_POPULATION = 50_000;

export function buildGazetteer(_lang: string): Map<string, string> {
  const classes = new Map<string, Set<string>>();
  const add = (word: string, cls: string) => {
    const w = word.toLowerCase();
    let s = classes.get(w);
    if (!s) classes.set(w, (s = new Set()));
    s.add(cls);
  };
  const addName = (name: string, kind: string) => {
    const words = name.split(/[\s]+/).filter(Boolean);
    if (words.length === 1) add(words[0]!, kind);
    else for (const w of words) if (/^\p{Lu}/u.test(w)) add(w, 'LOC.part');
  };
  for (const c of loadCountries()) for (const n of c.names) addName(n, 'LOC.country');
  for (const c of loadCities()) {
    if (c.population < MIN_CITY_POPULATION) continue;
    addName(c.name, c.population >= 1_000_000 ? 'LOC.bigcity' : 'LOC.city');
  }
  const out = new Map<string, string>();
  for (const [w, s] of classes) out.set(w, [...s].sort().join('|'));
  return out;
}

/**
 * Adds class `noun` for common nouns (German nouns are capitalised like names, so knowing
 * `Haus` is a noun and `Berlin` is not matters). `nounTsv`: Wiktionary translation lines
 * `word<TAB>translation<TAB>POS…`; only single-word NOUN entries count.
 */
export function addCommonNouns(gazetteer: Map<string, string>, nounTsv: string): number {
  let added = 0;
  for (const line of nounTsv.split('\n')) {
    const [word, , pos] = line.split('\t');
    if (pos !== 'NOUN' || !word || /[\s\d]/.test(word) || word.length < 3) continue;
    const w = word.toLowerCase();
    const cls = gazetteer.get(w);
    if (cls?.split('|').includes('noun')) continue;
    gazetteer.set(w, cls ? cls + '|noun' : 'noun');
    added++;
  }
  return added;
}

/** Multi-word place names (`da nang`, `vereinigte staaten`) → `LOC`, for phrase features. */
export function buildPlacePhrases(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (name: string) => {
    const words = name.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length >= 2 && words.length <= 4) out.set(words.join(' '), 'LOC');
  };
  for (const c of loadCountries()) for (const n of c.names) add(n);
  for (const c of loadCities()) if (c.population >= MIN_CITY_POPULATION) add(c.name);
  return out;
}
