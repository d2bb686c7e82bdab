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
import { modelLangFor, tagSentence, taggerModel } from './tagger.js';
import { retypeInstitutions } from './metonymy.js';
import { retypeAgencies } from './agencies.js';
import { cutPluralsAfterKnownNames, isCommonNoun, tidySpans } from './tidy.js';
import { propagateNames } from './propagate.js';
import { retypeSubsidiaries } from './subsidiaries.js';
import { resolvePlace } from './places.js';
import { retypeStormNames } from './storms.js';
import { retypeAfterCompanyWords } from './company-words.js';
import { retypeAfterPlaceWords } from './place-words.js';

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

/** The mention of tokens `[from, to)` tagged `type`, or null when it names nothing. */
function toMention(text: string, tokens: Doc['sentences'][number]['tokens'], from: number, to: number, type: string): RawMention | null {
  const start = tokens[from]!.start;
  let end = tokens[to - 1]!.end;
  let coarse = coarseType(type) as EntityType | null;
  const fromCompound = !coarse && type.endsWith('part');
  if (fromCompound) {
    // a name inside a compound (`G20-Gipfel`, `Lufthansa-Maschine`): the part before the last hyphen
    end = namePartEnd(text, start, end);
    coarse = end > start ? (coarseType(type.slice(0, -4)) as EntityType | null) : null;
  }
  if (!coarse) return null;
  const mentionText = text.slice(start, end);
  if (!plausible(mentionText)) return null;
  return fromCompound ? { text: mentionText, type: coarse, start, end, fromCompound } : { text: mentionText, type: coarse, start, end };
}

/** Mentions of a Doc whose sentences are filled. */
export function findMentions(doc: Doc): RawMention[] {
  const text = doc.article.text;
  const lang = modelLangFor(doc.article.lang, doc.sentences.slice(0, 20).flatMap((s) => s.tokens.map((t) => t.text)));
  const resources = lang === 'de' ? taggerModel('de')?.resources : undefined;
  const out: RawMention[] = [];
  for (const s of doc.sentences) {
    const words = s.tokens.map((t) => t.text);
    const tags = tagSentence(lang, words);
    for (const span of tidySpans(words, spansOf(tags), lang, resources)) {
      const mention = toMention(text, s.tokens, span.start, span.end, span.type);
      // the pieces of a span that held several names: their type is a weaker guess
      if (mention && span.split) mention.fromCompound = true;
      if (mention) out.push(mention);
    }
  }
  const wordNotName = (w: string) => STOPWORDS.has(w.toLowerCase()) || (resources !== undefined && isCommonNoun(w, resources));
  // subsidiaries and names after a word for a company or a kind of place first, so that the repeats propagation finds take their type
  const tagged = resources ? cutPluralsAfterKnownNames(out, resources) : out;
  const cued = [retypeSubsidiaries, retypeAfterCompanyWords, retypeAfterPlaceWords].reduce((ms, retype) => retype(text, ms), tagged);
  const named = propagateNames(text, doc.sentences, cued, wordNotName);
  return retypeStormNames(text, retypeAgencies(text, retypeInstitutions(text, named), doc.article.source));
}

export const entities: Component = {
  name: 'entities',
  apply(doc: Doc) {
    const { mentions, entities: found } = mergeMentions(findMentions(doc), {
      text: doc.article.text,
      isKnownPlace: (name) => resolvePlace(name, doc.article.lang).status !== 'unknown',
      isMappedPlace: (name) => resolvePlace(name, doc.article.lang).status === 'resolved',
    });
    doc.mentions = mentions;
    doc.entities = found;
  },
};
