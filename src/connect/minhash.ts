/**
 * MinHash signatures over word shingles: agency copies and updated versions of one report
 * share most of their 4-word shingles, different reports on one event share few.
 */
const HASHES = 32;
const SHINGLE = 4;

function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // final avalanche (murmur3 fmix)
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Signature of a word sequence; empty when the text is too short to judge. */
export function minhash(words: string[]): number[] {
  if (words.length < SHINGLE + 2) return [];
  const sig = new Array<number>(HASHES).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    const shingle = words.slice(i, i + SHINGLE).join(' ');
    const base = hash32(shingle, 0);
    for (let k = 0; k < HASHES; k++) {
      // cheap family of hashes from one base hash
      let h = (base ^ Math.imul(k + 1, 0x9e3779b1)) >>> 0;
      h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> 0;
      h = (h ^ (h >>> 12)) >>> 0;
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets (0 when either is empty). */
export function jaccard(a: number[], b: number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
