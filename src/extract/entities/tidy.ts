/**
 * Tidies tagged name spans before they become mentions, where a span swallowed words that
 * are not part of the name:
 * - a lower-case word that no name contains (`Calloway sells Weserstrom` → `Calloway`,
 *   `Weserstrom`), while particles stay (`Bank of America`, `Alternative für Deutschland`);
 * - an English possessive inside the span (`Brackley Freight’s Harwick` → two names);
 * - a German role or descriptor noun in front of a name (`Vorstandschefin Katrin Volkmer`,
 *   `des Chemieherstellers Kaltherm`), told by the common-noun lexicon the tagger ships with.
 * Titles of works (MISC) are left as tagged: `Vom Winde verweht` is one name.
 */
import type { FeatureResources } from './features.js';

/** Lower-case words that occur inside names. */
const NAME_PARTICLES = new Set([
  // German
  'für', 'und', 'der', 'die', 'das', 'des', 'dem', 'den', 'von', 'vom', 'zu', 'zur', 'zum', 'am', 'an', 'im', 'in', 'auf', 'bei', 'über', 'unter', 'ohne', 'gegen', 'mit', 'aus', 'nach',
  // English
  'of', 'the', 'and', 'for', 'on', 'at', 'upon', 'without', 'a', 'an', 'to', 'by',
  // name particles of many languages
  'van', 'ver', 'ten', 'ter', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'la', 'le', 'les', 'y', 'e', 'el', 'al', 'bin', 'ibn', 'bint', 'abu', 'st', 'mc',
]);

/** A word that cannot be inside a person's, organisation's or place's name. */
function breaksName(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !NAME_PARTICLES.has(word);
}

function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase()) && /^\p{Ll}/u.test(word);
}

/**
 * The runs of a tagged span `[start, end)` that can be names: split where a lower-case word
 * inside it breaks the name (dropped; a lone `dpa` stays) and after an inner possessive
 * (`Freight’s`), particles trimmed
 * from both ends. Spans of other types (MISC, OTH) come back whole.
 */
export function nameRuns(words: string[], start: number, end: number, type: string): [number, number][] {
  if (!/^(PER|ORG|LOC)/.test(type)) return [[start, end]];
  const runs: [number, number][] = [];
  let from = start;
  const close = (to: number) => {
    let a = from;
    let b = to;
    while (a < b && isParticle(words[a]!)) a++;
    while (b > a && isParticle(words[b - 1]!)) b--;
    if (b > a) runs.push([a, b]);
  };
  for (let i = start; i < end; i++) {
    const w = words[i]!;
    if (i > start && i < end - 1 && breaksName(w)) {
      close(i);
      from = i + 1;
    } else if (i < end - 1 && /\p{L}['’]s$/u.test(w)) {
      close(i + 1);
      from = i + 1;
    }
  }
  close(end);
  return runs;
}

/**
 * Is `word` a German common noun (not a name)? Known nouns, their inflected forms
 * (`Vereins`), and compounds ending in a known noun (`Vorstandschefin` → `Chefin`), unless
 * the training data knows the word as a name (`Ernst`, `Rose`).
 */
function isCommonNoun(word: string, res: FeatureResources): boolean {
  const lower = word.toLowerCase();
  if (res.lexicon.has(lower)) return false;
  const isNoun = (w: string) => res.gazetteer.get(w)?.split('|').includes('noun') ?? false;
  const forms = [lower];
  for (const cut of [1, 2]) if (/(?:s|es|n|en)$/.test(lower.slice(-cut)) && lower.length - cut >= 3) forms.push(lower.slice(0, -cut));
  for (const f of forms) {
    if (isNoun(f)) return true;
    // a compound: the longest known noun it ends in, at least 4 letters, after at least 3
    for (let k = 3; k <= f.length - 4; k++) if (isNoun(f.slice(k))) return true;
  }
  return false;
}

/** Is `word` a genitive form (`Vereins`, `Chemieherstellers`, `Architekturbüros`)? */
function looksGenitive(word: string): boolean {
  return /[^s]s$|es$/.test(word);
}

/**
 * How many leading words of a German name run are a role or descriptor noun, not the name:
 * 1 for `Vorstandschefin Katrin Volkmer` (PER), `Chemieherstellers Kaltherm` (a genitive
 * before any name); 0 for `Staatsanwaltschaft Magdeburg`, `Deutsche Bank`, `Ernst Müller`.
 */
export function descriptorLength(words: string[], type: string, res: FeatureResources): number {
  if (words.length < 2) return 0;
  const first = words[0]!;
  const next = words[1]!;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(first) || !/^\p{Lu}/u.test(next)) return 0;
  if (!isCommonNoun(first, res)) return 0;
  if (type.startsWith('PER')) return 1;
  // other names may start with a noun (`Staatsanwaltschaft Magdeburg`); a genitive noun
  // followed by a word never seen in lower case is an apposition (`des Büros Haverkamp`)
  const nextLower = res.lowerRatio.get(next.toLowerCase());
  return looksGenitive(first) && (nextLower === undefined || nextLower === '0') ? 1 : 0;
}
