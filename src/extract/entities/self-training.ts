/**
 * Self-training lexicon: an earlier tagger labels unlabelled news text, and each word gets the
 * entity labels it carried there (`bährens` → `PER` when most of its occurrences were tagged
 * PER). A rare name in a sentence that says little about it then borrows from the sentences
 * around its other occurrences.
 */
import { buildLexicon } from './resources.js';
import { tagWords, type TaggerModel } from './model.js';
import type { GoldSentence } from './tags.js';

/** Longest run tagged as one sentence (as at run time). */
const MAX_RUN = 250;

/** Word (lower-case) → labels the model gave it in `runs`, as `buildLexicon` spells them. */
export function buildAutoLexicon(model: TaggerModel, runs: Iterable<string[]>, mapWord: (w: string) => string = (w) => w): Map<string, string> {
  const tagged: GoldSentence[] = [];
  for (const run of runs) {
    for (let i = 0; i < run.length; i += MAX_RUN) {
      const tokens = run.slice(i, i + MAX_RUN).map(mapWord);
      if (tokens.length) tagged.push({ tokens, tags: tagWords(model, tokens) });
    }
  }
  return buildLexicon(tagged);
}
