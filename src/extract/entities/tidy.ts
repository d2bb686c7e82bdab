/**
 * Tidies tagged name spans before they become mentions, where a span swallowed words that
 * are not part of the name:
 * - in English, a lower-case word that no name contains (`Calloway sells Weserstrom` →
 *   `Calloway`, `Weserstrom`), while particles stay (`Bank of America`);
 * - in German, the capitalised article that opens a sentence (`Der Bayerische Rundfunk`) and
 *   a role or descriptor noun in front of a name (`Vorstandschefin Katrin Volkmer`, `des
 *   Chemieherstellers Kaltherm`), told by the common-noun lexicon the tagger ships with.
 * Titles of works (MISC) are left as tagged: `Vom Winde verweht` is one name.
 */
import type { FeatureResources } from './features.js';
import type { TokenSpan } from './tags.js';
import { endsPersonNames, headType, startsPersonNames } from './name-heads.js';
import { taggerModel } from './tagger.js';
import { completeRoutePlaces } from './route-places.js';

/** Lower-case words that occur inside names. */
const NAME_PARTICLES = new Set([
  'of', 'the', 'and', 'for', 'on', 'at', 'upon', 'without', 'a', 'an', 'to', 'by', 'in',
  // particles of names from many languages (`Joaquin del Olmo`, `Gazzetta dello Sport`)
  'de', 'del', 'dello', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'la', 'le', 'les', 'los', 'las', 'y', 'e',
  'van', 'von', 'der', 'den', 'ter', 'ten', 'al', 'el', 'bin', 'ibn', 'wa', 'ou',
]);

/** A capitalised German article that opens a sentence or clause and was taken into a name (`Der Bayerische Rundfunk`). */
const ARTICLES = new Set(['Der', 'Die', 'Das', 'Ein', 'Eine']);

/** An English word in lower case that no name contains (`Calloway sells Weserstrom`). */
const POSSESSIVE = /\p{L}(?:['’]s|s['’])$/u;
// words that follow a possessive inside a company's name (`Moody's Investors Service`)
const COMPANY_WORDS = new Set(['Corp', 'Corp.', 'Corporation', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Co', 'Co.', 'Company', 'Group', 'Holdings', 'Investors', 'Restaurants']);

function breaksEnglishName(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !NAME_PARTICLES.has(word);
}

/**
 * The runs of a tagged span `[start, end)` that can be names. English spans split where a
 * lower-case word breaks the name (dropped; a lone `dpa` stays; `Bank of America` stays
 * whole); German names may hold lower-case words (`Bundesverband deutscher Banken`), but not
 * the capitalised article that opens a sentence. A retweet's `RT` before a handle is dropped,
 * and a dash between words parts two names. Spans of other types (MISC) come back whole.
 */
export function nameRuns(words: string[], start: number, end: number, type: string, lang: 'de' | 'en' = 'de'): [number, number][] {
  if (!/^(PER|ORG|LOC)/.test(type)) return [[start, end]];
  // a dash between words stands between two names (`Fuchs – Baumgartlinger` in a line-up,
  // `Islanders – Senators`, `APA – Austria Presse Agentur`); titles of works (MISC) keep theirs
  const pieces: [number, number][] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (!DASH.test(words[i]!)) continue;
    if (i > from) pieces.push([from, i]);
    from = i + 1;
  }
  if (end > from) pieces.push([from, end]);
  return pieces.flatMap(([s, e]) => runsOfName(words, s, e, lang));
}

/** A dash standing alone between words. */
const DASH = /^[–—-]$/;

function runsOfName(words: string[], start: number, end: number, lang: 'de' | 'en'): [number, number][] {
  // a retweet's mark before a handle (`RT @welt`) is no part of the name
  if (end - start > 1 && words[start] === 'RT' && words[start + 1]?.startsWith('@')) start++;
  if (lang === 'de') {
    const opensClause = start === 0 || /^[–—:\-„"“«»(]$/.test(words[start - 1]!);
    return opensClause && end - start > 1 && ARTICLES.has(words[start]!) ? [[start + 1, end]] : [[start, end]];
  }
  // a span in lower case throughout (`interior ministry`) was tagged for what it names
  if (end - start < 2 || words.slice(start, end).every((w) => !/\p{Lu}/u.test(w))) return [[start, end]];
  const runs: [number, number][] = [];
  let from = start;
  const close = (to: number) => {
    let b = to;
    while (b > from && NAME_PARTICLES.has(words[b - 1]!)) b--;
    if (b > from) runs.push([from, b]);
  };
  for (let i = start; i < end; i++) {
    if (breaksEnglishName(words[i]!)) {
      close(i);
      from = i + 1;
    } else if (i + 1 < end && POSSESSIVE.test(words[i]!) && !COMPANY_WORDS.has(words[i + 1]!)) {
      // a possessive ends a name: `Brackley Freight’s Harwick warehouse`, `Russia's Putin`
      close(i + 1);
      from = i + 1;
    }
  }
  close(end);
  return runs;
}

/** Shortest word taken for a descriptor: Wiktionary's nouns include first names (`Erika`, `August`). */
const MIN_DESCRIPTOR = 9;

/** Is the lower-case word in the noun dictionary (Wiktionary's common nouns)? */
function isNoun(lower: string, res: FeatureResources): boolean {
  return res.gazetteer.get(lower)?.split('|').includes('noun') ?? false;
}

/** The lower-case word without each of `endings` it has, where at least `min` letters remain. */
function withoutEndings(lower: string, endings: readonly string[], min: number): string[] {
  return endings.filter((e) => lower.endsWith(e) && lower.length - e.length >= min).map((e) => lower.slice(0, -e.length));
}

/**
 * Is `word` a German common noun? Known nouns and their inflected forms (`Chemieherstellers`
 * → `Chemiehersteller`), and compounds ending in a known noun (`Vorstandschefin` → `Chefin`),
 * unless the training data knows the word as a name.
 */
export function isCommonNoun(word: string, res: FeatureResources): boolean {
  return !res.lexicon.has(word.toLowerCase()) && looksLikeCommonNoun(word, res);
}

/** `isCommonNoun` without asking the training data: a word of an office's name (`Institut`) is also a noun. */
function looksLikeCommonNoun(word: string, res: FeatureResources): boolean {
  const lower = word.toLowerCase();
  const isNounHere = (w: string) => isNoun(w, res);
  const forms = [lower, ...withoutEndings(lower, ['s', 'es', 'n', 'en'], 4)];
  // before a short noun, a compound's first part is a word of its own, perhaps with a linking
  // `s`/`n`/`es`/`en`/`e` (`Vorstands|chefin`, `Bio|bauer`); `Schwanh|eimer` is no compound
  const isWord = (w: string) => res.lowerRatio.has(w) || isNounHere(w) || ['s', 'n', 'es', 'en', 'e'].some((l) => w.endsWith(l) && (res.lowerRatio.has(w.slice(0, -l.length)) || isNounHere(w.slice(0, -l.length))));
  for (const f of forms) {
    if (isNounHere(f)) return true;
    // the longer the noun at the end, the surer the compound (`Bundesgesundheits|minister`)
    for (let k = 4; k <= f.length - 4; k++) if (isNounHere(f.slice(k)) && (f.length - k >= 6 || isWord(f.slice(0, k)))) return true;
  }
  return false;
}

/** Endings of place names, whose `-er` form is an adjective (`Starkenburger`, `Schwanheimer`). */
const PLACE_ENDING = /(?:burg|heim|hausen|dorf|stadt|berg|feld|furt|ingen|bach|hof|see|tal|land|rode|stein|kirchen|wald|mark|bruck|brück)er$/;

/** An adjective made from a place name (`Frankfurter`, `Berliner`, `Starkenburger`). */
function isPlaceAdjective(word: string, res: FeatureResources): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith('er')) return false;
  return PLACE_ENDING.test(lower) || (res.gazetteer.get(lower.slice(0, -2))?.includes('LOC') ?? false);
}

/** Is `word` a genitive form of a common noun (`Chemieherstellers`, `Architekturbüros`)? */
function isGenitiveNoun(word: string, res: FeatureResources): boolean {
  const base = word.endsWith('es') ? [word.slice(0, -2), word.slice(0, -1)] : word.endsWith('s') ? [word.slice(0, -1)] : [];
  return base.some((b) => b.length >= 4 && isCommonNoun(b, res));
}

/**
 * How many leading words of a German name run are a role or descriptor noun, not the name:
 * 1 for `Vorstandschefin Katrin Volkmer` (PER), `Chemieherstellers Kaltherm`, `Elektroautobauer
 * Tesla`; 0 for `Staatsanwaltschaft Magdeburg`, `Süddeutscher Zeitung`, `Erika Ziltener`.
 */
export function descriptorLength(words: string[], type: string, res: FeatureResources): number {
  if (words.length < 2) return 0;
  const first = words[0]!;
  const next = words[1]!;
  // a hyphenated role before a person's name: its last part a common noun, which no hyphenated
  // first name's is (`Ubuntu-Gründer Shuttleworth`, `Top-Stürmer Neymar`; not `Jean-Claude`), or
  // a party's or country's short name before the hyphen (`AfD-Vize Gauland`; not a headline's
  // `PAUL-JOACHIM`)
  if (type.startsWith('PER') && first.includes('-') && /^\p{Lu}/u.test(next)) {
    const head = first.slice(0, first.indexOf('-'));
    const tail = first.slice(first.lastIndexOf('-') + 1);
    const acronymHead = /\p{Lu}.*\p{Lu}/u.test(head) && /\p{Ll}/u.test(first);
    if (/^\p{Lu}\p{Ll}+$/u.test(tail) && (acronymHead || isCommonNoun(tail, res))) return 1;
  }
  if (first.length < MIN_DESCRIPTOR || !/^\p{Lu}\p{Ll}+$/u.test(first) || !/^\p{Lu}/u.test(next)) return 0;
  // a descriptor noun is never written in lower case (`süddeutscher` is an adjective)
  const firstLower = res.lowerRatio.get(first.toLowerCase());
  if (firstLower !== undefined && firstLower !== '0') return 0;
  if (isPlaceAdjective(first, res) || !isCommonNoun(first, res)) return 0;
  // before a single name word only a long compound counts (`Bundestrainer Vogts`): shorter
  // nouns may be first names (`Hanspeter Rüschlin`)
  if (type.startsWith('PER')) return words.length > 2 || first.length >= 12 ? 1 : 0;
  // other names may start with a noun (`Staatsanwaltschaft Magdeburg`); a genitive noun, or
  // an agent noun (`Autobauer`, `Hersteller`), before a word never seen in lower case and
  // not a place is an apposition (`des Büros Haverkamp`, `der Elektroautobauer Tesla`)
  const nextLower = res.lowerRatio.get(next.toLowerCase());
  if (nextLower !== undefined && nextLower !== '0') return 0;
  if (isGenitiveNoun(first, res)) return 1;
  const nextIsPlace = res.gazetteer.get(next.toLowerCase())?.includes('LOC') ?? false;
  return type.startsWith('ORG') && /(?:er|erin)$/.test(first) && !nextIsPlace ? 1 : 0;
}

/** Determiners that German names rarely take (`das Bad`, `einem Hallenbad`, `die Kitas`). */
const COMMON_DETERMINER = /^(?:das|dem|des|ein|eine|einem|einen|einer|eines|kein|keine|keinen|keinem|keiner|jede|jeder|jedes|jedem|jeden|diese|dieser|dieses|diesem|diesen|neue|neuen|neues|neuer|neuem)$/i;

/**
 * Prepositions that take a bare common noun but hardly a name (`ohne Bad`, `trotz Regen`);
 * `in`, `aus`, `nach`, `bei`, `für` … take place and company names as often.
 */
const NOUN_PREPOSITION = /^(?:ohne|trotz|wegen|statt|anstatt|samt|mangels|mitsamt|inklusive|exklusive)$/i;

/**
 * A lone capitalised common noun after a determiner or a preposition names nothing (`für das
 * Bad`, `die Kitas der Stadt`, `ohne Bad`), nor does one after an amount (`38 Euro`), nor a
 * plural coordinated with a plural common noun (`Schulen und Kitas`): German capitalises every noun.
 */
function isCommonNounUse(words: string[], span: TokenSpan, res: FeatureResources): boolean {
  if (span.end - span.start !== 1 || !/^(?:PER|LOC|ORG)$/.test(span.type)) return false;
  const word = words[span.start]!;
  const prev = words[span.start - 1] ?? '';
  if (isCoordinatedPlural(words, span.start, res)) return true;
  const afterAmount = /^\d[\d.,]*$/.test(prev) && !/\.$/.test(prev) && !span.type.startsWith('LOC');
  // a neuter adjective (`eigenes Bad`, `neuem Hallenbad`) marks a noun too
  const neuterAdjective = /^\p{Ll}{3,}(?:es|em)$/u.test(prev);
  const afterPreposition = NOUN_PREPOSITION.test(prev);
  if (!afterAmount && !neuterAdjective && !afterPreposition && !COMMON_DETERMINER.test(prev) && !(/^die$/i.test(prev) && /(?:en|s)$/.test(word))) return false;
  return isDictionaryNoun(word, res);
}

/** Known to a lexicon as a name, or a place of the gazetteer, in this form or without an ending (`Ungarns`). */
function isKnownName(word: string, res: FeatureResources): boolean {
  const lower = word.toLowerCase();
  const forms = [lower, ...withoutEndings(lower, ['s', 'es', 'n', 'en'], 3)];
  return forms.some((f) =>
    res.lexicon.has(f) || (res.gazetteer.get(f) ?? '').includes('LOC') ||
    (res.silverLexicon.get(f) ?? '').split('|').some((c) => c !== '' && !c.endsWith('?')));
}

/** A plural-looking capitalised word that no lexicon knows as a name (`Kitas`, `Horte`). */
function isUnknownPlural(word: string, res: FeatureResources): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:s|en|n|e|er)$/u.test(word) && !isKnownName(word, res);
}

/** A plural of the noun dictionary (`Schulen`, `Garantien`, `Lehrer`) that is no name. */
function isPluralDictionaryNoun(word: string, res: FeatureResources): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || isKnownName(word, res)) return false;
  const lower = word.toLowerCase();
  return withoutEndings(lower, ['s', 'en', 'n', 'e', 'er'], 3).some((w) => isNoun(w, res)) || (isNoun(lower, res) && /(?:er|el|en)$/.test(lower));
}

/**
 * Is the word at `i` a plural joined by `und`/`oder` to a plural common noun (`Schulen und
 * Kitas`, `Kitas und Schulen`)? Then it is one of a list of things, no name, unless a lexicon
 * knows it as one.
 */
function isCoordinatedPlural(words: string[], i: number, res: FeatureResources): boolean {
  const word = words[i]!;
  if (!isUnknownPlural(word, res) && !(isDictionaryNoun(word, res) && !isKnownName(word, res))) return false;
  const joined = (conj: string | undefined, other: string | undefined) =>
    conj !== undefined && other !== undefined && /^(?:und|oder|sowie)$/.test(conj) && isPluralDictionaryNoun(other, res);
  return joined(words[i - 1], words[i - 2]) || joined(words[i + 1], words[i + 2]);
}

/** A word of the noun dictionary itself or its inflected form (no compounds), never seen as a name. */
export function isDictionaryNoun(word: string, res: FeatureResources): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  const gazetteer = res.gazetteer.get(lower)?.split('|') ?? [];
  // a word known only as the first part of place names (`Bad`, `Sankt`) is a noun on its own
  const partOnly = gazetteer.includes('LOC.part') && !gazetteer.some((c) => c.startsWith('LOC.') && c !== 'LOC.part') &&
    (res.lexicon.get(lower) ?? '').split('|').every((c) => c.startsWith('LOC'));
  if (res.lexicon.has(lower) && !partOnly) return false;
  // machine-annotated text knows it as a name for sure (`die Bahamas`, `dem Rhein`)
  if ((res.silverLexicon.get(lower) ?? '').split('|').some((c) => c !== '' && !c.endsWith('?'))) return false;
  return isNoun(lower, res) || withoutEndings(lower, ['s', 'es', 'n', 'en'], 3).some((w) => isNoun(w, res));
}

/** A capitalised word that may continue a name (`Rescue`, `Gamble`), not a headline's capitals. */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{Lu}'’.-]*$/u;

/** A German lower-case adjective inside an office's name (`auswärtige`, `wirtschaftliche`). */
const ADJECTIVE = /^\p{Ll}{3,}(?:e|en|er|es|em)$/u;
/** Determiners and pronouns, which end like adjectives but start no name's part (`für eine Verteilung`). */
const DETERMINER = /^(?:(?:k?ein|mein|dein|sein|ihr|unser|eur|dies|jen|jed|welch|manch|solch|all|einig|mehrer|viel|wenig|beid|ander)(?:e|en|er|es|em)?|die|der|das|den|dem|des)$/u;

/**
 * How many untagged words after an organisation's span `[start, end)` belong to its name:
 * `Lincolnshire Fire` + `and Rescue` (two capitalised words directly joined by `and`/`&`,
 * as in `Procter and Gamble`); `Eidgenössischen Departements` + `für auswärtige
 * Angelegenheiten` (German: an office's name, whose last word is a common noun, then `für`,
 * lower-case adjectives and capitalised nouns; not `EU für eine Verteilung`, `Lufthansa für
 * Aufsehen`). `free(i)` says whether word `i` is outside every tagged span; `res`: the German
 * model's word tables (without them German names are not continued).
 */
export function continuationLength(words: string[], start: number, end: number, type: string, lang: 'de' | 'en', free: (i: number) => boolean, res?: FeatureResources): number {
  if (type !== 'ORG' || end - start < 1) return 0;
  const last = words[end - 1]!;
  if (!NAME_WORD.test(last) || /['’]s?$/.test(last)) return 0;
  // capitalised words from `i` on, outside every span; a word in capitals only is a headline's
  const capitalised = (i: number) => {
    let n = 0;
    while (i + n < words.length && free(i + n) && NAME_WORD.test(words[i + n]!) && /\p{Ll}/u.test(words[i + n]!)) n++;
    return n;
  };
  const joiner = words[end];
  if (lang === 'en') {
    if ((joiner !== 'and' && joiner !== '&') || !free(end)) return 0;
    const n = capitalised(end + 1);
    return n >= 1 && n <= 2 ? 1 + n : 0;
  }
  // a list of fields (`für Klima, Umwelt und Energie`, `für Unterricht und Kultus`) counts when `und` closes it
  const listEnd = (i: number) => {
    let j = i;
    while (words[j] === ',' && free(j) && capitalised(j + 1) === 1) j += 2;
    const n = words[j] === 'und' && free(j) ? capitalised(j + 1) : 0;
    return n >= 1 && n <= 2 ? j + 1 + n : i;
  };
  // the tagger may have stopped inside the list (`Bundesministerium für Umwelt, Naturschutz`)
  if (words.slice(start, end).includes('für')) return listEnd(end) - end;
  if (joiner !== 'für' || !free(end)) return 0;
  // the office's own word before `für` (`Institut`, `Staatsministeriums`); a name (`EU`, `Lufthansa`) is none
  if (!res || !/\p{Ll}/u.test(last) || !looksLikeCommonNoun(last, res)) return 0;
  let i = end + 1;
  while (i < words.length && free(i) && ADJECTIVE.test(words[i]!) && !DETERMINER.test(words[i]!)) i++;
  const n = capitalised(i);
  return n >= 1 && n <= 3 ? listEnd(i + n) - end : 0;
}

/**
 * The type of a name tagged as a person whose last word says it is none (`Brackley Freight`,
 * `Calloway Industries`, `Axel Springer Verlag`): a word that heads organisation or place
 * names in the training data, or an ordinary word that never ended a person's name there
 * (English: written in lower case in running text; German: a common noun, or known to the
 * training data only as part of organisations' names). Null when it may be a person.
 */
export function nonPersonType(words: string[], lang: 'de' | 'en', res: FeatureResources | undefined): 'ORG' | 'LOC' | null {
  if (words.length < 2) return null;
  // a first name in front (`Anna Power`, `Ragnar Dam`) still makes a person
  const first = words[0]!;
  const firstName = startsPersonNames(first) || /^\p{Lu}\.$/u.test(first) ||
    (res?.lexicon.get(first.toLowerCase()) ?? '').split('|').every((c) => c.startsWith('PER')) && res?.lexicon.has(first.toLowerCase()) === true;
  const head = headType(words);
  if (head && !(firstName && words.length === 2)) return head;
  const last = words[words.length - 1]!;
  if (!res || firstName || !/^\p{Lu}\p{Ll}+(?:['’]s|s['’])?$/u.test(last) || endsPersonNames(last)) return null;
  const w = last.replace(/(?:['’]s|(?<=s)['’])$/u, '').toLowerCase();
  const classes = (res.lexicon.get(w) ?? '').split('|').filter(Boolean).map((c) => c.replace(/\?$/, ''));
  if (classes.includes('PER')) return null;
  if (classes.length > 0 && classes.every((c) => c === 'ORG')) return 'ORG';
  if (lang === 'en') return ['3', '4'].includes(res.lowerRatio.get(w) ?? '') ? 'ORG' : null;
  return isNoun(w, res) || withoutEndings(w, ['e', 'en', 'n', 's'], 4).some((x) => isNoun(x, res)) ? 'ORG' : null;
}

/**
 * Is the last word of a German organisation's span `words` a plural common noun glued onto
 * the name (`verlangt die IG Metall Garantien`)? It is when the word before it ends
 * organisation names in the training data (`Metall` of `IG Metall`) and the plural itself
 * never appeared in a name.
 */
export function hasTrailingPlural(words: string[], type: string, res: FeatureResources): boolean {
  // a name of one word and a plural may be one name (`German Pellets`): only a longer name is cut
  if (type !== 'ORG' || words.length < 3) return false;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  if (!isPluralDictionaryNoun(last, res) || isNoun(last.toLowerCase(), res)) return false;
  // the name ends in a noun (`Metall`), not an adjective (`Olympischen Spielen`)
  if ((res.lowerRatio.get(before.toLowerCase()) ?? '0') !== '0') return false;
  const classes = (res.lexicon.get(before.toLowerCase()) ?? '').split('|').filter(Boolean);
  return classes.length > 0 && classes.every((c) => c.startsWith('ORG'));
}

/**
 * Organisation mentions with a plural glued on (`IG Metall Garantien`) where the article names
 * the organisation without it elsewhere (`IG Metall`): the plural is cut off. German only.
 */
export function cutPluralsAfterKnownNames<T extends { text: string; type: string; start: number; end: number }>(mentions: T[], res: FeatureResources): T[] {
  const names = new Set(mentions.filter((m) => m.type === 'ORG').map((m) => m.text));
  return mentions.map((m) => {
    if (m.type !== 'ORG') return m;
    const space = m.text.lastIndexOf(' ');
    if (space <= 0) return m;
    const name = m.text.slice(0, space);
    const last = m.text.slice(space + 1);
    if (!names.has(name) || !(isPluralDictionaryNoun(last, res) || isUnknownPlural(last, res))) return m;
    return { ...m, text: name, end: m.start + name.length };
  });
}

/** A tidied span and whether it is one of several names cut from one tagged span. */
export interface TidySpan extends TokenSpan {
  split: boolean;
}

/**
 * The tagger's spans of one sentence as Chronik takes them for names: cut into runs
 * (`nameRuns`) and, in German, without a leading role noun (`descriptorLength`). GermEval's
 * `deriv`/`part` spans are left as tagged. German route phrases then get their places
 * (`completeRoutePlaces`: `auf der A7`, `zwischen X und Y`). `resources`: the German model's word tables.
 */
export function tidySpans(words: string[], spans: TokenSpan[], lang: 'de' | 'en', resources: FeatureResources | undefined): TidySpan[] {
  const out: TidySpan[] = [];
  const tagged = new Uint8Array(words.length);
  for (const span of spans) tagged.fill(1, span.start, span.end);
  const free = (i: number) => tagged[i] === 0;
  for (let span of spans) {
    if (/(deriv|part)$/.test(span.type)) {
      out.push({ ...span, split: false });
      continue;
    }
    if (lang === 'de' && resources && isCommonNounUse(words, span, resources)) continue;
    const more = continuationLength(words, span.start, span.end, span.type, lang, free, resources);
    if (more > 0) {
      tagged.fill(1, span.end, span.end + more);
      span = { ...span, end: span.end + more };
    }
    const runs = nameRuns(words, span.start, span.end, span.type, lang);
    for (let [start, end] of runs) {
      const cut = lang === 'de' && resources ? descriptorLength(words.slice(start, end), span.type, resources) : 0;
      if (lang === 'de' && resources && hasTrailingPlural(words.slice(start + cut, end), span.type, resources)) {
        end--;
      }
      const type = span.type === 'PER' ? nonPersonType(words.slice(start + cut, end), lang, lang === 'en' ? taggerModel('en')?.resources : resources) ?? 'PER' : span.type;
      out.push({ start: start + cut, end, type, split: runs.length > 1 });
    }
  }
  if (lang !== 'de') return out;
  return completeRoutePlaces(words, out, resources, (w) => resources !== undefined && isDictionaryNoun(w, resources));
}
