/**
 * Machine-annotated (silver) NER data in CoNLL classes (PER/LOC/ORG/MISC), mapped onto the
 * GermEval 2014 scheme the German tagger learns: CoNLL calls nationality adjectives
 * (`französischen`, `US-amerikanische`) MISC where GermEval calls them LOCderiv, and GermEval's
 * MISC is named OTH.
 */
import { spansOf, type GoldSentence } from './tags.js';

/** A word whose last hyphen part starts lower-case: an adjective, not a name (`US-amerikanische`). */
function isAdjectiveLike(word: string): boolean {
  const last = word.slice(word.lastIndexOf('-') + 1);
  return /^\p{Ll}/u.test(last);
}

/** The sentence with CoNLL labels re-typed to GermEval's (`MISC` → `OTH` or `LOCderiv`). */
export function toGermEvalScheme(s: GoldSentence): GoldSentence {
  const tags = s.tags.slice();
  for (const sp of spansOf(s.tags)) {
    if (sp.type !== 'MISC') continue;
    const derived = sp.end - sp.start === 1 && isAdjectiveLike(s.tokens[sp.start]!);
    const type = derived ? 'LOCderiv' : 'OTH';
    for (let i = sp.start; i < sp.end; i++) tags[i] = (i === sp.start ? 'B-' : 'I-') + type;
  }
  return { tokens: s.tokens, tags };
}
