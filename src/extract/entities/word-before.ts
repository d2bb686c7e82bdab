/**
 * Retyping by the word right in front of a name: `Mutterkonzern Tata Motor` (a company),
 * `Haltestelle Goldberg` (a place), `Weserstrom-Tochter Gridlogic` (a subsidiary). The word in
 * front says what the tagger could not tell from the name.
 */
import type { EntityType } from '../../types.js';
import type { TypedSpan } from './metonymy.js';

/** The word right before a mention, after spaces (also line breaks with `acrossLines`). */
export function wordBefore(text: string, m: TypedSpan, acrossLines = false): string | undefined {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  return (acrossLines ? /(\S+)\s+$/u : /(\S+)[ \t]+$/u).exec(before)?.[1];
}

/** Mentions of one of the `from` types whose word right before passes `isCue` become `to`. */
export function retypeAfterWord<T extends TypedSpan>(
  text: string,
  mentions: T[],
  from: readonly EntityType[],
  isCue: (word: string) => boolean,
  to: EntityType,
  acrossLines = false,
): T[] {
  return mentions.map((m) => {
    if (!from.includes(m.type as EntityType)) return m;
    const word = wordBefore(text, m, acrossLines);
    return word !== undefined && isCue(word) ? { ...m, type: to } : m;
  });
}
