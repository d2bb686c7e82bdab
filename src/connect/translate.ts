import { fold, stem } from '../text/stem.js';
import type { StemLexicon } from './lexicon.js';
import type { Vec } from './vector.js';

/** Shortest compound part looked up on its own: shorter strings match too many stems by chance. */
const MIN_PART = 4;
/** Deepest split of a closed compound (`Untersuchungs|ausschuss|bericht`). */
const MAX_PARTS = 3;
/** Longest stem tried as a compound: the split is quadratic in length, and real compounds are short. */
const MAX_COMPOUND = 48;
const CACHE_LIMIT = 100_000;

// A closed compound's split depends only on its stem and the lexicon: remember it per lexicon.
const splits = new WeakMap<StemLexicon, Map<string, Vec | null>>();

/**
 * The English stems a German word stands for, weights summing to one, or null when nothing is
 * known (the word then stands for itself). A word the lexicon knows shares the weight equally
 * among its translations. A compound it lacks is translated through its parts, each an equal
 * share: hyphenated ones split at the hyphens (a part that cannot be translated, such as a name,
 * stays as it is); capitalised closed ones (nouns) split greedily at their longest known suffix,
 * and only when every part is known. Names (`names`: folded words of the article's entity
 * mentions) are never split: `Kaltenbach` is a place, not a cold brook.
 */
export function translateWord(word: string, lexicon: StemLexicon, names: ReadonlySet<string> = new Set()): Vec | null {
  const st = stem(word, 'de');
  const known = direct(st, lexicon);
  if (known || names.has(fold(word))) return known;
  if (word.includes('-')) return hyphenated(word, lexicon, names);
  return /^\p{Lu}/u.test(word) ? closedCompound(st, lexicon) : null;
}

function direct(st: string, lexicon: StemLexicon): Vec | null {
  const en = lexicon.get(st);
  if (!en?.length) return null;
  const out: Vec = {};
  for (const e of en) out[e] = (out[e] ?? 0) + 1 / en.length;
  return out;
}

function hyphenated(word: string, lexicon: StemLexicon, names: ReadonlySet<string>): Vec | null {
  const parts = word.split('-').filter((p) => /\p{L}/u.test(p));
  if (parts.length < 2 || parts.length > MAX_PARTS * 2) return null;
  const translated = parts.map((p) => (p.includes('-') ? null : translateWord(p, lexicon, names)));
  if (translated.every((t) => !t)) return null;
  return share(translated.map((t, i) => t ?? { [stem(parts[i]!, 'de')]: 1 }));
}

/** The cached split of a closed compound's stem. */
export function closedCompound(st: string, lexicon: StemLexicon): Vec | null {
  let cache = splits.get(lexicon);
  if (!cache) splits.set(lexicon, (cache = new Map()));
  const hit = cache.get(st);
  if (hit !== undefined) return hit;
  const out = split(st, lexicon, MAX_PARTS);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(st, out);
  return out;
}

/** Greedy longest-known-suffix split; null unless every part is known. */
function split(st: string, lexicon: StemLexicon, depth: number): Vec | null {
  if (depth < 2 || st.length < 2 * MIN_PART || st.length > MAX_COMPOUND) return null;
  for (let cut = MIN_PART; cut <= st.length - MIN_PART; cut++) {
    const head = direct(st.slice(cut), lexicon);
    if (!head) continue;
    const modifier = modifierOf(st.slice(0, cut), lexicon) ?? split(st.slice(0, cut), lexicon, depth - 1);
    if (modifier) return share([modifier, head]);
  }
  return null;
}

/** A compound's first part as the lexicon knows it: as written, without a linking `s`/`n`/`en`/`es`, or stemmed. */
function modifierOf(prefix: string, lexicon: StemLexicon): Vec | null {
  const forms = [prefix];
  for (const link of ['s', 'es', 'n', 'en']) if (prefix.endsWith(link) && prefix.length - link.length >= MIN_PART) forms.push(prefix.slice(0, -link.length));
  for (const f of [...forms]) forms.push(stem(f, 'de'));
  for (const f of forms) {
    const t = direct(f, lexicon);
    if (t) return t;
  }
  return null;
}

/** Each part an equal share of one unit of weight. */
function share(parts: Vec[]): Vec {
  const out: Vec = {};
  for (const p of parts) for (const k in p) out[k] = (out[k] ?? 0) + p[k]! / parts.length;
  return out;
}
