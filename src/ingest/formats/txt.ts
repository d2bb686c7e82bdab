import type { RawArticle } from '../../types.js';

const HEADER = /^\s*date\s+(\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?)(?=\s|$)[^\S\n]*\n?/i;
const CREDIT_START = /^\s*(?:[-–*•]\s*)?(?:Bildquelle|Bildrechte|Foto|Image|Photo|Credit|©)/iu;

/**
 * Parses the plain-text article format: an optional leading ` date YYYY-MM[-DD]` header
 * (the body may follow on the same line), an optional title line followed by a blank line,
 * then the body.
 */
export function parseTxt(text: string, input: string, id: string): RawArticle {
  let rest = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  let date: string | undefined;
  const h = HEADER.exec(rest);
  if (h) {
    date = h[1]!;
    rest = rest.slice(h[0].length);
  }
  rest = rest.replace(/^\s*\n/, '');
  const title = titleLine(rest);
  if (title !== null) rest = rest.slice(rest.indexOf('\n\n') + 2);
  const raw: RawArticle = { input, id, text: rest };
  if (date) {
    raw.date = date;
    raw.dateSource = 'header';
  }
  if (title) raw.title = title;
  return raw;
}

/** The first line is a title when it is short, has no end punctuation and a blank line follows. */
function titleLine(text: string): string | null {
  const nl = text.indexOf('\n\n');
  if (nl <= 0) return null;
  const first = text.slice(0, nl).trim();
  if (first.includes('\n') || first.length > 160 || first.length < 3) return null;
  if (/[.,;:]$/.test(first)) return null;
  if (CREDIT_START.test(first)) return null;
  if (!text.slice(nl).trim()) return null;
  return first;
}
