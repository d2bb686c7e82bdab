import type { PartialDate } from '../types.js';

/**
 * Parses a date as found in metadata or a header: `2017`, `2017-11`, `2017-11-11`,
 * ISO timestamps (the calendar date as written, not shifted to UTC), `11.11.2017`,
 * and RFC 2822 (`Sat, 11 Nov 2017 10:00:00 GMT`); failing those, the first date written inside a
 * scraped label (`Published : Dec. 19, 2005 at 9 : 44 PM`, `Last Updated : Tuesday, 20 December
 * 2005`, `updated 12 / 19 / 2005`, `19. Dezember 2005`). Returns null when it is not a valid date.
 */
export function parseDate(input: string): PartialDate | null {
  const s = input.trim();
  let m = /^(\d{4})$/.exec(s);
  if (m) return validYear(+m[1]!) ? { value: m[1]!, precision: 'year' } : null;
  m = /^(\d{4})-(\d{1,2})$/.exec(s);
  if (m) return month(+m[1]!, +m[2]!);
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(s);
  if (m) return day(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  // RFC 2822 (feeds): the calendar day as the publisher wrote it, before any shift to UTC.
  m = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})\b/i.exec(s);
  if (m) {
    const mo = RFC_MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    if (mo > 0) return day(+m[3]!, mo, +m[1]!);
  }
  // JavaScript's Date.parse is not used: it rolls impossible days over (`Feb 30` → 2 March).
  return findDateIn(s);
}

/** Month names and abbreviations, English and German, lower case. */
const MONTH_NUMBERS: Record<string, number> = {
  january: 1, jan: 1, januar: 1, jänner: 1, jän: 1,
  february: 2, feb: 2, februar: 2,
  march: 3, mar: 3, märz: 3, maerz: 3, mrz: 3,
  april: 4, apr: 4,
  may: 5, mai: 5,
  june: 6, jun: 6, juni: 6,
  july: 7, jul: 7, juli: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, oktober: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, dec: 12, dezember: 12, dez: 12,
};
const MONTH = `(${Object.keys(MONTH_NUMBERS).sort((a, b) => b.length - a.length).join('|')})(?![a-zäöü])\\.?`;

/** Date shapes found inside longer strings; each yields [year, month, day] from its match. */
const EMBEDDED: { re: RegExp; ymd: (m: RegExpExecArray) => [number, number, number] }[] = [
  // Dec. 19, 2005 · July 13, 2009 · Dec. 20 2005 · March 3rd, 2013 · November 27 - 2005
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[,-]\\s*|\\s+)(\\d{4})\\b`, 'iu'), ymd: (m) => [+m[3]!, monthNumber(m[1]!), +m[2]!] },
  // 20 December 2005 · 19. Dezember 2005 · 3rd March, 2013
  { re: new RegExp(`\\b(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'iu'), ymd: (m) => [+m[3]!, monthNumber(m[2]!), +m[1]!] },
  // Dec - 19 - 05
  { re: new RegExp(`\\b${MONTH}\\s*-\\s*(\\d{1,2})\\s*-\\s*(\\d{4}|\\d{2})\\b`, 'iu'), ymd: (m) => [fullYear(m[3]!), monthNumber(m[1]!), +m[2]!] },
  // 2005-12-19 · 2005 - 12 - 19 · 2005.12.19 inside a label
  { re: /\b(\d{4})\s*([-.])\s*(\d{1,2})\s*\2\s*(\d{1,2})\b/, ymd: (m) => [+m[1]!, +m[3]!, +m[4]!] },
  // 19.12.2005 inside a label
  { re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/, ymd: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  // 12 / 19 / 2005: month first as in the US, unless the first number cannot be a month
  {
    re: /\b(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})\b/,
    ymd: (m) => (+m[1]! > 12 ? [fullYear(m[3]!), +m[2]!, +m[1]!] : [fullYear(m[3]!), +m[1]!, +m[2]!]),
  },
];

/** The earliest valid date written inside a string, at day precision; or its month (`December 2005`). */
function findDateIn(s: string): PartialDate | null {
  let best: { at: number; date: PartialDate } | null = null;
  for (const { re, ymd } of EMBEDDED) {
    const m = re.exec(s);
    if (!m || (best && best.at <= m.index)) continue;
    const [y, mo, d] = ymd(m);
    const date = day(y, mo, d);
    if (date) best = { at: m.index, date };
  }
  if (best) return best.date;
  const m = new RegExp(`\\b${MONTH},?\\s+(\\d{4})\\b`, 'iu').exec(s);
  return m ? month(+m[2]!, monthNumber(m[1]!)) : null;
}

function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.toLowerCase()] ?? 0;
}

/** Two-digit years: 70–99 are the 1900s, the rest the 2000s. */
function fullYear(y: string): number {
  const n = +y;
  return y.length === 2 ? (n >= 70 ? 1900 + n : 2000 + n) : n;
}

const RFC_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function validYear(y: number): boolean {
  return y >= 1000 && y <= 2999;
}

function month(y: number, mo: number): PartialDate | null {
  if (!validYear(y) || mo < 1 || mo > 12) return null;
  return { value: `${y}-${pad(mo)}`, precision: 'month' };
}

function day(y: number, mo: number, d: number): PartialDate | null {
  if (!validYear(y) || mo < 1 || mo > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > last) return null;
  return { value: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
