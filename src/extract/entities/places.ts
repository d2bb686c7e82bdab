/**
 * Resolves a place name (German or English) offline to a country or city with coordinates, or
 * to a country's first-level region (without coordinates), using the GeoNames-derived city
 * list, ISO country names and a list of regions (see geo.ts) and the German ↔ English exonym table. Ambiguous names (several similar-sized cities) and unknown names are
 * marked so rather than guessed.
 */
import { englishKeys, germanKeys } from './exonyms.js';
import { loadCities, loadCountries, loadRegions, type City, type Country, type Region } from './geo.js';
import { inflectionBases, nameKey } from './names.js';

export interface Place {
  /** The name it resolved to (English/GeoNames form), e.g. `Geneva`. */
  name: string;
  lat: number | null;
  lon: number | null;
  /** ISO 3166 alpha-2 country code. */
  country: string | null;
  /** A region (`Bayern`, `California`) has a country but no point on a map. */
  feature: 'city' | 'country' | 'region' | null;
  status: 'resolved' | 'ambiguous' | 'unknown';
  population?: number;
  /** For ambiguous places: the candidates' countries, largest first. */
  candidates?: string[];
  /** A stable identity of the place: `country:SY`, `city:CH:Geneva`, `region:DE:Bayern`. */
  id?: string;
}

export interface PlaceContext {
  /** Countries (ISO codes) the text mentions; a city in one of them wins a tie. */
  countries?: string[];
}

// Approximate country centroids are not in the packages; a country's capital stands in for
// its coordinates (the largest city flagged PPLC), which is what a map marker needs.
interface Index {
  countries: Map<string, Country>;
  cities: Map<string, City[]>;
  capitals: Map<string, City>;
  /** Cities of at least BIG_CITY people by first letter, for near-miss spellings (`Geneva` ~ `Genève`). */
  big: Map<string, { key: string; city: City }[]>;
  /** The largest metropolis of each consonant skeleton (`kv` → Kyiv). */
  metros: Map<string, City>;
  /** First-level regions by name key; a name two countries give a region is left out. */
  regions: Map<string, Region | null>;
}

const BIG_CITY = 100_000;

let index: Index | null = null;

function buildIndex(): Index {
  const countries = new Map<string, Country>();
  for (const c of loadCountries()) for (const n of c.names) if (!countries.has(nameKey(n))) countries.set(nameKey(n), c);
  const cities = new Map<string, City[]>();
  const capitals = new Map<string, City>();
  const big: Index['big'] = new Map();
  const metros: Index['metros'] = new Map();
  for (const c of loadCities()) {
    const k = nameKey(c.name);
    (cities.get(k) ?? cities.set(k, []).get(k)!).push(c);
    // `Washington, D.C.` is also found as `Washington`
    // and `Frankfurt am Main` as `Frankfurt`
    const head = nameKey(c.name.split(/,| \(| (?:am|an der|im|ob der|upon|on) /)[0]!);
    if (head && head !== k) (cities.get(head) ?? cities.set(head, []).get(head)!).push(c);
    // a metropolis named `… City` is also found without it (`New York City` as `New York`);
    // smaller ones would take a state's or a person's name (`Kansas City`, `Carson City`)
    const city = / city$/.exec(k) && c.population >= METROPOLIS ? k.slice(0, -' city'.length) : null;
    if (city && city !== head) (cities.get(city) ?? cities.set(city, []).get(city)!).push(c);
    if (c.population >= BIG_CITY && k) (big.get(k[0]!) ?? big.set(k[0]!, []).get(k[0]!)!).push({ key: k, city: c });
    if (c.population >= METROPOLIS && k) {
      const s = `${k[0]}:${consonants(k)}`;
      const prev = metros.get(s);
      if (!prev || prev.population < c.population) metros.set(s, c);
    }
    if (c.featureCode === 'PPLC') {
      const prev = capitals.get(c.country);
      if (!prev || prev.population < c.population) capitals.set(c.country, c);
    }
  }
  for (const list of cities.values()) list.sort((a, b) => b.population - a.population);
  const regions: Index['regions'] = new Map();
  for (const r of loadRegions()) {
    const k = nameKey(r.name);
    if (k) regions.set(k, regions.has(k) && regions.get(k)?.country !== r.country ? null : r);
  }
  return { countries, cities, capitals, big, metros, regions };
}

/** A city this much larger than the next of its name is taken as the one meant. */
const DOMINANCE = 5;
/** Below this population a lone match is too weak to pin a news place on. */
const MIN_LONE_POPULATION = 1000;

function countryPlace(c: Country, idx: Index): Place {
  const cap = idx.capitals.get(c.code);
  return { name: c.name, lat: cap?.lat ?? null, lon: cap?.lon ?? null, country: c.code, feature: 'country', status: 'resolved', id: `country:${c.code}` };
}

function regionPlace(r: Region): Place {
  return { name: r.name, lat: null, lon: null, country: r.country, feature: 'region', status: 'resolved', id: `region:${r.country}:${r.name}` };
}

function cityPlace(c: City, status: Place['status']): Place {
  return { name: c.name, lat: c.lat, lon: c.lon, country: c.country, feature: 'city', status, population: c.population, id: `city:${c.country}:${c.name}` };
}

/** A name as spelt, lower case, umlauts written out (`München` → `muenchen`), other accents dropped. */
function speltKey(name: string): string {
  return name.toLowerCase().replace(/[äöüß]/g, (c) => ({ ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' })[c]!)
    .normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The name's own lookup keys: itself and its uninflected forms (`Syriens` → `syrien`). */
function ownKeys(name: string): string[] {
  const base = nameKey(name);
  return [...new Set([base, ...inflectionBases(base)].filter(Boolean))];
}

/** Keys of the name's exonyms (`genf` → `geneva`), and of its uninflected forms'. */
function exonymKeys(own: string[]): string[] {
  const keys = own.flatMap((k) => [...englishKeys(k), ...germanKeys(k)]);
  return [...new Set(keys.filter((k) => k && !own.includes(k)))];
}

const VOWEL = /[aeiouy]/;

/**
 * Are two keys spellings of one name, one letter apart in a way spellings differ (`addis abeba`
 * and `addis ababa`, `havanna` and `havana`, `sabrata` and `sabratah`, `diyarbakir` and
 * `diyarbakır`)? Only a vowel for a vowel, a letter the key folding left alone (`ı`, `ł`), a
 * doubled consonant or a final `h`: a consonant for another makes another town (`Aliens` is not
 * `Amiens`, `Gauland` not `Garland`), and so does a letter more (`Lienz` is not `Linz`, the
 * river `Saale` not the city `Sale`).
 */
function spellingVariants(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) !== b.slice(i + 1)) return false;
    const x = a[i]!, y = b[i]!;
    return (VOWEL.test(x) && VOWEL.test(y)) || /[^\x00-\x7f]/.test(x + y);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  if (long.slice(i + 1) !== short.slice(i)) return false;
  const extra = long[i]!;
  const doubled = (extra === long[i - 1] || extra === long[i + 1]) && !/[aeiou]/.test(extra); // `groznyy`, not `saale`
  return doubled || (extra === 'h' && i === long.length - 1);
}

/** Consonants only: older and newer romanisations of one name (`kiev`, `kyiv`) share them. */
function consonants(key: string): string {
  return key.replace(/[aeiouyäöüéèêáàâíìîóòôúùû\s-]/g, '').replace(/w/g, 'v');
}

/**
 * Romanisations of one metropolis keep its consonants, its first and last letter and its length
 * within one (`Kiew`, `Kiev`, `Kyiv`); names that merely share consonants are other places
 * (`Tunis` is not Tai'an, `Siena` not Sanaa, `Lund` not Luanda).
 */
function romanisationOf(key: string, metro: string): boolean {
  const last = (k: string) => k[k.length - 1]!.replace('w', 'v');
  return key[0] === metro[0] && last(key) === last(metro) && Math.abs(key.length - metro.length) <= 1;
}

/** Cities this large are well known under older spellings too. */
const METROPOLIS = 1_000_000;

/**
 * A big city spelt one letter differently from one of the keys (`geneva` → `Genève`), or, where
 * `romanised` keys are given, a metropolis under an older romanisation of one (`Kiew`, `Kiev` →
 * `Kyiv`).
 */
function nearBigCity(keys: string[], romanised: string[], idx: Index): City | null {
  let best: City | null = null;
  for (const key of romanised) {
    const skeleton = consonants(key);
    const metro = key.length >= 4 && skeleton.length >= 2 ? idx.metros.get(`${key[0]}:${skeleton}`) : undefined;
    if (metro && romanisationOf(key, nameKey(metro.name)) && (!best || metro.population > best.population)) best = metro;
  }
  for (const key of keys) {
    if (key.length < 5) continue;
    for (const { key: k, city } of idx.big.get(key[0]!) ?? []) {
      if ((!best || city.population > best.population) && spellingVariants(k, key)) best = city;
    }
  }
  return best;
}

/**
 * Continents, world regions and the United Kingdom's countries: places, but no point on a map
 * can stand for them (and `England` is otherwise only a small town in Arkansas).
 */
const REGIONS = new Set([
  'england', 'schottland', 'scotland', 'wales', 'nordirland', 'northern ireland',
  'afrika', 'africa', 'asien', 'asia', 'europa', 'europe', 'amerika', 'america', 'nordamerika', 'north america',
  'südamerika', 'suedamerika', 'south america', 'lateinamerika', 'latin america', 'australien und ozeanien', 'ozeanien', 'oceania',
  'antarktis', 'antarctica', 'arktis', 'arctic', 'nahost', 'naher osten', 'middle east', 'mittlerer osten', 'fernost', 'far east',
  'westen', 'osten', 'the west', 'balkan', 'the balkans', 'kaukasus', 'caucasus', 'skandinavien', 'scandinavia', 'sahel', 'karibik', 'caribbean',
]);

/** Where news in a language mostly happens: a small town named in it is most likely there. */
const HOME_COUNTRIES: Record<string, string[]> = {
  de: ['DE', 'AT', 'CH', 'LI', 'LU'],
  en: ['GB', 'US', 'IE', 'CA', 'AU', 'NZ'],
};

/** A town this big elsewhere outweighs a region of the name in a country the text does not point to. */
const REGION_RIVAL = 20_000;

/** Below this, a town outside the text's countries (or the language's home countries) is not taken on its name alone. */
const SMALL_TOWN = 100_000;

/** Resolutions already made (the same places recur in every article); bounded. */
const resolved = new Map<string, Place>();
const RESOLVED_LIMIT = 50_000;

export function resolvePlace(name: string, lang = 'de', context: PlaceContext = {}): Place {
  const cacheKey = `${lang}|${context.countries?.join(',') ?? ''}|${name}`;
  const hit = resolved.get(cacheKey);
  if (hit) return { ...hit };
  const place = resolveUncached(name, lang, context);
  if (resolved.size >= RESOLVED_LIMIT) resolved.delete(resolved.keys().next().value!);
  resolved.set(cacheKey, place);
  return { ...place };
}

function resolveUncached(name: string, lang: string, context: PlaceContext): Place {
  const idx = (index ??= buildIndex());
  const unknown: Place = { name, lat: null, lon: null, country: null, feature: null, status: 'unknown' };
  const own = ownKeys(name);
  const exonyms = exonymKeys(own);
  const keys = [...own, ...exonyms];
  // the name itself, not its exonyms (`Irland` translates to `Northern Ireland` too)
  if (own.some((k) => REGIONS.has(k))) return unknown;
  // a country named in the plural takes a dative `n` (`in den Niederlanden`)
  const dativePlural = own[0] && own[0].length > 5 && own[0].endsWith('en') ? [own[0].slice(0, -1)] : [];
  for (const key of [...keys, ...dativePlural]) {
    const country = idx.countries.get(key);
    if (country) return countryPlace(country, idx);
  }
  // Name keys fold `ue` to `u` (`Muenchen` = `München`); a name spelt with such a pair meets
  // only cities spelt so too, or with the umlaut it stands for (`Uefa` is not Ufa)
  const spelt = /[aou]e/i.test(name) ? speltKey(name) : null;
  const asSpelt = (c: City) => spelt === null || speltKey(c.name) === spelt;
  const byPopulation = (ks: string[]) => ks.flatMap((k) => (idx.cities.get(k) ?? []).filter((c) => !own.includes(k) || asSpelt(c))).sort((a, b) => b.population - a.population);
  const exactOwn = byPopulation(own);
  const exact = byPopulation(keys);
  // A place of the very name is not traded for a bigger one spelt alike (`Lienz` stays Lienz,
  // `Semmering` is not Simmering), unless the name has exonyms: a place known across languages
  // is the big one, whose GeoNames name may differ by an accent or a letter (`Genf` → `Geneva`
  // → `Genève`, not Geneva, Illinois). Older romanisations of a metropolis are looked for only
  // where nothing is called so (`Kiew`), and never from an uninflected form (`Calais` is not Cali).
  const near = exactOwn.length && !exonyms.length ? null : nearBigCity(keys, exact.length ? [] : [nameKey(name), ...exonyms], idx);
  if (near && (!exact[0] || near.population > 5 * exact[0].population)) return cityPlace(near, 'resolved');
  // A state, Land or canton (`Bayern`, `Steiermark`, `California`) rather than a small town of
  // the name (California, Maryland), unless a city of its country that bears the name is a big
  // one (`Wien`, `Salzburg`, `New York`, `Washington`). A far-off region yields to a town of some
  // size elsewhere (`Gaza` is not the province in Mozambique, `Santa Barbara` not the one in
  // Honduras); short region names (`Vas`, `Sada`) are too often other words to be taken at all.
  // Of regions the name and its exonyms point to, one in a country the text names or the
  // language's home countries comes first (German `Wallis` is the canton of Valais, not the
  // region of Wallis and Futuna).
  const homeOrNamed = [...(context.countries ?? []), ...(HOME_COUNTRIES[lang] ?? [])];
  const regions = (own[0] && own[0].length >= 5 ? keys : []).map((k) => idx.regions.get(k)).filter((r): r is Region => !!r);
  const region = regions.find((r) => homeOrNamed.includes(r.country)) ?? regions[0];
  if (region) {
    const pointedTo = homeOrNamed.includes(region.country);
    const bigHere = exact.some((c) => c.country === region.country && c.population >= SMALL_TOWN);
    const townElsewhere = !pointedTo && exact.some((c) => c.population >= REGION_RIVAL);
    if (!bigHere && !townElsewhere) return regionPlace(region);
  }
  const list = [...new Set(exact)];
  const [top, second] = list;
  if (!top) return unknown;
  if (context.countries?.length) {
    // the one in a country the text names, unless a far bigger one of the name is meant
    // (`Frankfurt` beside the USA is still Frankfurt am Main, not Frankfort, Kentucky)
    const inContext = list.filter((c) => context.countries!.includes(c.country));
    if (inContext.length && DOMINANCE * inContext[0]!.population >= top.population) return cityPlace(inContext[0]!, 'resolved');
  }
  if (!second || top.population >= DOMINANCE * second.population) {
    // A small town elsewhere than the text points to is a guess (`Lincolnshire` is also a
    // village in Illinois): it is marked ambiguous, not put on the map.
    const expected = context.countries?.length ? context.countries : HOME_COUNTRIES[lang] ?? [];
    const plausible = top.population >= SMALL_TOWN || expected.includes(top.country);
    return cityPlace(top, top.population < MIN_LONE_POPULATION || !plausible ? 'ambiguous' : 'resolved');
  }
  return { ...cityPlace(top, 'ambiguous'), candidates: list.slice(0, 5).map((c) => c.country) };
}
