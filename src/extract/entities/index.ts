/**
 * Pipeline component `entities`: tags every sentence with the language's NER model, turns the
 * tags into mentions (PER/ORG/LOC/MISC; GermEval `deriv`/`part` labels are dropped) and
 * merges them into article entities.
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

/** Mentions of a Doc whose sentences are filled. */
export function findMentions(doc: Doc): RawMention[] {
  const text = doc.article.text;
  const lang = modelLangFor(doc.article.lang, doc.sentences.slice(0, 20).flatMap((s) => s.tokens.map((t) => t.text)));
  const out: RawMention[] = [];
  for (const s of doc.sentences) {
    const words = s.tokens.map((t) => t.text);
    const tags = tagSentence(lang, words);
    for (const span of spansOf(tags)) {
      const type = coarseType(span.type) as EntityType | null;
      if (!type) continue;
      const start = s.tokens[span.start]!.start;
      const end = s.tokens[span.end - 1]!.end;
      const mentionText = text.slice(start, end);
      if (plausible(mentionText)) out.push({ text: mentionText, type, start, end });
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
