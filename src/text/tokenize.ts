import type { Token } from '../types.js';
import { isAbbreviation } from './abbreviations.js';

// A word: letters/digits with inner joiners (US-Außenministerium, 400.000, McDonald's, AC/DC);
// anything else that is not space is a token of its own.
// a colon joins digits only: scores and clock times (`0:1`, `15:30`) are one token, as in the
// gold corpora, so that their colon never reads as a clause boundary
const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’.,&/]|(?<=\p{N}):(?=\p{N}))[\p{L}\p{M}\p{N}]+)*|\S/gu;

const MONTHS = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september',
  'oktober', 'november', 'dezember', 'jan', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'okt', 'nov', 'dez',
]);

// Words that typically open a sentence: after "3." they mark a sentence end, not an ordinal.
const SENTENCE_STARTERS = new Set([
  'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Er', 'Sie', 'Es', 'Ich', 'Wir', 'Ihr', 'Man', 'Dies', 'Diese',
  'Dieser', 'Dabei', 'Damit', 'Danach', 'Dann', 'Doch', 'Aber', 'Und', 'Auch', 'Noch', 'Nun', 'So', 'Im', 'In', 'Am', 'An',
  'Auf', 'Bei', 'Mit', 'Nach', 'Seit', 'Zum', 'Zur', 'Wie', 'Was', 'Wer', 'Wo', 'Als', 'Wenn', 'Weil', 'Für', 'Vor',
  'The', 'A', 'An', 'He', 'She', 'It', 'We', 'They', 'This', 'That', 'In', 'On', 'At', 'But', 'And',
]);

export function isMonthName(word: string): boolean {
  return MONTHS.has(word.toLowerCase().replace(/\.$/, ''));
}

/**
 * Splits text into word and punctuation tokens with character offsets.
 * A period stays on its word when the word is an abbreviation (`Dr.`, `z.`, `B.`),
 * an initial (`F.`) or an ordinal number before a month or a lower-case word (`5. September`).
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const raw: Token[] = [];
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(TOKEN_RE)) {
    let word = m[0];
    // a trailing comma/joiner captured inside numbers like "400,": trim joiners at the end
    raw.push({ text: word, start: start + m.index!, end: start + m.index! + word.length });
  }
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const tok = raw[i]!;
    const next = raw[i + 1];
    if (next && next.text === '.' && next.start === tok.end && keepsPeriod(tok.text, raw[i + 2], raw[i + 3])) {
      out.push({ text: tok.text + '.', start: tok.start, end: next.end });
      i++;
      continue;
    }
    out.push(tok);
  }
  return out;
}

function keepsPeriod(word: string, after: Token | undefined, then: Token | undefined): boolean {
  if (isAbbreviation(word)) return true;
  // initials: "John F. Kennedy", "U. S."
  if (/^\p{Lu}$/u.test(word) && after && /^\p{Lu}/u.test(after.text)) return true;
  if (/^\d{1,2}$/.test(word) && after) {
    // ordinals: "am 5. September", "zum 3. Mal", "5. bis 7. Mai"; but "… auf Platz 3. Die Mannschaft …"
    if (isMonthName(after.text) || /^\p{Ll}/u.test(after.text) || /^\d/.test(after.text)) return true;
    // a club or a table place: "gegen den 1. FC Köln", "der 1. VfL Bochum", "Tabelle: 1. TPS Turku"
    if (/^(\p{Lu}{2,4}|\p{Lu}f\p{Lu})$/u.test(after.text) && then && /^\p{Lu}\p{Ll}/u.test(then.text)) return true;
    return /^\p{Lu}\p{Ll}+$/u.test(after.text) && !SENTENCE_STARTERS.has(after.text);
  }
  return false;
}
