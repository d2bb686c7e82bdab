/**
 * Links an article's entities to canonical entities across articles and languages.
 *
 * Lookup keys registered for a canonical entity:
 *   n:<name>     every name and alias, plus their German/English exonyms (`genf`, `geneva`)
 *   t:<skeleton> a transliteration skeleton of a person's full name (`Lawrow` = `Lavrov`)
 *   s:<skeleton> a person's surname skeleton, for mentions by surname alone
 *   p:<place>    the resolved place (`country:SY`), so `Syrien` = `Syria`
 * Several candidates (e.g. two people with one surname) are told apart by context: the other
 * canonical entities their articles mention.
 */
import type { ArticleEntity, Doc, EntityType } from '../../types.js';
import type { CanonicalEntity, EntityDirectory } from './directory.js';
import { englishKeys, germanKeys } from './exonyms.js';
import { inflectionBases, isAcronym, isAllCaps, nameKey, nameWords, obliqueEndings, uninflectedKey, withoutLegalForm } from './names.js';
import { resolvePlace, type Place } from './places.js';

/**
 * A spelling skeleton that German and English transliterations of the same (mostly Slavic or
 * Arabic) name share: `Wladimir`/`Vladimir`, `Sergej`/`Sergey`, `Peskow`/`Peskov`,
 * `Dmitri`/`Dmitry`, `Selenskyj`/`Zelensky`.
 */
export function translitSkeleton(key: string): string {
  return key
    .split(' ')
    .map((w) =>
      w
        .replace(/tsch/g, 'ch')
        .replace(/sch/g, 'sh')
        .replace(/w/g, 'v')
        .replace(/j/g, 'y')
        .replace(/z/g, 's')
        .replace(/ph/g, 'f')
        .replace(/ck/g, 'k')
        .replace(/(iy|ij|yi|ii|yy)$/g, 'i')
        .replace(/y$/g, 'i')
        .replace(/(.)\1+/g, '$1'),
    )
    .join(' ');
}

interface LinkData {
  types?: Record<string, number>;
  /** Name forms and how many articles named the entity so (see `voteName`). */
  names?: Record<string, number>;
  context?: Record<string, number>;
  place?: Place;
  [k: string]: unknown;
}

/** Most context ids kept per entity (the most frequent). */
const MAX_CONTEXT = 60;

function variantKeys(key: string): string[] {
  return [key, ...englishKeys(key), ...germanKeys(key)];
}

/**
 * Keys under which a name as a person types it (`Merkel`, `Lavrov`, `Genf`, `Da Nang`) finds
 * canonical entities: the keys linking gives full names, and the surname key of its last word.
 */
export function lookupKeys(name: string): string[] {
  const k = nameKey(name);
  if (!k) return [];
  const keys = new Set(variantKeys(k).map((v) => 'n:' + v));
  if (k.includes(' ')) keys.add('t:' + translitSkeleton(k));
  const words = k.split(' ');
  keys.add('s:' + translitSkeleton(words[words.length - 1]!));
  return [...keys];
}

function strongKeys(e: ArticleEntity, place: Place | null): string[] {
  const keys = new Set<string>();
  for (const name of [e.name, ...e.aliases]) {
    const k = nameKey(name);
    if (!k) continue;
    // a person's one-word name (a surname) is found through s: keys, where context decides
    if (e.type === 'PER' && !k.includes(' ')) continue;
    for (const v of variantKeys(k)) keys.add('n:' + v);
    if (e.type === 'PER' && k.includes(' ')) keys.add('t:' + translitSkeleton(k));
    // a club's year is often left out (`SV Kaltenbach 09` = `SV Kaltenbach`); a one-word rest
    // (`Hannover 96` → `Hannover`) would be the city
    const withoutYear = /^(.+ .+) (?:\d{2}|1[89]\d{2})$/.exec(k)?.[1];
    if (e.type === 'ORG' && withoutYear) keys.add('n:' + withoutYear);
    // a club's leading ordinal (`1. FC Köln` = `FC Köln`), where two words remain
    const withoutOrdinal = /^\d{1,2} (.+ .+)$/.exec(k)?.[1];
    if (e.type === 'ORG' && withoutOrdinal) keys.add('n:' + withoutOrdinal);
    // and a company's legal form (`Kaltherm Chemie GmbH` = `Kaltherm Chemie`), where two words remain
    const withoutForm = withoutLegalForm(k);
    if (e.type === 'ORG' && withoutForm !== k && withoutForm.includes(' ')) keys.add('n:' + withoutForm);
  }
  if (place?.status === 'resolved' && place.id) keys.add('p:' + place.id);
  return [...keys];
}

function surnameKey(e: ArticleEntity): string | null {
  if (e.type !== 'PER') return null;
  const words = nameWords(e.name);
  const last = words[words.length - 1];
  return last ? 's:' + translitSkeleton(last) : null;
}

function typeOf(c: CanonicalEntity): EntityType {
  return c.type;
}

function compatible(a: EntityType, b: EntityType): boolean {
  // persons only with persons; places, organisations and other names may be tagged either way
  return (a === 'PER') === (b === 'PER');
}

function contextScore(c: CanonicalEntity, context: Set<string>): number {
  const ctx = (c.data as LinkData).context ?? {};
  let s = 0;
  for (const id of context) if (ctx[id]) s += 1;
  return s;
}

/** Most name forms an entity counts votes for (the most voted kept). */
const MAX_NAME_FORMS = 16;

/**
 * Whether name form `a` (with `va` votes: articles that named the entity so) names the entity
 * better than `b` (`vb` votes). Running text over a dateline's capitals (`Kaltenbach`, not
 * `KALTENBACH`), the nominative over another case, a person's full name over a surname; otherwise
 * the form most articles use, so that one article's overlong span (`EU für eine Verteilung`) or a
 * product (`Apple Magic Mouse`) does not rename the entity.
 */
function preferName(a: string, va: number, b: string, vb: number, type: EntityType): boolean {
  if (isAllCaps(a) !== isAllCaps(b)) return isAllCaps(b);
  const ka = nameKey(a), kb = nameKey(b);
  // of two case forms of one name, the nominative (`Europäische Union`, not `Europäischen Union`)
  const ua = uninflectedKey(ka);
  if (ua !== null && ua === uninflectedKey(kb) && obliqueEndings(ka) !== obliqueEndings(kb)) return obliqueEndings(ka) < obliqueEndings(kb);
  if (type === 'PER') {
    const full = (n: string) => nameWords(n).length >= 2;
    if (full(a) !== full(b)) return full(a);
  }
  if (va !== vb) return va > vb;
  // as often: the form without a final `s` (a German genitive, `Russlands`, met first); where
  // the `s` makes the name (`Colts`) its form is the more frequent
  return inflectionBases(kb).includes(ka);
}

/** Counts a vote for the article's name form and names the entity by the best form. */
function voteName(c: CanonicalEntity, data: LinkData, form: string): void {
  // an entity stored before names were counted starts with one vote for its name
  const votes: Record<string, number> = { ...(data.names ?? { [c.name]: 1 }) };
  // a form differing only in case (a dateline's `GENF`) counts for the form of running text
  const key = nameKey(form);
  const same = Object.keys(votes).find((f) => f !== form && nameKey(f) === key);
  if (same !== undefined && isAllCaps(form)) form = same;
  else if (same !== undefined) {
    votes[form] = (votes[form] ?? 0) + votes[same]!;
    delete votes[same];
  }
  votes[form] = (votes[form] ?? 0) + 1;
  data.names = Object.fromEntries(Object.entries(votes).sort((x, y) => y[1] - x[1]).slice(0, MAX_NAME_FORMS));
  let best = c.name;
  for (const [n, v] of Object.entries(data.names)) if (n !== best && preferName(n, v, best, data.names[best] ?? 0, c.type)) best = n;
  c.name = best;
}

/**
 * A place a German text names only in the genitive (`Russlands`) is named by its plain form when
 * that is the same place (`Russland`); other names stay as written (English `Athens` is not `Athen`).
 */
function plainPlaceName(e: ArticleEntity, place: Place | null, lang: string): string {
  if (lang !== 'de' || e.type !== 'LOC' || place?.status !== 'resolved' || !/s$/.test(e.name) || nameWords(e.name).length !== 1) return e.name;
  for (const cut of [1, 2]) {
    const plain = e.name.slice(0, -cut);
    if (plain.length > 2 && resolvePlace(plain).id === place.id) return plain;
  }
  return e.name;
}

/**
 * A one-word name other than a person's that a German text gives in the genitive (`Googles`,
 * `Asiens`, `DFB-Pokals`) names the entity of the same type known by the plain form, and the
 * plain form one known so far only in the genitive. Acronyms (`RTS`, `RT`) and short words
 * (`Kos`) are left alone, and the type must agree (`Hamas` the organisation is not `Hama` the
 * city). In English a final `s` makes a plural, often a team's name (`Colts`, `Sixers`).
 */
function genitivePartners(e: ArticleEntity, lang: string, dir: EntityDirectory): CanonicalEntity[] {
  // one token, hyphens allowed: `DFB-Pokals` is keyed `dfb pokals`
  if (lang !== 'de' || e.type === 'PER' || /\s/.test(e.name.trim()) || isAllCaps(e.name) || /^\P{Ll}+$/u.test(e.name)) return [];
  const key = nameKey(e.name);
  const plain = key.endsWith('s') && key.length > 4 ? key.slice(0, -1) : null;
  const other = plain ?? key + 's';
  return dir
    .findByKeys(['n:' + other])
    .filter((c) => c.type === e.type && [c.name, ...c.aliases].some((a) => nameKey(a) === other));
}

/**
 * A German multi-word name other than a person's in another case (`der Europäischen Union`,
 * `des Roten Kreuzes`) names the entity of the same type known in another (`Europäische Union`,
 * `Rotes Kreuz`): they share the key without case endings (`i:` keys).
 */
function caseFormPartners(e: ArticleEntity, lang: string, dir: EntityDirectory): CanonicalEntity[] {
  const key = caseKey(e, lang);
  return key ? dir.findByKeys([key]).filter((c) => c.type === e.type) : [];
}

/** The `i:` key of a German multi-word name other than a person's, or null. */
function caseKey(e: { name: string; type: EntityType }, lang: string): string | null {
  if (lang !== 'de' || e.type === 'PER') return null;
  const u = uninflectedKey(nameKey(e.name));
  return u ? 'i:' + u : null;
}

/** Countries the article mentions, to break ties between same-named cities. */
function articleCountries(doc: Doc): string[] {
  const out: string[] = [];
  for (const e of doc.entities) {
    if (e.type !== 'LOC') continue;
    const p = resolvePlace(e.name, doc.article.lang);
    if (p.feature === 'country' && p.country) out.push(p.country);
  }
  return out;
}

export function linkEntities(doc: Doc, dir: EntityDirectory): Map<string, string> {
  const result = new Map<string, string>();
  const countries = articleCountries(doc);
  const places = new Map<string, Place | null>();
  for (const e of doc.entities) places.set(e.key, e.type === 'LOC' ? resolvePlace(e.name, doc.article.lang, { countries }) : null);

  // Full names first: they are unambiguous and give context for the short ones.
  const surnameOnly = (e: ArticleEntity) => (e.type === 'PER' && nameWords(e.name).length === 1 ? 1 : 0);
  const order = [...doc.entities].sort((a, b) => surnameOnly(a) - surnameOnly(b) || nameWords(b.name).length - nameWords(a.name).length || b.mentions - a.mentions);
  const linked: { e: ArticleEntity; c: CanonicalEntity; keys: string[] }[] = [];
  const contextIds = () => new Set(linked.map((l) => l.c.id));
  // canonical records touched by this article, so that two article entities of one canonical
  // entity update the same record
  const working = new Map<string, CanonicalEntity>();

  for (const e of order) {
    const place = places.get(e.key) ?? null;
    const keys = strongKeys(e, place);
    // the entity's own name outranks its short forms: `SV Kaltenbach 09` (alias `Kaltenbach`)
    // is the club of that name, not the town `Kaltenbach`
    const ownKeys = e.aliases.length ? strongKeys({ ...e, aliases: [] }, place) : keys;
    let candidates = dir.findByKeys(ownKeys).filter((c) => compatible(typeOf(c), e.type));
    if (candidates.length === 0 && ownKeys !== keys) candidates = dir.findByKeys(keys).filter((c) => compatible(typeOf(c), e.type));
    else if (ownKeys !== keys) {
      // an entity of the same type known by the article's acronym for it as its very name, and
      // named more often (`EU`, when the article writes `Europäische Union (EU)` and `Europäische
      // Union` is known apart): the better known one takes the article, so the two do not stay
      // apart for good. Only acronyms: a club's short name is also its town's (`SV Kaltenbach 09`, `Kaltenbach`).
      const own = new Set(candidates.map((c) => c.id));
      const acronyms = new Set(e.aliases.filter(isAcronym).map(nameKey));
      const top = Math.max(...candidates.map((c) => c.mentions));
      const better = acronyms.size ? dir.findByKeys(keys).filter((c) => !own.has(c.id) && c.type === e.type && acronyms.has(nameKey(c.name)) && c.mentions > top) : [];
      if (better.length === 1) candidates = better;
    }
    if (candidates.length === 0 && nameWords(e.name).length >= 2) {
      // a name of several words written exactly alike is one entity, whichever way a tagger
      // typed it in another article (`Brackley Freight` as a person there): the votes decide
      const exact = nameKey(e.name);
      candidates = dir.findByKeys(['n:' + exact]).filter((c) => [c.name, ...c.aliases].some((a) => withoutLegalForm(nameKey(a)) === exact));
    }
    const sKey = surnameKey(e);
    if (candidates.length === 0 && sKey) {
      const single = nameWords(e.name).length === 1;
      // a surname alone may name any known person of that surname; a full name may complete
      // a person so far known by surname alone, never one with another first name
      candidates = dir.findByKeys([sKey]).filter((c) => c.type === 'PER' && (single || nameWords(c.name).length === 1));
    }
    // a one-word "person" no person is known by, that names exactly one organisation or
    // place off the map (`Calloway` of `Calloway Industries`): the tagger's type is the
    // weaker evidence. Places on the map stay apart (`Washington`, `Jordan`).
    let keepChosenType = false;
    if (candidates.length === 0 && e.type === 'PER' && nameWords(e.name).length === 1) {
      const named = dir
        .findByKeys(variantKeys(nameKey(e.name)).map((v) => 'n:' + v))
        .filter((c) => c.type === 'ORG' || (c.type === 'LOC' && (c.data as LinkData).place?.status !== 'resolved'));
      if (named.length === 1) {
        candidates = named;
        keepChosenType = true;
      }
    }
    // the converse: a one-word organisation or place off the map that exactly one "person"
    // known by that one word alone is called (`Büro Haverkamp` tagged a person elsewhere)
    if (candidates.length === 0 && e.type !== 'PER' && e.type !== 'MISC' && nameWords(e.name).length === 1 && place?.status !== 'resolved') {
      const key = nameKey(e.name);
      const persons = dir.findByKeys(['s:' + translitSkeleton(key)]).filter((c) => c.type === 'PER' && nameKey(c.name) === key);
      if (persons.length === 1) candidates = persons;
    }
    if (candidates.length === 0) candidates = genitivePartners(e, doc.article.lang, dir);
    if (candidates.length === 0) candidates = caseFormPartners(e, doc.article.lang, dir);
    let chosen: CanonicalEntity | undefined;
    if (candidates.length === 1) chosen = candidates[0];
    else if (candidates.length > 1) {
      const ctx = contextIds();
      chosen = [...candidates].sort((a, b) => contextScore(b, ctx) - contextScore(a, ctx) || b.mentions - a.mentions || (a.id < b.id ? -1 : 1))[0];
    }
    if (chosen) chosen = working.get(chosen.id) ?? chosen;
    const name = plainPlaceName(e, place, doc.article.lang);
    const c: CanonicalEntity = chosen ?? { id: dir.newId(), name, type: e.type, aliases: [], mentions: 0, data: {} };
    const previous = c.name;
    c.mentions += e.mentions;
    const data = c.data as LinkData;
    data.types = { ...(data.types ?? {}) };
    if (!keepChosenType) data.types[e.type] = (data.types[e.type] ?? 0) + e.mentions;
    c.type = (Object.entries(data.types).sort((a, b) => b[1] - a[1])[0]?.[0] as EntityType | undefined) ?? e.type;
    if (!chosen) data.names = {};
    voteName(c, data, name);
    const aliases = new Set(c.aliases);
    // a name given up for a better one stays an alias (`DFB-Pokals` of `DFB-Pokal`)
    for (const a of [e.name, ...e.aliases, previous]) if (a !== c.name) aliases.add(a);
    aliases.delete(c.name);
    c.aliases = [...aliases].sort();
    if (place && (!data.place || data.place.status !== 'resolved')) data.place = place;
    const allKeys = [...keys];
    if (sKey) allKeys.push(sKey);
    const iKey = caseKey(e, doc.article.lang);
    if (iKey) allKeys.push(iKey);
    linked.push({ e, c, keys: allKeys });
    working.set(c.id, c);
    dir.save(c, allKeys); // visible at once to the article's other entities (`Genf` … `Geneva`)
    result.set(e.key, c.id);
  }

  // Context: each entity remembers the others it appeared with, then all are saved.
  const ids = [...working.keys()];
  const done = new Set<string>();
  for (const { c, keys } of linked) {
    if (done.has(c.id)) continue;
    done.add(c.id);
    const data = c.data as LinkData;
    const ctx: Record<string, number> = { ...(data.context ?? {}) };
    for (const id of ids) if (id !== c.id) ctx[id] = (ctx[id] ?? 0) + 1;
    data.context = Object.fromEntries(Object.entries(ctx).sort((a, b) => b[1] - a[1]).slice(0, MAX_CONTEXT));
    // keys of every alias, so later articles find it under any of its names
    const aliasKeys = strongKeys({ key: '', name: c.name, type: c.type, aliases: c.aliases, mentions: 0 }, data.place ?? null);
    dir.save(c, [...new Set([...keys, ...aliasKeys])]);
  }
  return result;
}
