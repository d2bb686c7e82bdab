import type { Lang } from './frames.js';
import type { QuoteDetail } from './extract.js';

/** The fields of a quote that joining reads and writes. */
export type JoinableQuote = Omit<QuoteDetail, 'cue'>;

/** Longest attribution that may stand between two pieces of one quote (`, said the senator from Ohio,`). */
const MAX_GAP_CHARS = 90;
const MAX_GAP_WORDS = 10;
const WORD_RE = /[\p{L}\p{N}]+/gu;

/**
 * Joins direct quotes split by their attribution into one quote: `„…“, sagte er, „…“`,
 * `“…,” he said. “…”`. The pieces join when only the attribution (a cue of one of them) stands
 * between them in the same paragraph and they have the same speaker (or the second has none).
 *
 * German joins only a sentence continued after the attribution (`„…“, sagte er, „…“`), the way
 * German attribution corpora annotate it; English also joins the next sentence after
 * `“…,” he said.`, as long as the first piece ended in a comma (the sentence was cut, not ended).
 */
export function joinSplitQuotes<Q extends JoinableQuote>(text: string, quotes: Q[], lang: Lang): Q[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Q[] = [];
  for (const q of sorted) {
    const prev = lastDirect(out);
    if (prev && q.form === 'direct' && canJoin(text, prev, q, lang)) {
      const joined: Q = {
        ...prev,
        text: text.slice(prev.start, q.end),
        end: q.end,
        parts: [...(prev.parts ?? [[prev.start, prev.end]]), ...(q.parts ?? [[q.start, q.end]])],
        cueSpans: prev.cueSpans.length ? prev.cueSpans : q.cueSpans,
      };
      if (!joined.speaker && q.speaker) {
        joined.speaker = q.speaker;
        joined.speakerKey = q.speakerKey;
        joined.speakerStart = q.speakerStart;
        joined.speakerEnd = q.speakerEnd;
      }
      // drop what lay between the pieces (an indirect reading of the attribution itself)
      while (out.length && out[out.length - 1] !== prev && out[out.length - 1]!.start >= prev.end) out.pop();
      out[out.lastIndexOf(prev)] = joined;
      continue;
    }
    out.push(q);
  }
  return out;
}

function lastDirect<Q extends JoinableQuote>(out: Q[]): Q | null {
  for (let i = out.length - 1; i >= 0; i--) if (out[i]!.form === 'direct') return out[i]!;
  return null;
}

function canJoin(text: string, a: JoinableQuote, b: JoinableQuote, lang: Lang): boolean {
  if (b.start <= a.end) return false;
  // the gap between the closing mark of a and the opening mark of b
  const gap = text.slice(a.end, b.start);
  if (gap.length > MAX_GAP_CHARS || gap.includes('\n')) return false;
  const words = gap.match(WORD_RE)?.length ?? 0;
  if (words === 0 || words > MAX_GAP_WORDS) return false;
  // the attribution of one of the pieces stands in the gap
  const cueInGap = [...a.cueSpans, ...b.cueSpans].some(([s, e]) => s >= a.end && e <= b.start);
  if (!cueInGap) return false;
  if (b.speaker && a.speaker && b.speakerKey !== a.speakerKey) return false;
  if (b.speaker && a.speaker && !b.speakerKey && b.speaker !== a.speaker) return false;
  const inner = gap.replace(/^[\s"“”„«»‚‘’]+|[\s"“”„«»‚‘’]+$/gu, '');
  const cut = /,\s*[”"’»«]?\s*$/u.test(text.slice(Math.max(a.start, a.end - 3), a.end)) || inner.startsWith(',');
  if (!cut) return false;
  if (lang === 'de') return /,$/u.test(inner); // the sentence goes on after the attribution
  return /[,.:]$/u.test(inner);
}
