import type { PartialDate } from '../types.js';

/**
 * Parses a date as found in metadata or a header: `2017`, `2017-11`, `2017-11-11`,
 * ISO timestamps (the calendar date as written, not shifted to UTC), `11.11.2017`,
 * and RFC 2822 (`Sat, 11 Nov 2017 10:00:00 GMT`). Returns null when it is not a valid date.
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
  if (/[a-z]{3}/i.test(s)) {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) {
      const d = new Date(t);
      return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    }
  }
  return null;
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
