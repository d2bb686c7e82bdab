/**
 * The state a temporal expression is resolved against: the document's reference date
 * (publication date for news, last mentioned date for narratives), the tense of the
 * sentence it stands in, and helpers that turn relative meanings into TIMEX3 values.
 */
import {
  addDays, addMonths, formatDate, formatWeek, formatYear, isoWeek, pad, weekday,
  type DateParts,
} from './calendar.js';
import { durationValue, type Unit } from './lexicon.js';

export type Tense = 'past' | 'present' | 'future';
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Resolved {
  type: TimexType;
  value: string;
  mod?: string;
}

export interface Context {
  lang: 'de' | 'en';
  /** Document creation time (publication date) with its precision, or null when undated. */
  dct: DateParts | null;
  /** Narrative texts resolve relative expressions against the last mentioned date. */
  narrative: boolean;
  /** The last resolved date mention that has a year. */
  last: DateParts | null;
  /** The last resolved mention with day precision (for `Tags zuvor`, `the next day`, times of day). */
  lastDay: Required<DateParts> | null;
  /** Tense of the sentence around the expression being resolved. */
  tense: Tense;
  /** Index of the sentence being resolved, and of the one where `lastDay` was mentioned. */
  sentence: number;
  lastDaySentence: number;
  /** Offset of the expression being resolved, and where the `lastDay` mention ended. */
  position: number;
  lastDayEnd: number;
  /** The last resolved DATE value as written (`1989-Q3`), for reports that count in quarters. */
  lastValue: string | null;
  /** The quarter last named explicitly (`the third quarter`), the one a report is about. */
  quarter: { y: number; q: number } | null;
}

export function newContext(lang: 'de' | 'en', dct: DateParts | null, narrative: boolean): Context {
  return { lang, dct, narrative, last: null, lastDay: null, tense: 'present', sentence: 0, lastDaySentence: -1, position: 0, lastDayEnd: -1, lastValue: null, quarter: null };
}

function hasDay(p: DateParts | null | undefined): p is Required<DateParts> {
  return !!p && p.m !== undefined && p.d !== undefined;
}

/** The reference point for deictic expressions (`heute`, `last year`). */
export function reference(ctx: Context): DateParts | null {
  if (ctx.narrative) return ctx.last ?? ctx.dct;
  return ctx.dct;
}

/** Where a date without a year (`am 5. März`) takes its year from: the reference, else the last mention. */
export function yearReference(ctx: Context): DateParts | null {
  return ctx.narrative ? ctx.last ?? ctx.dct : ctx.dct ?? ctx.last;
}

/** The reference day, or null when the reference has no day precision. */
export function referenceDay(ctx: Context): Required<DateParts> | null {
  if (ctx.narrative) return ctx.lastDay ?? (hasDay(ctx.dct) ? ctx.dct : null);
  return hasDay(ctx.dct) ? ctx.dct : null;
}

/** The anchor for anaphoric expressions (`Tags zuvor`, `the following year`): the last mention first. */
export function anaphoricReference(ctx: Context): DateParts | null {
  return ctx.last ?? ctx.dct;
}

/** Characters between a day mention and a clock time that still belongs to it (`Montag, … um 20 Uhr`). */
const TIME_ATTACH_DISTANCE = 60;

/** Day a clock time belongs to: a day mentioned just before in the same sentence, else the reference day. */
export function dayForTime(ctx: Context): Required<DateParts> | null {
  const near = ctx.lastDaySentence === ctx.sentence && ctx.position - ctx.lastDayEnd <= TIME_ATTACH_DISTANCE;
  if (ctx.lastDay && (near || ctx.narrative)) return ctx.lastDay;
  return referenceDay(ctx) ?? ctx.lastDay;
}

export function date(type: TimexType, value: string, mod?: string): Resolved {
  return mod ? { type, value, mod } : { type, value };
}

/**
 * A month (and day) without a year. Narratives take the year of the last mention; news texts
 * take the publication year, moved by one when the tense says the month lies on the other side.
 */
export function monthValue(ctx: Context, month: number, day?: number): string {
  const ref = yearReference(ctx);
  const tail = (y: number) => formatDate(day !== undefined ? { y, m: month, d: day } : { y, m: month });
  if (!ref) return `XXXX-${pad(month)}` + (day !== undefined ? `-${pad(day)}` : '');
  if (ctx.narrative || !ctx.dct || ref.m === undefined) return tail(ref.y);
  // past tense: a month well after the reference month lies in the previous year; future: the reverse;
  // without tense, the occurrence within half a year of the reference
  const diff = month - ref.m;
  let best = ref.y;
  if (ctx.tense === 'past' && diff >= 2) best = ref.y - 1;
  else if (ctx.tense === 'future' && diff <= -2) best = ref.y + 1;
  else if (ctx.tense === 'present' && diff > 6) best = ref.y - 1;
  else if (ctx.tense === 'present' && diff < -6) best = ref.y + 1;
  return tail(best);
}

/** A weekday relative to the reference day: past tense looks back, otherwise forward. */
export function weekdayValue(ctx: Context, wd: number, direction?: -1 | 0 | 1): string {
  const ref = referenceDay(ctx);
  if (!ref) {
    const partial = ctx.dct ?? ctx.last;
    return partial && partial.m !== undefined ? `${formatYear(partial.y)}-${pad(partial.m)}-XX` : 'XXXX-XX-XX';
  }
  const refWd = weekday(ref);
  // news report back from the publication day; narratives move forward from the last mention
  const dir = direction ?? (ctx.narrative || ctx.tense === 'future' ? 1 : -1);
  if (dir === 0) return formatDate(addDays(ref, wd - refWd));
  if (dir < 0) {
    const back = (refWd - wd + 7) % 7;
    // `last Monday` said on a Monday means a week ago; a bare `Montag` in past tense is today
    return formatDate(addDays(ref, direction === -1 && back === 0 ? -7 : -back));
  }
  const ahead = (wd - refWd + 7) % 7;
  return formatDate(addDays(ref, direction === 1 && ahead === 0 ? 7 : ahead));
}

/** A day `offset` days from the reference day (`gestern` = -1). */
export function dayOffsetValue(base: Required<DateParts> | null, offset: number, ctx: Context): string {
  if (!base) {
    const partial = ctx.dct ?? ctx.last;
    return partial && partial.m !== undefined && offset === 0 ? `${formatYear(partial.y)}-${pad(partial.m)}-XX` : 'XXXX-XX-XX';
  }
  return formatDate(addDays(base, offset));
}

const SEASON_ORDER = ['SP', 'SU', 'FA', 'WI'];

/** The calendar unit containing `base`, shifted by n units (`letzte Woche`, `next year`, `this quarter`). */
export function shiftedUnitValue(base: DateParts | null, unit: Unit | string, n: number): string {
  if (!base) return unresolved(unit);
  const y = base.y;
  switch (unit) {
    case 'Y':
      return formatYear(y + n);
    case 'DE':
      return String(Math.floor((y + 10 * n) / 10));
    case 'CE':
      return pad(Math.floor(y / 100) + n);
    case 'ML':
      return String(Math.floor(y / 1000) + n);
    case 'M': {
      if (base.m === undefined) return `${formatYear(y)}-XX`;
      const r = addMonths(y, base.m, n);
      return `${formatYear(r.y)}-${pad(r.m)}`;
    }
    case 'Q': {
      if (base.m === undefined) return `${formatYear(y)}-QX`;
      const q = Math.floor((base.m - 1) / 3) + n;
      const yy = y + Math.floor(q / 4);
      return `${formatYear(yy)}-Q${((q % 4) + 4) % 4 + 1}`;
    }
    case 'HY': {
      if (base.m === undefined) return `${formatYear(y)}-HX`;
      const h = (base.m <= 6 ? 0 : 1) + n;
      return `${formatYear(y + Math.floor(h / 2))}-H${((h % 2) + 2) % 2 + 1}`;
    }
    case 'W':
    case 'WE': {
      if (!hasDay(base)) return base.m !== undefined ? `${formatYear(y)}-${pad(base.m)}` : formatYear(y);
      const w = formatWeek(isoWeek(addDays(base, 7 * n)));
      return unit === 'WE' ? `${w}-WE` : w;
    }
    case 'D':
      return hasDay(base) ? formatDate(addDays(base, n)) : unresolved('D');
    case 'H':
    case 'MIN':
    case 'S':
      return hasDay(base) ? formatDate(base) : unresolved('D');
    default:
      if (SEASON_ORDER.includes(unit)) return seasonValue(base, unit, n);
      return unresolved(unit);
  }
}

/** A season relative to the base: n = 0 this one, -1 the last one before, +1 the next one. */
export function seasonValue(base: DateParts, season: string, n: number): string {
  if (n === 0 || base.m === undefined) return `${formatYear(base.y + n)}-${season}`;
  const current = seasonIndex(base.m);
  const target = SEASON_ORDER.indexOf(season);
  let y = base.y;
  if (n < 0 && target >= current) y -= 1;
  if (n > 0 && target <= current) y += 1;
  return `${formatYear(y)}-${season}`;
}

function seasonIndex(month: number): number {
  if (month >= 3 && month <= 5) return 0;
  if (month >= 6 && month <= 8) return 1;
  if (month >= 9 && month <= 11) return 2;
  return 3;
}

function unresolved(unit: Unit | string): string {
  switch (unit) {
    case 'M':
      return 'XXXX-XX';
    case 'W':
      return 'XXXX-WXX';
    case 'D':
      return 'XXXX-XX-XX';
    case 'DE':
      return 'XXX';
    case 'CE':
      return 'XX';
    default:
      return 'XXXX';
  }
}

export function duration(n: number, unit: Unit, mod?: string): Resolved {
  return date('DURATION', durationValue(n, unit), mod);
}

/**
 * The quarter a business report speaks of (`the quarter`, `the latest quarter`): the last
 * mentioned quarter, else the one that ended most recently before the publication date
 * (reports appear in the weeks after a quarter closes).
 */
export function reportQuarter(ctx: Context): { y: number; q: number } | null {
  if (ctx.quarter) return ctx.quarter;
  const ref = reference(ctx);
  if (!ref || ref.m === undefined) return null;
  const day = hasDay(ref) ? ref : { y: ref.y, m: ref.m, d: 15 };
  const back = addDays(day, -45);
  return { y: back.y, q: Math.floor((back.m - 1) / 3) + 1 };
}

export function lastWasQuarter(ctx: Context): boolean {
  return !!ctx.lastValue && /^\d{4}-Q[1-4]$/.test(ctx.lastValue);
}
