import type { Doc, PartialDate } from '../types.js';

const DAY_MS = 86_400_000;

/**
 * Day number (days since 1970-01-01) of a partial date: `2017-11-11` exactly, `2017-11` its
 * 15th, `2017` its 1 July, so a vague date sits in the middle of its span. Null when unreadable.
 */
export function dayNumber(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 7;
  const day = m[3] ? Number(m[3]) : m[2] ? 15 : 1;
  const t = Date.UTC(year, month - 1, day);
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The date connect places an article at: its stated publication date, or a day read from its
 * dateline or lead (`GENF, 14. März –`, `am 23. Januar 2024`). Years alone, and months guessed
 * from dates deeper in the text, are too vague or too often about other happenings (history,
 * background) to place an event in time, so such articles count as undated here.
 */
export function docDate(doc: Doc): PartialDate | null {
  const d = doc.article.date;
  if (!d || !consistentWithText(doc, d.value)) return null;
  const usable = d.estimated ? d.precision === 'day' : d.precision !== 'year';
  return usable ? { value: d.value, precision: d.precision } : null;
}

/**
 * Scraped publication dates are sometimes wrong (a date from elsewhere on the page): when the
 * text names years and none lies within a year of the date, the date is not trusted.
 */
function consistentWithText(doc: Doc, value: string): boolean {
  const year = Number(value.slice(0, 4));
  const years = doc.timexes.filter((t) => t.type === 'DATE' && /^\d{4}/.test(t.value)).map((t) => Number(t.value.slice(0, 4)));
  return !years.length || years.some((y) => Math.abs(y - year) <= 1);
}

/** Days between a day and a range (0 inside it); null when either side is undated. */
export function gapToRange(day: number | null, first: string | null, last: string | null): number | null {
  if (day === null) return null;
  const a = dayNumber(first);
  const b = dayNumber(last ?? first);
  if (a === null || b === null) return null;
  if (day < a) return a - day;
  if (day > b) return day - b;
  return 0;
}
