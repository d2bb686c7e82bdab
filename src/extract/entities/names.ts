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

/** A name written in capitals only (`KALTENBACH`, a dateline's style), not an acronym. */
export function isAllCaps(name: string): boolean {
  return name.length > 4 && !/\p{Ll}/u.test(name) && /\p{Lu}{2}/u.test(name);
}
