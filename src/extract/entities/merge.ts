/**
 * Merges the mentions of one article into article entities:
 * `Wladimir Putin` … `Putin` … `Putins` → one PER `Wladimir Putin`; `Syrien` … `Syriens` → `Syrien`.
 * Longer names are placed first so that a short form joins the full name it abbreviates.
 */
import type { ArticleEntity, EntityType, Mention } from '../../types.js';
import { cleanName, inflectionBases, isAcronym, isAllCaps, nameKey, nameWords, withoutLegalForm } from './names.js';

export interface RawMention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  /**
   * A name cut out of a compound (`Assad` of `Assad-Armee`): its type is a weaker guess,
   * so it counts less in its entity's type vote and may join a person of any type.
   */
  fromCompound?: boolean;
}

/** Type-vote weight of a name cut out of a compound. */
const COMPOUND_VOTE = 0.4;

interface Group {
  name: string;
  words: string[];
  keys: Set<string>;
  aliases: Set<string>;
  votes: Map<EntityType, number>;
  members: number[];
  firstStart: number;
}

function majorityType(votes: Map<EntityType, number>): EntityType {
  let best: EntityType = 'MISC';
  let n = -1;
  for (const t of ['PER', 'ORG', 'LOC', 'MISC'] as const) {
    const v = votes.get(t) ?? 0;
    if (v > n) {
      best = t;
      n = v;
    }
  }
  return best;
}

/** Does a short person mention (`Putin`, `Putins`) name the person `words` (`wladimir putin`)? */
function isPartOfPersonName(short: string[], words: string[]): boolean {
  if (short.length === 0 || short.length >= words.length) return false;
  // a suffix of the full name: the surname, or middle + surname
  const tail = words.slice(words.length - short.length);
  if (tail.every((w, i) => w === short[i])) return true;
  // a German genitive of the surname: `putins`
  if (short.length === 1) return inflectionBases(short[0]!).includes(words[words.length - 1]!);
  return false;
}

/**
 * Does the longer name go on after `short` with a space? A hyphen joins a compound that names
 * something else (`ZTE-Smartphones`, `UN-Flüchtlingshochkommissariat`, `HD Austria-Plattform`),
 * not the same organisation under its fuller name (`Juventus Turin`, `Hertha BSC`).
 */
function endsAtSpace(short: string, long: string): boolean {
  const s = short.toLowerCase().split(/\s+/);
  const l = long.toLowerCase().split(/\s+/);
  return s.length < l.length && s.every((w, i) => w === l[i]);
}

/** Are `short` the first words of the longer name `words`? */
function isStartOfName(short: string[], words: string[]): boolean {
  return short.length > 0 && short.length < words.length && short.every((w, i) => w === words[i]);
}

/**
 * Is `short` the head of the longer organisation name `words` (`commission` of `european
 * commission`, `kommission` of `europäische kommission`)? The modifiers in front are left out
 * once the full name was given.
 */
function isEndOfName(short: string[], words: string[], name: string): boolean {
  if (short.length === 0 || short.length >= words.length) return false;
  const tail = words.slice(words.length - short.length);
  if (!tail.every((w, i) => w === short[i])) return false;
  // a club's or association's abbreviation before a place (`TSV Rheinfels`, `FC Bayern`): the
  // place name alone may as well name the town, so linking decides
  const dropped = cleanName(name).split(/[\s\-‐‑–]+/).filter(Boolean).slice(0, words.length - short.length);
  return !(dropped.length > 0 && dropped.every((w) => /^[\p{Lu}\p{N}][\p{L}\p{N}]{0,4}$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w)));
}

/** Is the text before `start` a preposition of place (`in`, `nach`, `aus`, `from`)? */
function afterPlacePreposition(text: string, start: number): boolean {
  return /(?:^|[^\p{L}])(?:in|im|nach|aus|bei|beim|über|durch|from|to|at|near)\s+$/iu.test(text.slice(Math.max(0, start - 8), start));
}

export interface MergeContext {
  /** The article text the mentions' offsets point into (to see the word before a name). */
  text: string;
  /** Whether a name is a place the gazetteer knows: such a place never becomes a person's surname. */
  isKnownPlace: (name: string) => boolean;
  /**
   * Whether a name is a place the gazetteer resolves with confidence (`Philadelphia`, not the
   * hamlet `Brackley`): such a place is not the short form of an organisation named after it
   * (`Philadelphia Inquirer`, `Los Angeles County Sheriff`).
   */
  isMappedPlace?: (name: string) => boolean;
}

/**
 * Could a name of the words `short` stand for the organisation of the words `long` that starts
 * with them? Not where the rest of the name is more than one word besides a legal form and a
 * year: `Calloway` is `Calloway Industries` and `Weserstrom` `Weserstrom Batterie AG`, but
 * `Microsoft` is not its `Security Response Center`, nor `Apple` its `Magic Mouse` (the cost:
 * `Hypo` of `Hypo Alpe Adria` stays apart).
 */
function isShortFormOf(short: string[], long: string[]): boolean {
  // a club's year (`Hannover 96`) is no word of the name's own
  const words = withoutLegalForm(long.join(' ')).split(' ').filter((w) => !/^\d+$/.test(w));
  return words.length - short.length <= 1;
}

/** The initials of a name's capitalised words (`Europäische Union` → `EU`; `Partei für Arbeit` → `PA`). */
function initials(name: string): string {
  return cleanName(name).split(/[\s\-‐‑–]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!).join('');
}

/**
 * Is `acronym` what the organisation `group` is called for short in this article: its name's
 * initials (`EU` of `Europäische Union`), or written in brackets right after one of its mentions
 * (`Europäische Zentralbank (EZB)`)?
 */
function isAcronymOf(acronym: string, start: number, group: Group, raw: RawMention[], text: string | undefined): boolean {
  if (group.words.length >= 2 && initials(group.name) === acronym) return true;
  // not a team's or athlete's country code in a results list (`HC Litvinov (CZE)`, `2. Akito Watabe (JPN)`)
  const first = cleanName(group.name).split(/\s+/)[0] ?? '';
  if (text === undefined || /\d/.test(group.name) || isAcronym(first)) return false;
  return group.members.some((i) => /^\s*\($/.test(text.slice(raw[i]!.end, start)) && text[start + acronym.length] === ')');
}

/** `context`: without it, mentions join persons only when tagged as persons. */
export function mergeMentions(raw: RawMention[], context?: MergeContext): { mentions: Mention[]; entities: ArticleEntity[] } {
  const items = raw
    .map((m, i) => ({ m, i, name: cleanName(m.text), key: nameKey(m.text), words: nameWords(m.text) }))
    .filter((x) => x.key.length > 0);
  // names of more words first; among equals the shorter key first, so `Syrien` precedes `Syriens`
  const order = [...items].sort((a, b) => b.words.length - a.words.length || a.key.length - b.key.length || a.m.start - b.m.start);
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  const groupOf = new Map<number, Group>();
  const shortFormMentions = new Set<number>();

  // keys of short forms of an organisation's name: they take its type and add no vote
  const shortFormKeys = new Set<string>();
  for (const it of order) {
    let g = byKey.get(it.key);
    if (!g) for (const base of inflectionBases(it.key)) if ((g = byKey.get(base))) break;
    let shortForm = g !== undefined && shortFormKeys.has(it.key);
    if (!g) {
      // a person's short form joins the (unique) person whose full name ends with it; a one-word
      // surname the tagger typed otherwise (`sagte Ohlendorf` as a place) too, unless it is a
      // known place or a preposition of place stands before it (`nach Washington`)
      const retyped =
        context !== undefined && it.m.type !== 'PER' && !it.m.fromCompound && it.words.length === 1 &&
        !afterPlacePreposition(context.text, it.m.start) && !context.isKnownPlace(it.name);
      const persons = groups.filter(
        (c) => (it.m.type === 'PER' || it.m.fromCompound || retyped) && majorityType(c.votes) === 'PER' && isPartOfPersonName(it.words, c.words),
      );
      if (persons.length >= 1) {
        g = persons.sort((a, b) => a.firstStart - b.firstStart)[0];
        if (retyped) {
          shortForm = true;
          shortFormKeys.add(it.key);
        }
      }
    }
    if (!g && it.m.type === 'PER' && it.words.length === 1) {
      // a first name alone (`an Ralf festgehalten`) names the one person of the article called so
      const named = groups.filter((c) => majorityType(c.votes) === 'PER' && c.words.length >= 2 && c.words[0] === it.words[0]);
      if (named.length === 1) g = named[0];
    }
    if (!g && it.m.type === 'PER' && it.words.length === 1) {
      // a lone "person" that no person of the article is called, but a word of one organisation's
      // name (`Kaltenbach` of `SV Kaltenbach 09`: `Wienecke hatte Kaltenbach übernommen`), is that organisation
      const word = it.words[0]!;
      const orgs = groups.filter((c) => majorityType(c.votes) === 'ORG' && c.words.length >= 2 && c.words.includes(word));
      if (orgs.length === 1 && !groups.some((c) => majorityType(c.votes) === 'PER' && c.words.includes(word))) {
        g = orgs[0];
        shortForm = true;
        shortFormKeys.add(it.key);
      }
    }
    // a one-word "place" no gazetteer knows and no preposition of place precedes may be an
    // organisation's short form too (`Weserstrom` of `Weserstrom Batterie AG`, tagged a place)
    const offMapPlace =
      it.m.type === 'LOC' && context !== undefined && it.words.length === 1 && !it.m.fromCompound &&
      !afterPlacePreposition(context.text, it.m.start) && !context.isKnownPlace(it.name);
    // a nationality (`Indian` of `Indian Navy`) or a city on the map (`Philadelphia` of
    // `Philadelphia Inquirer`) is not the short form of an organisation named after it
    const nationality = it.m.type === 'MISC' && it.words.length === 1;
    if (!g && (offMapPlace || (it.m.type !== 'LOC' && !nationality && !context?.isMappedPlace?.(it.name)))) {
      // the start of a single organisation's longer name (`Calloway` of `Calloway Industries`)
      const orgs = groups.filter((c) => majorityType(c.votes) === 'ORG' && isStartOfName(it.words, c.words) && endsAtSpace(it.name, c.name));
      if (orgs.length === 1 && isShortFormOf(it.words, orgs[0]!.words)) {
        g = orgs[0];
        shortForm = true;
        shortFormKeys.add(it.key);
      }
    }
    if (!g && it.m.type !== 'PER' && !it.m.fromCompound && isAcronym(it.name)) {
      // an organisation's acronym (`EU` of `Europäische Union`, `EZB` after `Europäische Zentralbank (EZB)`)
      const orgs = groups.filter((c) => majorityType(c.votes) === 'ORG' && isAcronymOf(it.name, it.m.start, c, raw, context?.text));
      if (orgs.length === 1) {
        g = orgs[0];
        shortForm = true;
        shortFormKeys.add(it.key);
      }
    }
    if (!g && it.m.type === 'ORG' && !it.m.fromCompound) {
      // the last words of a single organisation's longer name (`Commission` of `European Commission`)
      const orgs = groups.filter((c) => majorityType(c.votes) === 'ORG' && isEndOfName(it.words, c.words, c.name));
      if (orgs.length === 1) {
        g = orgs[0];
        shortForm = true;
        shortFormKeys.add(it.key);
      }
    }
    if (!g) {
      g = { name: it.name, words: it.words, keys: new Set(), aliases: new Set(), votes: new Map(), members: [], firstStart: it.m.start };
      groups.push(g);
    }
    g.keys.add(it.key);
    byKey.set(it.key, g);
    // a dateline's capitals (`KALTENBACH`) give way to the name as written in the text
    if (it.key === nameKey(g.name) && isAllCaps(g.name) && !isAllCaps(it.name)) g.name = it.name;
    g.aliases.add(it.name);
    if (shortForm) shortFormMentions.add(it.i);
    else g.votes.set(it.m.type, (g.votes.get(it.m.type) ?? 0) + (it.m.fromCompound ? COMPOUND_VOTE : 1));
    g.members.push(it.i);
    g.firstStart = Math.min(g.firstStart, it.m.start);
    groupOf.set(it.i, g);
  }

  const entities: ArticleEntity[] = [];
  const keyOfGroup = new Map<Group, string>();
  const usedKeys = new Set<string>();
  for (const g of [...groups].sort((a, b) => a.firstStart - b.firstStart)) {
    let key = nameKey(g.name);
    // two different entities with the same name in one article (rare): keep their keys apart
    for (let n = 2; usedKeys.has(key); n++) key = `${nameKey(g.name)} ${n}`;
    usedKeys.add(key);
    keyOfGroup.set(g, key);
    entities.push({
      key,
      name: g.name,
      type: majorityType(g.votes),
      aliases: [...g.aliases].filter((a) => a !== g.name).sort(),
      mentions: g.members.length,
    });
  }
  const mentions: Mention[] = [];
  items.forEach((it) => {
    const g = groupOf.get(it.i)!;
    // a name cut out of a compound takes its entity's type (`Assad` of `Assad-Armee` → PER),
    // a short form its organisation's
    const type = it.m.fromCompound || shortFormMentions.has(it.i) ? majorityType(g.votes) : it.m.type;
    mentions.push({ text: it.m.text, type, start: it.m.start, end: it.m.end, entity: keyOfGroup.get(g)! });
  });
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, entities };
}
