/**
 * Calendar arithmetic for resolving relative temporal expressions: weekdays, ISO weeks,
 * Easter, day/month offsets, and parsing of TIMEX3 date values back into parts.
 */

/** A (possibly partial) calendar point; `y` may be negative for BC years. */
export interface DateParts {
  y: number;
  m?: number;
  d?: number;
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(Math.trunc(n))).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

/** TIMEX3 year: four digits, or `BC0480` style for years before 1. */
export function formatYear(y: number): string {
  return y <= 0 ? 'BC' + pad(1 - y, 4) : pad(y, 4);
}

export function formatDate(p: DateParts): string {
  let s = formatYear(p.y);
  if (p.m !== undefined) s += '-' + pad(p.m);
  if (p.m !== undefined && p.d !== undefined) s += '-' + pad(p.d);
  return s;
}

function toUtc(y: number, m: number, d: number): Date {
  const dt = new Date(Date.UTC(2000, m - 1, d));
  dt.setUTCFullYear(y);
  return dt;
}

function fromUtc(dt: Date): Required<DateParts> {
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(p: Required<DateParts>, days: number): Required<DateParts> {
  const dt = toUtc(p.y, p.m, p.d);
  dt.setUTCDate(dt.getUTCDate() + days);
  return fromUtc(dt);
}

/** Adds months to a year-month, keeping the day out of it. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + months;
  return { y: Math.floor(total / 12), m: (((total % 12) + 12) % 12) + 1 };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(p: Required<DateParts>): number {
  const wd = toUtc(p.y, p.m, p.d).getUTCDay();
  return wd === 0 ? 7 : wd;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(2000 + ((y % 400) + 400) % 400, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO 8601 week of a date: `{ year, week }` (the week-year may differ at year ends). */
export function isoWeek(p: Required<DateParts>): { year: number; week: number } {
  const thursday = addDays(p, 4 - weekday(p));
  const jan1 = toUtc(thursday.y, 1, 1).getTime();
  const week = Math.floor((toUtc(thursday.y, thursday.m, thursday.d).getTime() - jan1) / 86400000 / 7) + 1;
  return { year: thursday.y, week };
}

export function formatWeek(w: { year: number; week: number }): string {
  return `${formatYear(w.year)}-W${pad(w.week)}`;
}

/** The Monday of an ISO week. */
export function mondayOfWeek(year: number, week: number): Required<DateParts> {
  const jan4 = { y: year, m: 1, d: 4 };
  const monday1 = addDays(jan4, 1 - weekday(jan4));
  return addDays(monday1, (week - 1) * 7);
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easter(y: number): Required<DateParts> {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

/** The n-th (1-based; -1 = last) given weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, n: number): Required<DateParts> {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const offset = (wd - weekday(first) + 7) % 7;
    return addDays(first, offset + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Parses the date part of a TIMEX3 value (`2017-11-11`, `2017-11`, `2017`, `BC0480`); null otherwise. */
export function parseDateValue(value: string): DateParts | null {
  const m = /^(BC)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return null;
  let y = Number(m[2]);
  if (m[1]) y = 1 - y;
  const out: DateParts = { y };
  if (m[3]) out.m = Number(m[3]);
  if (m[3] && m[4]) out.d = Number(m[4]);
  return out;
}

export function compareParts(a: Required<DateParts>, b: Required<DateParts>): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}
