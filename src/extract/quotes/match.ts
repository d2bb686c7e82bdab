import type { Quote } from '../../types.js';

function words(s: string): string[] {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Does the quote's speaker match a name given by a user? Every word of the name must occur in
 * the speaker (or its entity key), ignoring case and accents: `Merkel` and `angela merkel` match
 * `Angela Merkel`; `Kerry` does not match `Kerry Washington`'s quotes only if another word is given.
 */
export function speakerMatches(quote: Quote, name: string): boolean {
  const wanted = words(name);
  if (!wanted.length) return false;
  const have = new Set([...words(quote.speaker ?? ''), ...words(quote.speakerKey ?? '')]);
  if (!have.size) return false;
  // possessive/genitive forms (`Merkels`) match the name too
  return wanted.every((w) => have.has(w) || have.has(w + 's') || (w.endsWith('s') && have.has(w.slice(0, -1))));
}
