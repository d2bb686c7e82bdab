import type { Sentence, Token } from '../types.js';
import { tokenize } from './tokenize.js';
import { isAbbreviation } from './abbreviations.js';

const CLOSERS = new Set(['"', '“', '”', '«', '»', '‘', '’', "'", ')', ']', '“']);
const TERMINALS = new Set(['.', '!', '?', '…']);

/**
 * Splits text into sentences of tokens. Paragraph breaks (blank lines) and lines without
 * end punctuation (headings) always end a sentence; `.`, `!`, `?` end one when the next
 * token can start a sentence. Abbreviations, initials and ordinals keep their period inside
 * the token (see tokenize), so `z. B.`, `Dr. Müller` and `am 5. September` stay whole.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Paragraphs first: a blank line or a single line break after a line without end punctuation.
  for (const block of paragraphs(text)) {
    const tokens = tokenize(text, block.start, block.end);
    let current: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      current.push(tok);
      if (!endsSentence(tokens, i)) continue;
      // swallow closing quotes/brackets that belong to this sentence
      while (i + 1 < tokens.length && CLOSERS.has(tokens[i + 1]!.text) && tokens[i + 1]!.start === tokens[i]!.end) {
        current.push(tokens[++i]!);
      }
      sentences.push(toSentence(current));
      current = [];
    }
    if (current.length) sentences.push(toSentence(current));
  }
  return sentences;
}

function endsSentence(tokens: Token[], i: number): boolean {
  const tok = tokens[i]!;
  const next = tokens[i + 1];
  if (!TERMINALS.has(tok.text)) {
    // an abbreviation token like "usw." can end a sentence only before a clear new start
    if (tok.text.endsWith('.') && tok.text.length > 1 && next) {
      const bare = tok.text.slice(0, -1);
      if (/^\d+$/.test(bare)) return false; // ordinal
      if (isAbbreviation(bare) && bare.length > 2 && ['usw', 'etc', 'bzw'].includes(bare.toLowerCase())) {
        return /^\p{Lu}/u.test(next.text) && !/^\p{Lu}\p{Ll}*$/u.test(next.text) ? false : /^\p{Lu}/u.test(next.text);
      }
    }
    return false;
  }
  if (!next) return true;
  let j = i + 1;
  while (j < tokens.length && CLOSERS.has(tokens[j]!.text) && tokens[j]!.start === tokens[j - 1]!.end) j++;
  const after = tokens[j];
  if (!after) return true;
  // A sentence starts with an upper-case letter, a digit or an opening quote.
  return /^[\p{Lu}\p{N}"„“«»‚'(\[–-]/u.test(after.text);
}

function toSentence(tokens: Token[]): Sentence {
  return { start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens };
}

/** Text ranges separated by blank lines, or by a line break after a line lacking end punctuation. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const lineRe = /[^\n]*(?:\n|$)/g;
  let blockStart = -1;
  let blockEnd = -1;
  const flush = () => {
    if (blockStart >= 0) out.push({ start: blockStart, end: blockEnd });
    blockStart = -1;
  };
  for (const m of text.matchAll(lineRe)) {
    if (m[0] === '') break;
    const lineStart = m.index!;
    const line = m[0].replace(/\n$/, '');
    const trimmed = line.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    const s = lineStart + line.indexOf(trimmed);
    const e = s + trimmed.length;
    if (blockStart < 0) blockStart = s;
    blockEnd = e;
    // a line without end punctuation (a heading, a list item) closes its block
    if (!/[.!?…:;,"“”«»)\-–]$/u.test(trimmed)) flush();
  }
  flush();
  return out;
}
