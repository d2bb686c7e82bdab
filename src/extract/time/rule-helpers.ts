/** Pieces the German and English rule sets share. */
import { formatDate, isValidDay } from './calendar.js';
import { date, dayForTime, duration, monthValue, type Context, type Resolved } from './context.js';
import type { Unit } from './lexicon.js';

/** A written year: four digits as they are; `'98`/`98` → 1998, `05` → 2005. */
export function fullYear(y: string): number {
  const digits = y.replace(/^'/, '');
  const n = Number(digits);
  if (digits.length === 2) return n <= 30 ? 2000 + n : 1900 + n;
  return n;
}

/** A day of a month: with a year a full date, without one resolved against the context. */
export function dayMonth(d: number, mon: number, y: number | undefined, ctx: Context): string | null {
  if (mon < 1 || d < 1 || d > 31) return null;
  if (y !== undefined) return isValidDay(y, mon, d) ? formatDate({ y, m: mon, d }) : null;
  return monthValue(ctx, mon, d);
}

/**
 * Reads the direction of a relative word from a language's alternations:
 * -1 for `last`/`vergangene`, 1 for `next`/`kommende`, 0 for `this`/`diese`, null otherwise.
 */
export function directionReader(back: string, next: string, current: string): (word: string | undefined) => -1 | 0 | 1 | null {
  const backRe = new RegExp(`^(?:${back})$`, 'i');
  const nextRe = new RegExp(`^(?:${next})$`, 'i');
  const thisRe = new RegExp(`^(?:${current})$`, 'i');
  return (word) => {
    if (!word) return null;
    if (backRe.test(word)) return -1;
    if (nextRe.test(word)) return 1;
    if (thisRe.test(word)) return 0;
    return null;
  };
}

/** `Mittag`/`noon` and `Mitternacht`/`midnight` on the day the text is about. */
export function noonOrMidnight(ctx: Context, midnight: boolean): Resolved {
  const day = dayForTime(ctx);
  return date('TIME', (day ? formatDate(day) : 'XXXX-XX-XX') + (midnight ? 'T24:00' : 'T12:00'));
}

/**
 * A recurrence (`jeden Montag`, `every two weeks`, `each weekend`): the SET of a weekday
 * (ISO number, 1 = Monday) when one is named, else of `n` of the unit.
 */
export function recurrence(weekday: number | undefined, unit: Unit | undefined, n: number): Resolved | null {
  if (weekday) return date('SET', `XXXX-WXX-${weekday}`);
  if (!unit) return null;
  if (unit === 'WE') return date('SET', 'XXXX-WXX-WE');
  return date('SET', duration(n, unit).value);
}
