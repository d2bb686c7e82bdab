/**
 * Finds spans enclosed in quotation marks, in every common typography:
 * „…“ „…” "…" “…” «…» »…« ‚…‘ ‘…’. Nested quotes are returned too (with depth > 0).
 * A quote left open at a paragraph's end continues when the next paragraph opens with the
 * same mark (the convention for quotes over several paragraphs); otherwise it is dropped.
 */

export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark. */
  close: number;
  /** The content, without the marks and surrounding spaces. */
  innerStart: number;
  innerEnd: number;
  /** 0 for an outermost quote. */
  depth: number;
}

/** Which closing marks end a quote opened by each mark. */
const CLOSERS: Record<string, string> = {
  '„': '“”"',
  '“': '”"',
  '«': '»',
  '»': '«',
  '"': '"',
  '‚': '‘’',
  '‘': '’',
};

const MARK_RE = /["„“”«»‚‘’]/g;
/** Longest quote considered; beyond it an unmatched mark is more likely than a quote. */
const MAX_QUOTE = 6000;

interface Open {
  mark: string;
  at: number;
}

export function findQuotedSpans(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  const stack: Open[] = [];
  let lastIndex = 0;
  for (const m of text.matchAll(MARK_RE)) {
    const at = m.index!;
    const mark = m[0];
    // paragraph breaks between the previous mark and this one
    if (stack.length && hasParagraphBreak(text, lastIndex, at)) {
      const top = stack[stack.length - 1]!;
      const continues = mark === top.mark && startsParagraph(text, at);
      if (continues) {
        lastIndex = at + 1;
        continue; // the re-opening mark of a continued quote
      }
      stack.length = 0;
    }
    lastIndex = at + 1;
    const prev = at > 0 ? text[at - 1]! : ' ';
    const next = at + 1 < text.length ? text[at + 1]! : ' ';
    const canOpen = /[\s([{\-–—\/„“"«»‚‘:]/u.test(prev) && !/\s/u.test(next);
    const canClose = !/\s/u.test(prev) || /[\s.,;:!?)\]–—-]/u.test(next);

    // close the innermost open quote this mark can end
    let closed = false;
    if (!(canOpen && !canClose) || mark === '»' || mark === '«') {
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - 3; k--) {
        const o = stack[k]!;
        if (!CLOSERS[o.mark]!.includes(mark)) continue;
        if (mark === '’' && /\p{L}/u.test(next)) break; // an apostrophe (don’t)
        if (at - o.at <= MAX_QUOTE) spans.push(makeSpan(text, o.at, at + 1, k));
        stack.length = k;
        closed = true;
        break;
      }
    }
    if (closed) continue;
    if (mark === '”' || mark === '’') continue; // closers only
    if (mark === '‘' && !canOpen) continue;
    if ((mark === '"' || mark === '“') && !canOpen && canClose) continue;
    if (stack.length < 4) stack.push({ mark, at });
  }
  return spans.sort((a, b) => a.open - b.open);
}

function makeSpan(text: string, open: number, close: number, depth: number): QuotedSpan {
  let innerStart = open + 1;
  let innerEnd = close - 1;
  while (innerStart < innerEnd && /\s/u.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /\s/u.test(text[innerEnd - 1]!)) innerEnd--;
  return { open, close, innerStart, innerEnd, depth };
}

function hasParagraphBreak(text: string, from: number, to: number): boolean {
  const i = text.indexOf('\n', from);
  return i >= 0 && i < to;
}

function startsParagraph(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n';
}
