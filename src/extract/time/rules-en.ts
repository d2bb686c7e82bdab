/**
 * English temporal expressions: recognition patterns and their normalisation (TimeML/TempEval
 * conventions: determiners and `ago` inside the span, prepositions outside).
 */
import { addDays, easter, formatDate, formatWeek, formatYear, isoWeek, nthWeekday, pad, weekday } from './calendar.js';
import {
  anaphoricReference, date, dayForTime, dayOffsetValue, duration, lastWasQuarter, monthValue, reference, referenceDay, reportQuarter,
  shiftedUnitValue, weekdayValue, type Context, type Resolved,
} from './context.js';
import { cand, keyed, rule, type Rule, type Widener } from './engine.js';
import {
  alternation, DAYPARTS_EN, EASTER_HOLIDAYS, FIXED_HOLIDAYS, MONTHS_EN, NTH_WEEKDAY_HOLIDAYS, NUMBER_WORDS_EN,
  mixedDurationValue, ORDINALS_EN, parseNumber, SEASONS_EN, UNITS_EN_MAP, VAGUE_EN, WEEKDAYS_EN, type Unit,
} from './lexicon.js';
import { dayMonth, directionReader, fullYear, noonOrMidnight, recurrence } from './rule-helpers.js';

/** Month names are matched case-sensitively (capitalised or upper case) so `may`/`march` stay verbs. */
const capitalised = (w: string) => [w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()];
const MONTH_ANY = alternation(Object.keys(MONTHS_EN).flatMap(capitalised));
const WD_CAP = alternation(Object.keys(WEEKDAYS_EN).flatMap(capitalised));
const WD = alternation(Object.keys(WEEKDAYS_EN));
const PART = alternation(Object.keys(DAYPARTS_EN));
const SEASON = alternation(Object.keys(SEASONS_EN));
const NUM = `\\d+(?:\\.\\d+)?|${NUMBER_WORDS_EN}`;
const VAGUE = alternation(VAGUE_EN);
const UNIT = alternation(Object.keys(UNITS_EN_MAP));
const ORD = alternation(Object.keys(ORDINALS_EN));
const BACK = 'last|past|previous|prior|preceding';
const NEXT = 'next|coming|following|upcoming|subsequent';
const THIS = 'this|current|same|present';
const HOLIDAY = alternation(
  [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(EASTER_HOLIDAYS), ...Object.keys(NTH_WEEKDAY_HOLIDAYS)].filter((w) => /^[a-z' ]+$/.test(w) && !/[äöüß]/.test(w) && /^(christmas|new year|halloween|valentine|independence|veterans|armistice|easter|good friday|ash|pentecost|thanksgiving|labor|memorial|mother|father|martin|presidents|columbus)/.test(w)),
);

function month(word: string): number {
  const w = word.toLowerCase();
  return MONTHS_EN[w] ?? MONTHS_EN[w + '.'] ?? MONTHS_EN[w.replace(/\.$/, '')] ?? 0;
}
/** A match with `d`, `mon` and an optional `y` group: a day of a month. */
function dayMonthCandidate(m: RegExpExecArray) {
  const g = m.groups!;
  return cand(m, (ctx) => {
    const v = dayMonth(Number(g.d), month(g.mon!), g.y ? Number(g.y) : undefined, ctx);
    return v ? date('DATE', v) : null;
  }, 1);
}
function unitOf(word: string): Unit | undefined {
  return UNITS_EN_MAP[word.toLowerCase()];
}
const direction = directionReader(BACK, NEXT, THIS);
function isAnaphoric(word: string): boolean {
  return /^(following|same|subsequent|preceding|previous|prior)$/i.test(word);
}
function dayBase(ctx: Context, unit: Unit | string): ReturnType<typeof reference> {
  return unit === 'D' || unit === 'W' || unit === 'WE' || unit === 'H' ? referenceDay(ctx) ?? reference(ctx) : reference(ctx);
}
function partOfDay(base: string | null, part: string): Resolved {
  return date('TIME', (base ?? 'XXXX-XX-XX') + 'T' + (DAYPARTS_EN[part.toLowerCase()] ?? 'DT'));
}
function holidayValue(name: string, y: number | undefined, ctx: Context): string {
  const key = name.toLowerCase();
  let year = y ?? reference(ctx)?.y;
  if (year === undefined) return 'XXXX-XX-XX';
  if (y === undefined) {
    // the year from the tense, as for a month name: `Thanksgiving` said in January is last year's
    const probe = holidayDate(key, year);
    const m = probe ? Number(probe.slice(5, 7)) : 0;
    if (m) year = Number(monthValue(ctx, m).slice(0, 4)) || year;
  }
  return holidayDate(key, year) ?? 'XXXX-XX-XX';
}

function holidayDate(key: string, year: number): string | null {
  const fixed = FIXED_HOLIDAYS[key];
  if (fixed) return formatDate({ y: year, m: fixed[0], d: fixed[1] });
  const offset = EASTER_HOLIDAYS[key];
  if (offset !== undefined) return formatDate(addDays(easter(year), offset));
  const nth = NTH_WEEKDAY_HOLIDAYS[key];
  if (nth) return formatDate(nthWeekday(year, nth[0], nth[1], nth[2]));
  return null;
}
function timeValue(ctx: Context, h: number, min: number, ampm: string | undefined): string | null {
  let hour = h;
  const ap = (ampm ?? '').toLowerCase().replace(/\./g, '');
  if (ap === 'pm' && hour < 12) hour += 12;
  if (ap === 'am' && hour === 12) hour = 0;
  if (hour > 24 || min > 59) return null;
  const day = dayForTime(ctx);
  return (day ? formatDate(day) : 'XXXX-XX-XX') + `T${pad(hour)}:${pad(min)}`;
}

const NOT_YEAR_AFTER = /^\s*(?:%|percent|dollars|people|men|women|troops|soldiers|shares|barrels|tons|miles|feet|meters|votes|jobs|workers|members|points|cars|units|acres|employees|children|cases|pages|yards)\b/i;

/** Keyword pre-checks: a digit; a unit word (`year`, `days`, …). */
const DIGIT = '\\d';
const UNIT_KEYS = '\\b(?:year|month|week|day|hour|minute|second|decade|centur|millenni|quarter)';

export const RULES_EN: Rule[] = [
  // ISO and numeric dates: 2016-09-05, 9/5/2016
  keyed(DIGIT, rule(`(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})|(?<m2>\\d{1,2})/(?<d2>\\d{1,2})/(?<y2>\\d{4}|\\d{2})`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => {
      const v = g.y ? dayMonth(Number(g.d), Number(g.m), Number(g.y), ctx) : dayMonth(Number(g.d2), Number(g.m2), fullYear(g.y2!), ctx);
      return v ? date('DATE', v) : null;
    });
  })),
  // (Monday,) Sept. 5(, 2016); March 3rd
  keyed(DIGIT, rule(`(?:(?<wd>${WD_CAP}),?\\s+)?(?<mon>${MONTH_ANY})\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?![\\d,.]\\d)(?:,?\\s+(?<y>\\d{4}))?`, dayMonthCandidate, true)),
  // 5 September 2016, the 5th of September
  keyed(DIGIT, rule(`(?:(?<wd>${WD_CAP}),?\\s+)?(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH_ANY})(?:,?\\s+(?<y>\\d{4}))?`, dayMonthCandidate, true)),
  // September 2016, March of 1998, September
  rule(`(?<mon>${MONTH_ANY})(?:,?\\s+(?:of\\s+)?(?<y>\\d{4}|'\\d{2}))?`, (m, text) => {
    const g = m.groups!;
    const mon = month(g.mon!);
    const w = g.mon!.toLowerCase();
    if ((w === 'may' || w === 'march') && !g.y) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      if (!/(?:in|since|until|by|early|late|mid-|last|next|this|of|through|from|to|before|after|during)\s*$/i.test(before)) return null;
    }
    return cand(m, (ctx) => date('DATE', g.y ? `${fullYear(g.y)}-${pad(mon)}` : monthValue(ctx, mon)));
  }, true),
  // years: 1998, fiscal 1998, the year 2000
  keyed('\\d{4}', rule(`(?:(?<fy>fiscal|calendar|(?:the\\s+)?(?:fiscal\\s+)?year)\\s+)?(?<y>\\d{4})(?:\\s*(?<bc>B\\.?C\\.?|BC|AD|A\\.D\\.))?`, (m, text) => {
    const g = m.groups!;
    const y = Number(g.y);
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (/[$.,:/\d]\s?$/.test(before) || /^[.,:/]\d/.test(after) || /^\s*\d{3}(?!\d)/.test(after)) return null;
    if (!g.fy && !g.bc && NOT_YEAR_AFTER.test(after)) return null;
    if (!g.fy && !g.bc && (y < 1800 || y > 2100)) return null;
    return cand(m, () => date('DATE', formatYear(g.bc && /^B/i.test(g.bc) ? 1 - y : y)), -1);
  })),
  // decades: the 1990s, the '80s, the eighties
  keyed("\\d0'?s|ties", rule(`(?:the\\s+)?(?:(?<c>\\d{2})(?<d>\\d)0'?s|'(?<d2>\\d)0s|(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))`, (m) => {
    const g = m.groups!;
    const words: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
    const d = g.w ? words[g.w.toLowerCase()]! : Number(g.d ?? g.d2);
    return cand(m, () => date('DATE', `${g.c ?? '19'}${d}`));
  })),
  // centuries: the 20th century, the nineteenth century
  keyed('century', rule(`(?:the\\s+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\\s-]+century`, (m) => {
    const g = m.groups!;
    const words = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first'];
    const n = g.n ? Number(g.n) : words.indexOf(g.w!.toLowerCase()) + 1;
    return cand(m, () => date('DATE', pad(n - 1)));
  })),
  // deictic days with part of day: yesterday morning, last night, this afternoon, tonight
  rule(`(?<rel>yesterday|today|tomorrow|this|last)\\s+(?<part>${PART})|(?<tonight>tonight)`, (m) => {
    const g = m.groups!;
    const rel = (g.rel ?? 'today').toLowerCase();
    if (rel === 'last' && g.part!.toLowerCase() !== 'night') return null;
    const off = rel === 'yesterday' || rel === 'last' ? -1 : rel === 'tomorrow' ? 1 : 0;
    return cand(m, (ctx) => partOfDay(dayOffsetValue(referenceDay(ctx), off, ctx), g.part ?? 'night'), 1);
  }),
  rule(`(?<rel>today|yesterday|tomorrow|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)`, (m) => {
    const rel = m.groups!.rel!.toLowerCase().replace(/\s+/g, ' ');
    const off = rel === 'today' ? 0 : rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : rel.includes('before') ? -2 : 2;
    return cand(m, (ctx) => {
      if (ctx.narrative && off === 0) return date('DATE', 'PRESENT_REF');
      return date('DATE', dayOffsetValue(referenceDay(ctx), off, ctx));
    });
  }),
  // weekdays: (last) Friday (morning)
  rule(`(?:(?<rel>last|next|this|coming|past|previous)\\s+)?(?<wd>${WD})(?:\\s+(?<part>${PART}))?`, (m) => {
    const g = m.groups!;
    const wd = WEEKDAYS_EN[g.wd!.toLowerCase()]!;
    const dir = direction(g.rel);
    if (!/^\p{Lu}/u.test(g.wd!)) return null;
    return cand(m, (ctx) => {
      const day = weekdayValue(ctx, wd, dir === null ? undefined : dir);
      return g.part ? partOfDay(day, g.part) : date('DATE', day);
    });
  }),
  rule(`(?<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)`, (m) => {
    const wd = WEEKDAYS_EN[m.groups!.wd!.toLowerCase().replace(/s$/, '')]!;
    return cand(m, () => date('SET', `XXXX-WXX-${wd}`));
  }, true),
  // the next day, the day before, the following week, that day
  rule(`(?:the\\s+)?(?:(?<w>next|following|previous|same|preceding|prior)\\s+day|day\\s+(?<w2>before|after)|that\\s+day)`, (m) => {
    const g = m.groups!;
    const w = (g.w ?? g.w2 ?? 'same').toLowerCase();
    const off = /^(previous|preceding|prior|before)$/.test(w) ? -1 : /^(same)$/.test(w) || m[0].toLowerCase().startsWith('that') ? 0 : 1;
    return cand(m, (ctx) => date('DATE', dayOffsetValue(ctx.lastDay ?? referenceDay(ctx), off, ctx)));
  }),
  // a year ago, two weeks ago, a year earlier, three days later
  keyed('ago|earlier|later|before|after|since', rule(`(?<num>${NUM}|${VAGUE})[\\s-]+(?<unit>years?|months?|weeks?|days?|decades?|quarters?|hours?)\\s+(?<w>ago|earlier|later|before|after|since)`, (m) => {
    const g = m.groups!;
    const unit = unitOf(g.unit!)!;
    const n = parseNumber(g.num!, 'en');
    const w = g.w!.toLowerCase();
    if (w === 'since' || w === 'before' || w === 'after') return null;
    const sign = w === 'ago' || w === 'earlier' || w === 'before' ? -1 : 1;
    return cand(m, (ctx) => {
      if (Number.isNaN(n)) return date('DATE', sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
      if (unit === 'H') return date('TIME', sign < 0 ? 'PAST_REF' : 'FUTURE_REF');
      const base = w === 'ago' ? dayBase(ctx, unit) : unit === 'D' || unit === 'W' ? ctx.lastDay ?? referenceDay(ctx) : anaphoricReference(ctx) ?? reference(ctx);
      // in a quarterly report `a year earlier` is the same quarter a year before
      if (unit === 'Y' && n === 1 && sign < 0 && lastWasQuarter(ctx)) {
        const q = reportQuarter(ctx)!;
        return date('DATE', `${q.y - 1}-Q${q.q}`);
      }
      // `a decade ago` is a year ten years back, not the previous decade
      if (unit === 'DE' || unit === 'CE') return date('DATE', shiftedUnitValue(base, 'Y', sign * n * (unit === 'DE' ? 10 : 100)));
      return date('DATE', shiftedUnitValue(base, unit, sign * n));
    }, 1);
  })),
  // year-earlier, year-ago (quarter/period): a year before the period the report is about
  keyed('-(?:earlier|ago)', rule(`(?:the\\s+)?(?<unit>year|month|quarter)-(?:earlier|ago)(?:\\s+(?<noun>quarter|period|month|year|results?|profit|sales|earnings|level))?`, (m) => {
    const g = m.groups!;
    const noun = (g.noun ?? '').toLowerCase();
    const back = unitOf(g.unit!) ?? 'Y';
    return cand(m, (ctx) => {
      const ref = reference(ctx);
      if (!ref) return date('DATE', 'XXXX');
      if (back === 'Y' && (noun === 'quarter' || ((noun === 'period' || noun === '' || !unitOf(noun)) && lastWasQuarter(ctx)))) {
        const q = reportQuarter(ctx);
        if (q) return date('DATE', `${q.y - 1}-Q${q.q}`);
      }
      if (back === 'Y') return date('DATE', String(ref.y - 1));
      return date('DATE', shiftedUnitValue(ref, back, -1));
    });
  })),
  // the coming days/weeks → FUTURE_REF; the past three years → duration
  keyed(UNIT_KEYS, rule(`(?:the\\s+)(?<rel>${BACK}|${NEXT}|first|final|latest|recent)\\s+(?:(?<num>${NUM}|${VAGUE})\\s+)?(?<unit>years|months|weeks|days|decades|centuries|hours|minutes|quarters)`, (m) => {
    const g = m.groups!;
    const unit = unitOf(g.unit!)!;
    const dir = direction(g.rel);
    return cand(m, () => {
      if (!g.num && dir === 1) return date('DATE', 'FUTURE_REF');
      return duration(g.num ? parseNumber(g.num, 'en') : NaN, unit);
    }, 1);
  })),
  // recent years, in recent days
  // `in recent years` is an indefinite past in TimeML; shorter spans stay vague durations
  rule(`(?<span>recent\\s+(?<unit>years|months|weeks|days|decades))`, (m) => {
    const unit = unitOf(m.groups!.unit!)!;
    return cand(m, () => (unit === 'Y' ? date('DATE', 'PAST_REF') : duration(NaN, unit)));
  }),
  // relative units: last year, this week, the following month, the current quarter, next summer
  keyed(UNIT_KEYS + '|spring|summer|fall|autumn|winter', rule(`(?:(?<det>the)\\s+)?(?<rel>${BACK}|${NEXT}|${THIS}|latest)\\s+(?<unit>year|month|week|weekend|quarter|decade|century|${SEASON})`, (m) => {
    const g = m.groups!;
    const u = g.unit!.toLowerCase();
    const unit: string = SEASONS_EN[u] ?? unitOf(u) ?? 'Y';
    const relw = g.rel!.toLowerCase();
    return cand(m, (ctx) => {
      // `the past year` is a stretch of time, `last year` a calendar year
      if (g.det && (relw === 'past' || relw === 'last') && !SEASONS_EN[u]) return duration(1, unit as Unit);
      const dir = relw === 'latest' ? 0 : direction(relw) ?? 0;
      if (unit === 'Q' && (relw === 'latest' || (relw === 'this' && ctx.tense === 'past'))) {
        const q = reportQuarter(ctx);
        if (q) return date('DATE', `${q.y}-Q${q.q}`);
      }
      const base = isAnaphoric(relw) ? anaphoricReference(ctx) : dayBase(ctx, unit);
      return date('DATE', shiftedUnitValue(base, unit, dir));
    }, 1);
  })),
  // earlier this year, later this month, early next year
  rule(`(?<w>earlier|later)\\s+this\\s+(?<unit>year|month|week|quarter|decade|century)`, (m) => {
    const unit = unitOf(m.groups!.unit!)!;
    return cand(m, (ctx) => date('DATE', shiftedUnitValue(dayBase(ctx, unit), unit, 0)), 1);
  }),
  // the year, the quarter, the month (the current one in news; a report's quarter; `the year ended …` is a span)
  rule(`the\\s+(?<unit>year|quarter|month|week)(?!\\s*(?:-|of|earlier|ago|before|after|\\d))`, (m, text) => {
    const unit = unitOf(m.groups!.unit!)!;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!/(?:in|for|during|of|over|through|throughout|later|earlier)\s+$/i.test(before)) return null;
    return cand(m, (ctx) => {
      if (unit === 'Y' && /^\s+(?:ended|ending|to\s+date)/i.test(after)) return duration(1, 'Y');
      if (unit === 'Q') {
        const q = reportQuarter(ctx);
        if (q) return date('DATE', `${q.y}-Q${q.q}`);
      }
      return date('DATE', shiftedUnitValue(dayBase(ctx, unit), unit, 0));
    });
  }),
  // seasons: summer 1998, the spring of 1998, this summer handled above
  rule(`(?:the\\s+)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?<y>\\d{4}))?`, (m, text) => {
    const g = m.groups!;
    const season = SEASONS_EN[g.s!.toLowerCase()]!;
    if (!g.y) {
      const before = text.slice(Math.max(0, m.index - 10), m.index);
      if (!/(?:in|this|during|since|until|by|the|early|late|mid-)\s*$/i.test(before) && !/^the/i.test(m[0])) return null;
      if (g.s!.toLowerCase() === 'fall' && !/(?:in|this|last|next|the|early|late)\s*$/i.test(before)) return null;
    }
    return cand(m, (ctx) => {
      if (g.y) return date('DATE', `${g.y}-${season}`);
      const ref = reference(ctx);
      return date('DATE', ref ? `${formatYear(ref.y)}-${season}` : `XXXX-${season}`);
    });
  }),
  // quarters and halves: the third quarter (of 1997), third-quarter, the first half, this year's third quarter
  keyed('quarter|half', rule(`(?:the\\s+)?(?:(?<py>\\d{4})\\s+|(?<rel>this|last|next)\\s+year's\\s+)?(?<ord>${ORD})[\\s-](?<u>quarter|half|fiscal\\s+quarter)(?:\\s+of\\s+(?:(?<y>\\d{4})|(?:fiscal\\s+)?(?<y2>\\d{4})))?`, (m) => {
    const g = m.groups!;
    const n = ORDINALS_EN[g.ord!.toLowerCase()] ?? 0;
    const half = g.u!.toLowerCase() === 'half';
    if (n === 0 || (half ? n > 2 : n > 4)) return null;
    return cand(m, (ctx) => {
      const ref = reference(ctx);
      const k = n < 0 ? (half ? 2 : 4) : n;
      let y = g.y ?? g.y2 ?? g.py ? Number(g.y ?? g.y2 ?? g.py) : ref?.y;
      if (y !== undefined && g.rel) y += g.rel.toLowerCase() === 'last' ? -1 : g.rel.toLowerCase() === 'next' ? 1 : 0;
      // a quarter that has not begun yet at publication, told in the past, is last year's
      else if (y !== undefined && !g.y && !g.y2 && !g.py && ref?.m !== undefined && !half && ctx.tense !== 'future' && k > Math.floor((ref.m - 1) / 3) + 1) y -= 1;
      if (y !== undefined && !half) ctx.quarter = { y, q: k };
      return date('DATE', `${y === undefined ? 'XXXX' : formatYear(y)}-${half ? 'H' : 'Q'}${k}`);
    });
  })),
  // the 1988 quarter/period, last year's quarter, the corresponding period last year
  keyed('quarter|period', rule(`(?:the\\s+)?(?:(?<y>\\d{4})|(?<rel>this|last|next)\\s+year's)\\s+(?:comparable\\s+)?(?<u>quarter|period)|(?:the\\s+)?(?:corresponding|comparable|same)\\s+(?:period|quarter)\\s+(?:of\\s+)?(?<rel2>last|a)\\s+year(?:\\s+(?:ago|earlier))?`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => {
      const q = reportQuarter(ctx);
      const ref = reference(ctx);
      let y = g.y ? Number(g.y) : ref?.y;
      if (y === undefined) return null;
      if (g.rel2 || g.rel?.toLowerCase() === 'last') y = (q?.y ?? y) - 1;
      else if (g.rel?.toLowerCase() === 'next') y += 1;
      return date('DATE', q ? `${y}-Q${q.q}` : String(y));
    }, 1);
  })),
  // holidays
  rule(`(?<h>${HOLIDAY})(?:\\s+(?<y>\\d{4}))?`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => date('DATE', holidayValue(g.h!, g.y ? Number(g.y) : undefined, ctx)));
  }),
  // clock times: 3 p.m., 10:30 a.m. EST, noon, midnight
  keyed("\\d(?::\\d\\d)?\\s*[ap]\\.?m|\\d:\\d\\d|o'clock", rule(`(?<h>\\d{1,2})(?::(?<min>\\d{2}))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am|pm|a\\.m|p\\.m)(?:\\s+(?<tz>EST|EDT|CST|CDT|PST|PDT|GMT|UTC))?|(?<h2>\\d{1,2}):(?<min2>\\d{2})(?!\\d)|(?<h3>\\d{1,2})\\s+o'clock`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => {
      const v = timeValue(ctx, Number(g.h ?? g.h2 ?? g.h3), Number(g.min ?? g.min2 ?? 0), g.ap);
      return v ? date('TIME', v) : null;
    });
  })),
  rule(`(?<w>noon|midnight)`, (m) => {
    const w = m.groups!.w!.toLowerCase();
    return cand(m, (ctx) => noonOrMidnight(ctx, w === 'midnight'), -1);
  }),
  // durations: three years, a week, 24 hours, two-year, six-month, several weeks
  keyed(UNIT_KEYS, rule(`(?:(?<det>the|a|an)\\s+)?(?<num>${NUM}|${VAGUE})(?<half>\\s+and\\s+a\\s+half|\\s+1/2|½)?[\\s-]+(?<unit>${UNIT})(?:\\s+and\\s+a\\s+half)?`, (m, text) => {
    const g = m.groups!;
    let unit = unitOf(g.unit!)!;
    if (unit === 'WE') return null;
    if (/^\d{4}$/.test(g.num!)) return null;
    let n = parseNumber(g.num!, 'en');
    if (g.half || /and\s+a\s+half$/i.test(m[0])) n += 0.5;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 15);
    // ages (`6-year-old`, `52 years old`) are not temporal expressions
    if (/^(?:-|\s+)old\b/i.test(after)) return null;
    // `a second` is mostly the ordinal
    if (unit === 'S' && /^an?$/i.test(g.num!)) return null;
    // English durations count decades and centuries in years
    if (unit === 'DE' || unit === 'CE') {
      n = n * (unit === 'DE' ? 10 : 100);
      unit = 'Y';
    }
    // `a year` after an amount is a rate (`$5 a year`)
    if (/^an?$/i.test(g.num!) && /(?:\d|percent|%|cents?|dollars?|shares?)\s*$/i.test(text.slice(Math.max(0, m.index - 15), m.index))) {
      return cand(m, () => date('SET', duration(1, unit).value));
    }
    if (/^\s*(?:ago|earlier|later)/i.test(after)) return null;
    const u = unit;
    return cand(m, () => date('DURATION', mixedDurationValue(n, u)));
  })),
  // bare plurals: for years, over decades
  rule(`(?:for|over|within|in|after)\\s+(?<span>(?<unit>years|months|weeks|days|decades|hours|centuries))`, (m) => {
    const unit = unitOf(m.groups!.unit!)!;
    if (/^(in|after)\s/i.test(m[0])) return null;
    return cand(m, () => duration(NaN, unit), -1);
  }),
  // SET: daily, every year, twice a week, per year
  rule(`(?<adv>daily|weekly|monthly|annually|yearly|hourly|nightly|biannual|semiannual)`, (m) => {
    const w = m.groups!.adv!.toLowerCase();
    // adjectives before nouns (`annual meeting`) are still TIMEX3 SETs in TimeML
    const value = w === 'daily' || w === 'nightly' ? 'P1D' : w === 'weekly' ? 'P1W' : w === 'monthly' ? 'P1M' : w === 'quarterly' ? 'P3M' : w === 'hourly' ? 'PT1H' : w === 'biannual' || w === 'semiannual' ? 'P6M' : 'P1Y';
    return cand(m, () => date('SET', value));
  }),
  keyed('every|each|per', rule(`(?:every|each|per)\\s+(?:(?<num>${NUM})\\s+)?(?<unit>day|days|week|weeks|month|months|year|years|hour|quarter|${WD}|weekend)`, (m) => {
    const g = m.groups!;
    const wd = WEEKDAYS_EN[g.unit!.toLowerCase()];
    const n = g.num ? parseNumber(g.num, 'en') : 1;
    return cand(m, () => recurrence(wd, unitOf(g.unit!), n));
  })),
  keyed('once|twice|times', rule(`(?:once|twice|three\\s+times|\\d+\\s+times)\\s+(?:a|per|each)\\s+(?<unit>year|month|week|day|hour)`, (m) => {
    const unit = unitOf(m.groups!.unit!)!;
    return cand(m, () => date('SET', duration(1, unit).value));
  })),
  // deictic references without a calendar value
  rule(`(?<w>now|currently|current|at\\s+present|presently|nowadays|these\\s+days|right\\s+now|the\\s+present)`, (m) => cand(m, () => date('DATE', 'PRESENT_REF'))),
  rule(`(?<w>recently|recent|formerly|the\\s+past|once\\s+upon\\s+a\\s+time|lately)`, (m, text) => {
    const w = m.groups!.w!.toLowerCase();
    if (w === 'recent' && /^\s+(?:years|months|weeks|days|decades)/i.test(text.slice(m.index + m[0].length))) return null;
    return cand(m, () => date('DATE', 'PAST_REF'));
  }),
  rule(`(?<w>the\\s+future|future|in\\s+the\\s+coming\\s+days|shortly)`, (m) => {
    const w = m.groups!.w!.toLowerCase();
    if (w === 'shortly') return null;
    return cand(m, () => date('DATE', 'FUTURE_REF'));
  }),
];

/** Spoken years: `nineteen ninety-six`, `nineteen oh five`, `two thousand (and) one`. */
const YEAR_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const YEAR_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const YEAR_UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const SPOKEN_YEAR_CORE = `(?<cent>eighteen|nineteen|twenty)[\\s-]+(?<rest>(?:${YEAR_TENS.join('|')})(?:[\\s-](?:${YEAR_UNITS.join('|')}))?|${YEAR_TEENS.join('|')}|(?:oh|o)[\\s-](?:${YEAR_UNITS.join('|')})|hundred)|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(?<unit2>${YEAR_UNITS.join('|')}|ten))?`;
// with a month or season before it: `January nineteen ninety-seven`, `the winter of nineteen ninety-four`
const SPOKEN_YEAR = `(?:(?<mon>${MONTH_ANY})\\s+|(?:the\\s+)?(?<s>${SEASON})\\s+of\\s+)?(?:${SPOKEN_YEAR_CORE})(?![\\s-]+(?:years?|hundred|thousand|dollars|people|times))`;

function spokenYear(g: Record<string, string | undefined>): number | null {
  if (!g.cent) return 2000 + (g.unit2 ? (g.unit2.toLowerCase() === 'ten' ? 10 : YEAR_UNITS.indexOf(g.unit2.toLowerCase()) + 1) : 0);
  const cent = g.cent.toLowerCase() === 'eighteen' ? 1800 : g.cent.toLowerCase() === 'nineteen' ? 1900 : 2000;
  const rest = g.rest!.toLowerCase().split(/[\s-]+/);
  if (rest[0] === 'hundred') return cent;
  if (rest[0] === 'oh' || rest[0] === 'o') return cent + YEAR_UNITS.indexOf(rest[1]!) + 1;
  const teen = YEAR_TEENS.indexOf(rest[0]!);
  if (teen >= 0) return cent + 10 + teen;
  const tens = YEAR_TENS.indexOf(rest[0]!);
  if (tens < 0) return null;
  return cent + 20 + 10 * tens + (rest[1] ? YEAR_UNITS.indexOf(rest[1]) + 1 : 0);
}

/** A clock time with its day: `9 a.m. Tuesday`, `noon Thursday`, `5 p.m. EST, Nov. 9`, `midnight Friday`. */
const CLOCK = `(?:(?<h>\\d{1,2})(?::(?<min>\\d{2}))?\\s*(?<ap>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<nm>noon|midnight|mid-?afternoon|mid-?morning))(?:\\s+(?<tz>EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC))?`;
const CLOCK_DAY = `${CLOCK},?\\s+(?:on\\s+)?(?:(?<wd>${WD_CAP})|(?<mon>${MONTH_ANY})\\s+(?<d>\\d{1,2})(?!\\d)(?:,?\\s+(?<y>\\d{4}))?|(?<rel>yesterday|today|tomorrow))`;

const EXTRA_RULES_EN: Rule[] = [
  keyed('nineteen|eighteen|twenty|thousand', rule(SPOKEN_YEAR, (m) => {
    const g = m.groups!;
    const y = spokenYear(g);
    if (y === null || (g.mon && !/^\p{Lu}/u.test(g.mon))) return null;
    const suffix = g.mon ? `-${pad(month(g.mon))}` : g.s ? `-${SEASONS_EN[g.s.toLowerCase()]}` : '';
    return cand(m, () => date('DATE', formatYear(y) + suffix), 1);
  })),
  // last November, next March, this May: the nearest such month before/after the reference
  rule(`(?<rel>last|next|this)\\s+(?<mon>${MONTH_ANY})(?!\\.?\\s+\\d)`, (m) => {
    const g = m.groups!;
    if (!/^\p{Lu}/u.test(g.mon!)) return null;
    const mon = month(g.mon!);
    const rel = g.rel!.toLowerCase();
    return cand(m, (ctx) => {
      const ref = reference(ctx);
      if (!ref || ref.m === undefined) return date('DATE', `XXXX-${pad(mon)}`);
      let y = ref.y;
      if (rel === 'last' && mon >= ref.m) y -= 1;
      else if (rel === 'next' && mon <= ref.m) y += 1;
      return date('DATE', `${formatYear(y)}-${pad(mon)}`);
    }, 1);
  }, true),
  keyed('[ap]\\.?m|noon|midnight|afternoon|morning', rule(CLOCK_DAY, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => {
      let day: string | null;
      if (g.wd) day = weekdayValue(ctx, WEEKDAYS_EN[g.wd.toLowerCase()]!);
      else if (g.mon) day = dayMonth(Number(g.d), month(g.mon), g.y ? Number(g.y) : undefined, ctx);
      else {
        const rel = g.rel!.toLowerCase();
        day = dayOffsetValue(referenceDay(ctx), rel === 'yesterday' ? -1 : rel === 'tomorrow' ? 1 : 0, ctx);
      }
      if (!day) return null;
      if (g.nm) {
        const nm = g.nm.toLowerCase().replace('-', '');
        const clock = nm === 'noon' ? 'T12:00' : nm === 'midnight' ? 'T24:00' : nm === 'midafternoon' ? 'TAF' : 'TMO';
        return date('TIME', day + clock);
      }
      let hour = Number(g.h);
      const ap = g.ap!.toLowerCase().replace(/\./g, '');
      if (ap === 'pm' && hour < 12) hour += 12;
      if (ap === 'am' && hour === 12) hour = 0;
      if (hour > 24 || Number(g.min ?? 0) > 59) return null;
      return date('TIME', `${day}T${pad(hour)}:${pad(Number(g.min ?? 0))}`);
    }, 2);
  })),
  // the weekend: the one just past in past tense, the coming one in future tense
  keyed('weekend', rule(`(?:(?<rel>this|last|next|that|the\\s+past|the\\s+coming)\\s+|(?<det>the)\\s+)weekend`, (m) => {
    const g = m.groups!;
    const rel = (g.rel ?? '').toLowerCase().replace(/\s+/g, ' ');
    return cand(m, (ctx) => {
      const ref = referenceDay(ctx);
      if (!ref) return date('DATE', 'XXXX-WXX-WE');
      const dir = rel === 'last' || rel === 'the past' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : rel === 'this' || rel === 'that' ? 0 : ctx.tense === 'future' ? 1 : -1;
      const wd = weekday(ref);
      // days to the Saturday of the weekend meant; said on a weekend, `the weekend` is that one
      const sat = wd >= 6 ? 6 - wd + (dir > 0 ? 7 : 0) : 6 - wd - (dir < 0 ? 7 : 0);
      const w = isoWeek(addDays(ref, sat));
      return date('DATE', `${formatWeek(w)}-WE`);
    });
  })),
  rule(`(?<w>soon)`, (m, text) => {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/as\s+$/i.test(before) || /^\s+(?:as|after|afterwards?|thereafter)\b/i.test(after)) return null;
    return cand(m, () => date('DATE', 'FUTURE_REF'));
  }),
  // business reports: the latest period (the report's quarter), the full year
  rule(`the\\s+(?:latest|most\\s+recent)\\s+period`, (m) => cand(m, (ctx) => {
    const q = reportQuarter(ctx);
    return q ? date('DATE', `${q.y}-Q${q.q}`) : date('DATE', 'XXXX-QX');
  })),
  rule(`the\\s+(?:full|current|current\\s+fiscal|full\\s+fiscal)\\s+year`, (m) => cand(m, (ctx) => {
    const ref = reference(ctx);
    return date('DATE', ref ? formatYear(ref.y) : 'XXXX');
  }, 1)),
];

RULES_EN.push(...EXTRA_RULES_EN);

/** `early 1998`, `the end of the year`, `about three years`: widen and set mod. */
export const WIDENERS_EN: Widener[] = [
  {
    re: /(?<![\p{L}])(?:early|late|mid-?|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of|the\s+turn\s+of)\s*$/iu,
    applies: (r) => r.type === 'DATE' && /^\d/.test(r.value) && !r.mod,
    mod: (s) => {
      const w = s.trim().toLowerCase();
      if (/^(early|the\s+beginning|the\s+start)/.test(w)) return 'START';
      if (/^(mid|the\s+middle)/.test(w)) return 'MID';
      if (/^(late|the\s+end)/.test(w)) return 'END';
      return undefined;
    },
  },
  {
    re: /(?<![\p{L}])(?:about|around|nearly|almost|more\s+than|less\s+than|over|at\s+least|roughly|approximately|up\s+to|some|just\s+over|just\s+under|under)\s+$/iu,
    applies: (r) => r.type === 'DURATION',
    mod: (s) => {
      const w = s.trim().toLowerCase();
      if (/^(more|over|just\s+over)/.test(w)) return 'MORE_THAN';
      if (/^(less|under|just\s+under|nearly|almost)/.test(w)) return 'LESS_THAN';
      if (w === 'at least') return 'EQUAL_OR_MORE';
      if (w === 'up to') return 'EQUAL_OR_LESS';
      return 'APPROX';
    },
  },
];
