/**
 * Places in German traffic and rail reports that the tagger misses or cuts short, told by the
 * phrases such reports are written in rather than by the names themselves:
 * - a road's number (`auf der A7`, `B295 Richtung Stuttgart`, `Autobahn 33`) names a road,
 *   a place as streets are;
 * - the other end of a stretch `zwischen X und Y` is a place when one end is tagged as one
 *   (`zwischen Appenweier und Offenburg`);
 * - a town named with its river is one name (`Mülheim an der Ruhr`), as GermEval annotates it;
 * - a district after a hyphen (`Karlsruhe-Nord`, `Berlin-Mitte`) is the place itself, no
 *   compound with the place as its first part, and a place when the part before is one.
 */
import type { FeatureResources } from './features.js';
import type { TidySpan } from './tidy.js';

/** A road's number: Autobahn `A7`, Bundesstraße `B295` (one to three digits). */
const ROAD_NUMBER = /^[AB]\d{1,3}$/;
/** Words that put a road number in a road's place (`auf der A7`, `zur B8`). */
const BEFORE_ROAD = /^(?:der|die|auf|zur|über|von|ab|bis|Höhe|[–—:(])$/i;
/** Words of a traffic report: with them, `die A7` is a road, not a model or a format (`die A4 brachte es auf 236 GB`). */
const TRAFFIC = /^(?:Richtung|Fahrtrichtung|Autobahn|Stau|Verkehr|Unfall|gesperrt|Sperrung|Anschlussstelle|Ausfahrt|Auffahrt|Kreuz|Dreieck|Fahrbahn|Fahrstreifen|Baustelle|Lkw|Pkw|Ölspur|Gegenstände|Rückstau|Vollsperrung)$/;
/** Words that say a number is a road's (`Autobahn 33`). */
const ROAD_WORD = /^(?:Autobahn|Bundesautobahn|Bundesstraße)$/;
/** Parts after a hyphen that name a district of the place before (`Köln-Nord`). */
const DISTRICT = /-(?:Nord|Süd|Ost|West|Nordost|Nordwest|Südost|Südwest|Mitte|Zentrum|Innenstadt|Altstadt)$/;
/** A capitalised word that can be a place's name on its own (`Merklingen`, `Landau-Nord`). */
const PLACE_WORD = /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)*$/u;

/** Can a rule start from `word`: a road's name or number, `zwischen`, `an`/`ob` (`an der Ruhr`), a hyphenated word? */
function mayStartRule(word: string): boolean {
  const first = word.charCodeAt(0);
  return first === 65 || first === 66 || word === 'zwischen' || word === 'Zwischen' || word === 'an' || word === 'ob' || word.includes('-');
}

/** Is the word at `i` a road's number by its neighbours (`auf der A7`, `A8 München Richtung Salzburg`)? */
function isRoadNumber(words: string[], i: number, traffic: boolean): boolean {
  if (!ROAD_NUMBER.test(words[i] ?? '')) return false;
  if (BEFORE_ROAD.test(words[i - 1] ?? '') && traffic) return true;
  // a direction within the next three words: `A8 München Richtung Salzburg`, `B295 Richtung Stuttgart`
  return words.slice(i + 1, i + 4).some((w) => w === 'Richtung' || w === 'Fahrtrichtung');
}

/** Is a free word a place by its use only, not a common noun or a word mostly written in lower case? */
function mayBePlace(word: string, res: FeatureResources | undefined, isNoun: (w: string) => boolean): boolean {
  if (!PLACE_WORD.test(word)) return false;
  if (!res) return !isNoun(word);
  const lower = word.toLowerCase();
  const known = (res.lexicon.get(lower) ?? '') + '|' + (res.gazetteer.get(lower) ?? '');
  if (known.includes('LOC')) return true;
  if (/(?:ORG|PER)/.test(known) || isNoun(word)) return false;
  return ['0', '1', 'u'].includes(res.lowerRatio.get(lower) ?? 'u');
}

/** Known to the lexicon or gazetteer as a place (`Ruhr`, `Saale`). */
function isKnownPlace(word: string, res: FeatureResources | undefined): boolean {
  const lower = word.toLowerCase();
  return ((res?.lexicon.get(lower) ?? '') + '|' + (res?.gazetteer.get(lower) ?? '')).includes('LOC');
}

/**
 * The spans of one German sentence with the places of route phrases added or completed (see
 * the module's comment). `spans` are tidied spans; the result is sorted by start.
 * `isNoun(word)`: a common noun of the dictionary, never seen as a name.
 */
export function completeRoutePlaces(words: string[], spans: TidySpan[], res: FeatureResources | undefined, isNoun: (w: string) => boolean): TidySpan[] {
  // most sentences hold none of the words these rules start from: leave them at once
  if (!words.some(mayStartRule)) return spans;
  const out = spans.map((s) => ({ ...s }));
  const covering = () => {
    const at = new Int32Array(words.length).fill(-1);
    out.forEach((s, k) => at.fill(k, s.start, s.end));
    return at;
  };
  // a district after a hyphen: the whole word is the place
  for (const s of out) {
    if (s.type === 'LOCpart' && s.end - s.start === 1 && DISTRICT.test(words[s.start]!)) s.type = 'LOC';
  }
  // a road's number that opens a name (`A7 Hamburg Richtung Flensburg`): the road, then the places
  const traffic = words.some((w) => TRAFFIC.test(w));
  for (let k = out.length - 1; k >= 0; k--) {
    const s = out[k]!;
    if (s.end - s.start < 2 || /(?:deriv|part)$/.test(s.type) || !ROAD_NUMBER.test(words[s.start]!)) continue;
    if (!traffic && !isRoadNumber(words, s.start, traffic)) continue;
    const pieces: TidySpan[] = [{ start: s.start, end: s.start + 1, type: 'LOC', split: true }];
    let from = s.start + 1;
    for (let i = from; i <= s.end; i++) {
      if (i < s.end && words[i] !== 'Richtung') continue;
      if (i > from) pieces.push({ start: from, end: i, type: 'LOC', split: true });
      from = i + 1;
    }
    out.splice(k, 1, ...pieces);
  }
  // a place with its district (`Landau-Nord`), untagged or taken for another kind of name, when
  // the place is known as one or the sentence is a route's (`zwischen`, `Richtung`, `Stau`)
  const route = traffic || words.includes('zwischen');
  const isDistrictOfPlace = (word: string) => {
    if (!word.includes('-')) return false;
    const m = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)-\p{Lu}\p{Ll}+$/u.exec(word);
    if (!m || !DISTRICT.test(word) || isNoun(m[1]!)) return false;
    return route || isKnownPlace(m[1]!, res);
  };
  let at = covering();
  for (let i = 0; i < words.length; i++) {
    const k = at[i]!;
    if (k < 0 && isDistrictOfPlace(words[i]!)) out.push({ start: i, end: i + 1, type: 'LOC', split: false });
    else if (k >= 0 && out[k]!.end - out[k]!.start === 1 && !/(?:deriv|part)$/.test(out[k]!.type) && isDistrictOfPlace(words[i]!)) out[k]!.type = 'LOC';
  }
  // road numbers
  at = covering();
  for (let i = 0; i < words.length; i++) {
    if (at[i]! >= 0) continue;
    const first = words[i]!.charCodeAt(0);
    // only `A…`, `B…` (road numbers) and the road words can start a road's name
    if (first !== 65 && first !== 66) continue;
    if (isRoadNumber(words, i, traffic)) out.push({ start: i, end: i + 1, type: 'LOC', split: false });
    else if (ROAD_WORD.test(words[i]!) && /^\d{1,3}$/.test(words[i + 1] ?? '') && at[i + 1]! < 0) out.push({ start: i, end: i + 2, type: 'LOC', split: false });
  }
  // a town named with its river: `Mülheim an der Ruhr`, `Rothenburg ob der Tauber` (one name, as GermEval has it)
  at = covering();
  const merged = new Set<number>();
  for (const s of out) {
    const e = s.end;
    if (s.type !== 'LOC' || s.end - s.start !== 1 || !(words[e] === 'an' || words[e] === 'ob') || words[e + 1] !== 'der') continue;
    const river = words[e + 2] ?? '';
    const k = at[e + 2]!;
    const isRiver = k === undefined ? false : k >= 0 ? out[k]!.type === 'LOC' && out[k]!.start === e + 2 && out[k]!.end === e + 3 : mayBePlace(river, res, isNoun) && isKnownPlace(river, res);
    // `an der Hildesheimer Straße` names a street, not a river
    if (!isRiver || /er$/.test(river) || /^\p{Lu}/u.test(words[e + 3] ?? '')) continue;
    if (k !== undefined && k >= 0) merged.add(k);
    s.end = e + 3;
  }
  if (merged.size > 0) {
    const kept = out.filter((_, k) => !merged.has(k));
    out.length = 0;
    out.push(...kept);
  }
  // the other end of a stretch `zwischen X und Y`
  at = covering();
  const isLoc = (i: number) => at[i]! >= 0 && out[at[i]!]!.type === 'LOC' && out[at[i]!]!.start === i;
  for (let i = 0; i + 3 < words.length; i++) {
    if (words[i] !== 'zwischen' && words[i] !== 'Zwischen') continue;
    // the first end: a tagged place (any length) or one free word
    let j: number;
    if (isLoc(i + 1)) j = out[at[i + 1]!]!.end;
    else j = i + 2;
    if (words[j] !== 'und') continue;
    const firstTagged = isLoc(i + 1);
    const secondTagged = isLoc(j + 1);
    if (firstTagged === secondTagged) continue;
    // the free end is one word not followed by another free capitalised word (`Merklingen 3 km`)
    const free = firstTagged ? j + 1 : i + 1;
    if (at[free]! >= 0 || !mayBePlace(words[free]!, res, isNoun)) continue;
    if (!firstTagged && free + 1 !== j) continue;
    if (firstTagged && at[free + 1] !== undefined && at[free + 1]! < 0 && /^\p{Lu}/u.test(words[free + 1]!)) continue;
    out.push({ start: free, end: free + 1, type: 'LOC', split: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
