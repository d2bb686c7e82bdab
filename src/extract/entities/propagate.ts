/**
 * Names the tagger found in one sentence of an article, found again where it missed them in
 * another: the tagger sees one sentence at a time, while an article repeats its names
 * (`Calloway` tagged in the lead, missed in paragraph five). Each repeat takes the type its
 * name was given most often.
 */
import type { EntityType, Sentence } from '../../types.js';
import type { RawMention } from './merge.js';

interface Name {
  tokens: string[];
  votes: Map<EntityType, number>;
}

function majority(votes: Map<EntityType, number>): EntityType {
  return [...votes].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * `mentions` plus the untagged repeats of their names. `isWordNotName` rules out names that are
 * ordinary words elsewhere (a German common noun tagged once by mistake must not spread).
 */
export function propagateNames(text: string, sentences: Sentence[], mentions: RawMention[], isWordNotName: (word: string) => boolean): RawMention[] {
  const names = new Map<string, Name>();
  const covered = sentences.map((s) => new Uint8Array(s.tokens.length));
  let m = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  sentences.forEach((s, si) => {
    for (; m < sorted.length && sorted[m]!.start < (s.tokens[s.tokens.length - 1]?.end ?? -1); m++) {
      const mention = sorted[m]!;
      const inside: string[] = [];
      s.tokens.forEach((t, ti) => {
        if (t.end > mention.start && t.start < mention.end) {
          covered[si]![ti] = 1;
          if (t.start >= mention.start && t.end <= mention.end) inside.push(t.text);
        }
      });
      if (mention.fromCompound || inside.length === 0 || !/^[\p{Lu}\p{N}]/u.test(inside[0]!)) continue;
      if (inside.join(' ').length < 3 || (inside.length === 1 && isWordNotName(inside[0]!))) continue;
      const key = inside.join('\u0001');
      let name = names.get(key);
      if (!name) names.set(key, (name = { tokens: inside, votes: new Map() }));
      name.votes.set(mention.type, (name.votes.get(mention.type) ?? 0) + 1);
    }
  });
  if (names.size === 0) return mentions;
  const byFirst = new Map<string, Name[]>();
  for (const n of names.values()) {
    const list = byFirst.get(n.tokens[0]!) ?? [];
    list.push(n);
    byFirst.set(n.tokens[0]!, list.sort((a, b) => b.tokens.length - a.tokens.length));
  }
  const found: RawMention[] = [];
  sentences.forEach((s, si) => {
    const cov = covered[si]!;
    for (let i = 0; i < s.tokens.length; i++) {
      if (cov[i]) continue;
      const match = byFirst.get(s.tokens[i]!.text)?.find((n) => n.tokens.every((w, k) => s.tokens[i + k]?.text === w && !cov[i + k]));
      if (!match) continue;
      const start = s.tokens[i]!.start;
      const end = s.tokens[i + match.tokens.length - 1]!.end;
      found.push({ text: text.slice(start, end), type: majority(match.votes), start, end });
      for (let k = 0; k < match.tokens.length; k++) cov[i + k] = 1;
      i += match.tokens.length - 1;
    }
  });
  return found.length === 0 ? mentions : [...mentions, ...found].sort((a, b) => a.start - b.start);
}
