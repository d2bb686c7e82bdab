/** Name normalisation shared by within-article merging and cross-article linking. */
import { fold } from '../../text/stem.js';

/** Collapses space, drops a trailing possessive (`Obama's`, `Obamas'`) and surrounding quotes. */
export function cleanName(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/^["„“”«»'‚‘’]+|["„“”«»‚‘’]+$/g, '')
    .replace(/['’]s$|(?<=s)['’]$/u, '')
    .trim();
}

/** Lookup key: folded case and diacritics, single spaces, hyphens as spaces. */
export function nameKey(name: string): string {
  return fold(cleanName(name))
    .replace(/[-‐‑–]/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a name, for matching parts (`Wladimir Putin` → `wladimir`, `putin`). */
export function nameWords(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/**
 * German genitive and plural-like endings that a name may carry in running text:
 * `Putins` → `putin`, `Syriens` → `syrien`, `Bundestages` → `bundestag`.
 * Returns the candidate base keys (without the key itself).
 */
export function inflectionBases(key: string): string[] {
  const out: string[] = [];
  if (key.length > 3 && key.endsWith('s')) out.push(key.slice(0, -1));
  if (key.length > 4 && key.endsWith('es')) out.push(key.slice(0, -2));
  return out;
}

/**
 * A multi-word name's key without German case endings: the words before the head lose theirs
 * (`europaischen`, `europaische` → `europaisch`) and the head a genitive `s`/`es` (`weltkrieges`
 * → `weltkrieg`), so that `Europäische Union` and `der Europäischen Union` meet. A key, not a
 * name (`haus` becomes `hau` on either side). Null for a one-word name.
 */
export function uninflectedKey(key: string): string | null {
  const words = key.split(' ');
  if (words.length < 2) return null;
  const last = words[words.length - 1]!;
  const head = /^\p{L}{4,}$/u.test(last) ? last.replace(/(?:es|s)$/, '') : last;
  return [...words.slice(0, -1).map((w) => (w.length >= 4 ? w.replace(/(?:en|er|es|em|e)$/, '') : w)), head].join(' ');
}

/** How many words before a multi-word name's head carry an oblique case ending (`Europäischen Union`): fewer names it in the nominative. */
export function obliqueEndings(key: string): number {
  return key.split(' ').slice(0, -1).filter((w) => w.length >= 4 && /(?:en|em|es)$/.test(w)).length;
}

/** An acronym as written: two to six capitals (`EU`, `FPÖ`, `EZB`). */
export function isAcronym(name: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(name);
}

/** A name written in capitals only (`KALTENBACH`, a dateline's style), not an acronym. */
export function isAllCaps(name: string): boolean {
  return name.length > 4 && !/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name);
}

const LEGAL_FORM = / (?:gmbh(?: & co\.? kg)?|ag|se|kg|kgaa|e\.? ?v\.?|ug|inc\.?|ltd\.?|llc|plc|corp\.?|co\.?|s\.?a\.?|n\.?v\.?)$/;

/** A name key without a trailing legal form (`kaltherm chemie gmbh` → `kaltherm chemie`). */
export function withoutLegalForm(key: string): string {
  return key.replace(LEGAL_FORM, '');
}
