import type { Token } from '../../types.js';
import type { QuotedSpan } from './marks.js';
import type { Frame, Lang } from './frames.js';
import { DETERMINERS } from './lexicon.js';

const WORD_RE = /[\p{L}\p{N}]/u;
const FIRST_PERSON = new Set(['ich', 'wir', 'mich', 'mir', 'uns', 'unser', 'unsere', 'mein', 'meine', 'i', 'we', 'my', 'our', 'me', 'us', "i'm", "we're", 'du', 'sie', 'you', 'ihr']);
const PREPOSITIONS = new Set(['in', 'im', 'auf', 'von', 'vom', 'mit', 'für', 'zu', 'zum', 'zur', 'über', 'unter', 'bei', 'beim', 'aus', 'an', 'am', 'als', 'wie', 'of', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'like', 'about', 'to']);

const bucket = (n: number, edges: number[]) => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};

/**
 * Features of a span in quotation marks for the quote/non-quote classifier: its length and
 * casing, what stands before and after the marks, and whether a speech frame is near.
 */
export function spanFeatures(
  text: string, tokens: Token[], span: QuotedSpan, frame: { frame: Frame } | null, lang: Lang,
  subjunctive: boolean, recentSpeaker: boolean, introduced: boolean,
): string[] {
  const inner = text.slice(span.innerStart, span.innerEnd);
  const words = inner.split(/\s+/).filter((w) => WORD_RE.test(w));
  const n = words.length;
  const wb = `w${bucket(n, [1, 2, 3, 5, 9, 19])}`;
  const caps = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  const f: string[] = [wb, `caps${bucket(caps / Math.max(1, n), [0, 0.34, 0.67, 0.99])}`];
  if (caps === n) f.push(`allcaps|${wb}`);
  if (/^[\p{Lu}]/u.test(inner)) f.push('firstcap');
  if (/[.!?…]["“”»«]?$/u.test(inner)) f.push('endpunct');
  if (inner.includes(',')) f.push('comma');
  if (words.some((w) => FIRST_PERSON.has(w.toLowerCase().replace(/[^\p{L}']/gu, '')))) f.push('person1');
  if (span.depth > 0) f.push('nested');
  // the token before the opening mark and after the closing one
  let before: Token | undefined;
  let after: Token | undefined;
  for (const t of tokens) {
    if (t.end <= span.open) before = t;
    else if (t.start >= span.close && !after) after = t;
  }
  const b = before?.text ?? '';
  const lb = b.toLowerCase();
  if (!before) f.push('prev:start');
  else if (b === ':') f.push('prev:colon');
  else if (b === ',') f.push('prev:comma');
  else if (DETERMINERS.has(lb)) f.push('prev:det', `prev:det|${wb}`);
  else if (PREPOSITIONS.has(lb)) f.push('prev:prep');
  else if (/^\p{Lu}/u.test(b)) f.push('prev:cap', `prev:cap|${wb}`);
  else if (/^\p{Ll}/u.test(b)) f.push('prev:lower');
  else f.push('prev:other');
  if (before && WORD_RE.test(b)) f.push(`prevw:${lb}`);
  const a = after?.text ?? '';
  if (!after) f.push('next:end');
  else if (a === ',') f.push('next:comma');
  else if (/^[.!?]$/.test(a)) f.push('next:stop');
  else if (/^\p{Lu}/u.test(a)) f.push('next:cap');
  else if (/^\p{Ll}/u.test(a)) f.push('next:lower');
  else f.push('next:other');
  if (after && WORD_RE.test(a)) f.push(`nextw:${a.toLowerCase()}`);
  if (frame) {
    f.push(`frame:${frame.frame.kind}`, `frame|${wb}`);
    if (frame.frame.source) f.push('frame:source');
  } else f.push('noframe', `noframe|${wb}`);
  if (subjunctive) f.push('subj', `subj|${wb}`);
  if (recentSpeaker) f.push('recent', `recent|${wb}`);
  if (introduced) f.push('introduced');
  f.push(`lang:${lang}`);
  return f;
}
