/**
 * Pipeline component `entities`: tags every sentence with the language's NER model, turns the
 * tags into mentions (PER/ORG/LOC/MISC) and merges them into article entities. GermEval's
 * `deriv` spans (`russischen`) are dropped; of a `part` span (`Apec-Gipfel`) the name part
 * (`Apec`) becomes the mention.
 */
import type { Component, Doc, EntityType } from '../../types.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { coarseType, spansOf } from './tags.js';
import { mergeMentions, type RawMention } from './merge.js';
import { modelLangFor, tagSentence } from './tagger.js';
import { retypeInstitutions } from './metonymy.js';

export { mergeMentions } from './merge.js';

/** A mention worth keeping: has a letter or digit and is not a lone function word (`Die`). */
function plausible(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return false;
  if (!text.includes(' ') && STOPWORDS.has(text.toLowerCase())) return false;
  return text.length <= 200;
}

/**
 * End of the name in a compound `start…end` tagged `*part`: before its last hyphen, when what
 * precedes starts with a capital or digit (`US-Außenministerium` → `US`); else `start` (none).
 */
function namePartEnd(text: string, start: number, end: number): number {
  const hyphen = text.lastIndexOf('-', end - 2);
  if (hyphen <= start || !/^[\p{Lu}\p{N}]/u.test(text.slice(start, start + 1))) return start;
  return hyphen;
}

/** Mentions of a Doc whose sentences are filled. */
export function findMentions(doc: Doc): RawMention[] {
  const text = doc.article.text;
  const lang = modelLangFor(doc.article.lang, doc.sentences.slice(0, 20).flatMap((s) => s.tokens.map((t) => t.text)));
  const out: RawMention[] = [];
  for (const s of doc.sentences) {
    const words = s.tokens.map((t) => t.text);
    const tags = tagSentence(lang, words);
    for (const span of spansOf(tags)) {
      const start = s.tokens[span.start]!.start;
      let end = s.tokens[span.end - 1]!.end;
      let type = coarseType(span.type) as EntityType | null;
      const fromCompound = !type && span.type.endsWith('part');
      if (fromCompound) {
        // a name inside a compound (`G20-Gipfel`, `Lufthansa-Maschine`): the part before the last hyphen
        end = namePartEnd(text, start, end);
        type = end > start ? (coarseType(span.type.slice(0, -4)) as EntityType | null) : null;
      }
      if (!type) continue;
      const mentionText = text.slice(start, end);
      if (plausible(mentionText)) out.push(fromCompound ? { text: mentionText, type, start, end, fromCompound } : { text: mentionText, type, start, end });
    }
  }
  return retypeInstitutions(text, out);
}

export const entities: Component = {
  name: 'entities',
  apply(doc: Doc) {
    const { mentions, entities: found } = mergeMentions(findMentions(doc));
    doc.mentions = mentions;
    doc.entities = found;
  },
};
