/**
 * Entry point of temporal tagging: picks the language's rules, builds the context from the
 * anchor date and runs the engine over the text.
 */
import type { PartialDate, Sentence, Timex } from '../../types.js';
import { parseDateValue, type DateParts } from './calendar.js';
import { newContext } from './context.js';
import { run, type SentenceSpan } from './engine.js';
import { RULES_DE, WIDENERS_DE } from './rules-de.js';
import { RULES_EN, WIDENERS_EN } from './rules-en.js';
import { guessLanguage } from './language.js';
import { splitSentences } from '../../text/sentences.js';

export interface TagOptions {
  /** `de` or `en`; anything else is guessed from the text. */
  lang?: string;
  /** The anchor (publication date); null for undated texts. */
  anchor?: PartialDate | string | null;
  /** Narrative texts (histories) resolve relative expressions against the last mentioned date. */
  narrative?: boolean;
  /** Sentence spans (from the text stage); the whole text counts as one sentence otherwise. */
  sentences?: Array<SentenceSpan | Sentence>;
}

/** Normalised timexes of a text, with offsets into it. */
export function tagTimexes(text: string, options: TagOptions = {}): Timex[] {
  if (!text) return [];
  const lang = options.lang === 'de' || options.lang === 'en' ? options.lang : guessLanguage(text);
  const anchor = typeof options.anchor === 'string' ? options.anchor : options.anchor?.value ?? null;
  const dct: DateParts | null = anchor ? parseDateValue(anchor) : null;
  const ctx = newContext(lang, dct, options.narrative ?? false);
  const sentences = options.sentences?.length ? options.sentences : splitSentences(text);
  return lang === 'de' ? run(text, sentences, RULES_DE, WIDENERS_DE, ctx) : run(text, sentences, RULES_EN, WIDENERS_EN, ctx);
}
