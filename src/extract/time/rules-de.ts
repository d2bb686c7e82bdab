/**
 * German temporal expressions: recognition patterns and their normalisation.
 * Spans follow TimeML practice (KRAUTS): prepositions like `am`, `im`, `seit` stay outside,
 * modifiers (`Anfang`, `fast`) and determiners of relative phrases (`der kommenden Woche`) inside.
 */
import { addDays, easter, formatDate, formatYear, nthWeekday, pad } from './calendar.js';
import {
  anaphoricReference, date, dayForTime, dayOffsetValue, duration, monthValue, reference, referenceDay,
  shiftedUnitValue, weekdayValue, type Context, type Resolved,
} from './context.js';
import { cand, keyed, rule, type Candidate, type Rule, type Widener } from './engine.js';
import {
  alternation, DAYPARTS_DE, EASTER_HOLIDAYS, FIXED_HOLIDAYS, MONTHS_DE, NTH_WEEKDAY_HOLIDAYS, NUMBER_WORDS_DE,
  ORDINALS_DE, parseNumber, SEASONS_DE, UNITS_DE_MAP, VAGUE_DE, WEEKDAYS_DE, type Unit,
} from './lexicon.js';
import { dayMonth, directionReader, fullYear, noonOrMidnight, recurrence } from './rule-helpers.js';

const MONTH = alternation(Object.keys(MONTHS_DE));
const WD = alternation(Object.keys(WEEKDAYS_DE));
const PART = alternation(Object.keys(DAYPARTS_DE));
const SEASON = alternation(Object.keys(SEASONS_DE));
const NUM = `\\d+(?:,\\d+)?|${NUMBER_WORDS_DE}`;
const VAGUE = alternation([...VAGUE_DE, 'lange', 'langen', 'viele', 'vielen']);
const UNIT = alternation(Object.keys(UNITS_DE_MAP));
const ORD = `(?:${alternation(Object.keys(ORDINALS_DE))})(?:e[nmrs]?)?|\\d{1,2}\\.`;
const BACK = 'vergangene[nmrs]?|letzte[nmrs]?|vorige[nmrs]?|zurückliegende[nmrs]?';
const NEXT = 'kommende[nmrs]?|nächste[nmrs]?|nächstes|folgende[nmrs]?|darauffolgende[nmrs]?|anstehende[nmrs]?';
const THIS = 'diese[nmrs]?|laufende[nmrs]?|selbe[nmrs]?|selben|gleiche[nmrs]?|gleichen|aktuelle[nmrs]?|heurige[nmrs]?';
const DET = '(?:der|die|das|dem|den|des|eines|einem|einer)';
const HOLIDAY_WORDS = [...Object.keys(FIXED_HOLIDAYS), ...Object.keys(EASTER_HOLIDAYS), ...Object.keys(NTH_WEEKDAY_HOLIDAYS)]
  .filter((w) => /[äöüß]|^(weihnacht|heilig|silvester|neujahr|aller|mari|tag der|nikolaus|valentinstag|dreik|ostern|oster|karfreitag|gründ|pfingst|christi|fronleichnam|ascher|rosenmontag|muttertag)/.test(w));
const HOLIDAY = alternation(HOLIDAY_WORDS);

function month(word: string): number {
  return MONTHS_DE[word.toLowerCase()] ?? MONTHS_DE[word.toLowerCase() + '.'] ?? 0;
}

function unitOf(word: string): Unit | undefined {
  return UNITS_DE_MAP[word.toLowerCase()];
}

const direction = directionReader(BACK, NEXT, THIS);

/** `folgende`/`selbe` refer back to the last mentioned date; `nächste`/`letzte` to the reference. */
function isAnaphoric(word: string): boolean {
  return /^(folgend|darauffolgend|selb|gleich)/i.test(word);
}


function bcYear(y: number, bc: string | undefined): number {
  return bc ? 1 - y : y;
}


const NOT_YEAR_AFTER =
  /^\s*(?:%|€|\$|Euro|Dollar|Franken|Pfund|Mark|D-Mark|Schilling|Lire|Meter|Kilometer|km|m\b|Tonnen|Menschen|Personen|Einwohner|Mitglieder|Stimmen|Besucher|Soldaten|Mann|Punkte|Kilo|Gramm|Liter|Stück|Arbeitsplätze|Euros|Quadratmeter|Hektar|Seiten|Fälle|Opfer|Tote|Kinder|Frauen|Männer|Schüler|Studenten|Häuser|Wohnungen|Jahre|Jahren|Tage|Stunden|Minuten|Prozent)(?![\p{L}])/u;

function timeValue(ctx: Context, h: number, min: number): string | null {
  if (h > 24 || min > 59) return null;
  const day = dayForTime(ctx);
  const t = `T${pad(h)}:${pad(min)}`;
  return (day ? formatDate(day) : 'XXXX-XX-XX') + t;
}

function partOfDay(ctx: Context, base: string | null, part: string): Resolved {
  const code = DAYPARTS_DE[part.toLowerCase()] ?? 'DT';
  return date('TIME', (base ?? 'XXXX-XX-XX') + 'T' + code);
}

function holidayValue(name: string, y: number | undefined, ctx: Context): string {
  const key = name.toLowerCase();
  const year = y ?? reference(ctx)?.y;
  if (year === undefined) return 'XXXX-XX-XX';
  const fixed = FIXED_HOLIDAYS[key];
  if (fixed) return formatDate({ y: year, m: fixed[0], d: fixed[1] });
  const offset = EASTER_HOLIDAYS[key];
  if (offset !== undefined) return formatDate(addDays(easter(year), offset));
  const nth = NTH_WEEKDAY_HOLIDAYS[key];
  if (nth) return formatDate(nthWeekday(year, nth[0], nth[1], nth[2]));
  return 'XXXX-XX-XX';
}

/** A relative unit phrase: `nächstes Jahr`, `der vergangenen Woche`, `im folgenden Jahr`. */
function relativeUnit(ctx: Context, dirWord: string, unit: Unit | string): string {
  const dir = direction(dirWord) ?? 0;
  const base = isAnaphoric(dirWord) ? anaphoricReference(ctx) : unit === 'W' || unit === 'WE' || unit === 'D' ? referenceDay(ctx) ?? reference(ctx) : reference(ctx);
  return shiftedUnitValue(base, unit, dir);
}

/** Keyword pre-checks: a digit; a unit word (`Jahr`, `Tagen`, …). */
const DIGIT = '\\d';
/** A day number before a month name. */
const DAY_MONTH_KEYS = '\\d\\.?\\s*(?:jan|j.n|feb|m.r|maer|mrz|apr|mai|jun|jul|aug|sep|okt|nov|dez)';
const UNIT_KEYS = '\\b(?:jahr|monat|woche|tag|stunde|minute|sekunde|quartal|halbjahr)';

export const RULES_DE: Rule[] = [
  // 05.09.2016, 5.9.16
  keyed(DIGIT, rule(`(?<d>\\d{1,2})\\.\\s?(?<m>\\d{1,2})\\.\\s?(?<y>\\d{4}|\\d{2})(?![.,]?\\d)`, (m) => {
    const g = m.groups!;
    return cand(m, () => {
      const v = dayMonth(Number(g.d), Number(g.m), fullYear(g.y!), {} as Context);
      return v ? date('DATE', v) : null;
    });
  })),
  // 2016-09-05
  keyed(DIGIT, rule(`(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})`, (m) => {
    const g = m.groups!;
    return cand(m, () => {
      const v = dayMonth(Number(g.d), Number(g.m), Number(g.y), {} as Context);
      return v ? date('DATE', v) : null;
    });
  })),
  // (Montag,) 5. September (2016); 5. Sept.
  keyed(DAY_MONTH_KEYS, rule(`(?:(?<wd>${WD}),?\\s+(?:(?:de[nm]|am)\\s+)?)?(?<d>\\d{1,2})\\.?\\s*(?<mon>${MONTH})(?:\\s+(?<y>\\d{4})(?<bc>\\s*v\\.\\s?Chr\\.)?)?`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => {
      const y = g.y ? bcYear(Number(g.y), g.bc) : undefined;
      const v = dayMonth(Number(g.d), month(g.mon!), y, ctx);
      return v ? date('DATE', v) : null;
    }, 1);
  })),
  // 4. bis 5. September (2016): two expressions
  keyed(DIGIT, rule(`(?<a>(?<d1>\\d{1,2})\\.(?:\\s*(?<mon1>${MONTH}))?)\\s*(?:bis(?:\\s+(?:zum|einschließlich))?|-|–|und|/)\\s*(?<b>(?<d2>\\d{1,2})\\.\\s*(?<mon2>${MONTH})(?:\\s+(?<y>\\d{4}))?)`, (m) => {
    const g = m.groups!;
    const a = m.indices!.groups!.a!;
    const b = m.indices!.groups!.b!;
    const y = g.y ? Number(g.y) : undefined;
    return [
      { start: a[0], end: a[1], priority: 2, resolve: (ctx) => { const v = dayMonth(Number(g.d1), month(g.mon1 ?? g.mon2!), y, ctx); return v ? date('DATE', v) : null; } },
      { start: b[0], end: b[1], priority: 2, resolve: (ctx) => { const v = dayMonth(Number(g.d2), month(g.mon2!), y, ctx); return v ? date('DATE', v) : null; } },
    ];
  })),
  // (Anfang) März (2017), März des folgenden Jahres, Juli dieses Jahres
  rule(`(?:(?<mod>Anfang|Mitte|Ende|Beginn|Ausgang)\\s+)?(?<mon>${MONTH})(?:\\s+(?:(?<y>\\d{4})(?<bc>\\s*v\\.\\s?Chr\\.)?|(?:des|dieses|diesen|jenes)\\s+(?:(?<rel>${BACK}|${NEXT}|${THIS})\\s+)?Jahres))?`, (m, text) => {
    const g = m.groups!;
    const mon = month(g.mon!);
    // `Mai`/`August` are also names: a capitalised word right after (not a year) makes it a name
    if (!g.y && !g.rel && /^(august|mai|april|juni)$/i.test(g.mon!) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length)) && !g.mod) {
      const prev = text.slice(Math.max(0, m.index - 12), m.index);
      if (!/(im|Im|seit|bis|von|vom|Anfang|Ende|Mitte|zum|ab|Monat)\s+$/.test(prev)) return null;
    }
    const mod = g.mod ? modOf(g.mod) : undefined;
    return cand(m, (ctx) => {
      if (g.y) return date('DATE', `${formatYear(bcYear(Number(g.y), g.bc))}-${pad(mon)}`, mod);
      if (m[0].match(/Jahres$/i)) {
        const dir = g.rel ? direction(g.rel) ?? 0 : 0;
        const base = g.rel && isAnaphoric(g.rel) ? anaphoricReference(ctx) : reference(ctx);
        return date('DATE', base ? `${formatYear(base.y + dir)}-${pad(mon)}` : `XXXX-${pad(mon)}`, mod);
      }
      return date('DATE', monthValue(ctx, mon), mod);
    });
  }),
  // years: 2016, im Jahr 1920, 480 v. Chr., (das) Jahr 2011
  keyed('\\d{3}', rule(`(?:(?<jahr>(?:das\\s+|dem\\s+)?Jahr(?:e|es)?)\\s+)?(?<y>\\d{3,4})(?<bc>\\s*v\\.\\s?Chr\\.)?(?<ad>\\s*n\\.\\s?Chr\\.)?`, (m, text) => {
    const g = m.groups!;
    const y = Number(g.y);
    const before = text.slice(Math.max(0, m.index - 25), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (/[.,:/\d]$/.test(before) || /^[.,:/]\d/.test(after) || /^\s*\d{3}(?!\d)/.test(after)) return null;
    if (!g.bc && !g.jahr && NOT_YEAR_AFTER.test(after)) return null;
    if (/^\s+(?:im|pro|je)\s+(?:Jahr|Monat)/.test(after)) return null;
    const cue = !!(g.bc || g.ad || g.jahr) || /(?<![\p{L}])(?:seit|bis|von|vom|ab|um|im|in|nach|vor|Anfang|Mitte|Ende|Herbst|Sommer|Winter|Frühjahr|Frühling|zwischen|Jahr|Jahre|Jahres|bis zum|und|Sommer|Saison|Spielzeit)\s+$/iu.test(before);
    if (g.y!.length === 3 && !g.bc && !g.ad && !g.jahr) return null;
    if (!cue && (y < 1800 || y > 2100)) return null;
    if (g.y!.length === 4 && y > 2100 && !g.bc) return null;
    return cand(m, () => date('DATE', formatYear(bcYear(y, g.bc))), -1);
  })),
  // decades: die 90er Jahre, 1990er, in den achtziger Jahren, Achtzigerjahre
  keyed('\\d0er|ziger', rule(`(?:${DET}\\s+)?(?:(?<c>\\d{2})?(?<d>\\d)0er(?:\\s*-?\\s*(?:J|j)ahren?|jahren?)?|(?<w>zwanziger|dreißiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger)(?:\\s*-?\\s*Jahren?|jahren?))`, (m) => {
    const g = m.groups!;
    const words: Record<string, number> = { zwanziger: 2, dreißiger: 3, vierziger: 4, fünfziger: 5, sechziger: 6, siebziger: 7, achtziger: 8, neunziger: 9 };
    const decade = g.w ? words[g.w.toLowerCase()]! : Number(g.d);
    const century = g.c ? Number(g.c) : undefined;
    return cand(m, (ctx) => {
      let c = century;
      if (c === undefined) {
        const ref = reference(ctx);
        c = ref ? Math.floor(ref.y / 100) : 19;
        if (ref && c * 100 + decade * 10 > ref.y) c -= 1;
      }
      return date('DATE', `${pad(c)}${decade}`);
    });
  })),
  // centuries: 20. Jahrhundert, des 8. Jh. v. Chr.
  keyed(DIGIT, rule(`(?:${DET}\\s+)?(?<n>\\d{1,2})\\.\\s*(?:Jahrhunderts?|Jh\\.)(?<bc>\\s*v\\.\\s?Chr\\.)?`, (m) => {
    const g = m.groups!;
    const n = Number(g.n);
    return cand(m, () => date('DATE', g.bc ? `BC${pad(n - 1)}` : pad(n - 1)));
  })),
  // deictic days with a part of the day: heute Abend, gestern Morgen
  rule(`(?<rel>heute|gestern|vorgestern|morgen|übermorgen)\\s*(?<part>${PART})`, (m) => {
    const g = m.groups!;
    const off = { heute: 0, gestern: -1, vorgestern: -2, morgen: 1, übermorgen: 2 }[g.rel!.toLowerCase()] ?? 0;
    return cand(m, (ctx) => partOfDay(ctx, dayOffsetValue(referenceDay(ctx), off, ctx), g.part!), 1);
  }),
  // deictic days: heute, gestern, morgen (lower case: `Morgen` is the morning)
  rule(`(?<rel>heute|gestern|vorgestern|übermorgen|heutigen|gestrigen|morgigen)|(?<tm>morgen)`, (m, text) => {
    const g = m.groups!;
    if (g.tm && g.tm !== 'morgen') {
      // sentence-initial `Morgen` followed by a verb-like lower-case word means tomorrow
      const before = text.slice(Math.max(0, m.index - 3), m.index);
      if (!(/(^|[.!?"„]\s*)$/.test(before) && /^\s+\p{Ll}/u.test(text.slice(m.index + 6, m.index + 12)))) return null;
    }
    const w = (g.rel ?? g.tm!).toLowerCase();
    const off = w.startsWith('heut') ? 0 : w.startsWith('gestr') || w === 'gestern' ? -1 : w === 'vorgestern' ? -2 : w === 'übermorgen' ? 2 : 1;
    return cand(m, (ctx) => {
      if (ctx.narrative && off === 0) return date('DATE', 'PRESENT_REF');
      return date('DATE', dayOffsetValue(referenceDay(ctx), off, ctx));
    });
  }),
  // weekdays with part of day: Montagabend, Montag Abend, (vergangenen) Sonntag früh
  rule(`(?:(?<rel>${BACK}|${NEXT}|diese[nmrs]?)\\s+)?(?<wd>${WD})(?:\\s*(?<part>${PART}))?`, (m, text) => {
    const g = m.groups!;
    const wd = WEEKDAYS_DE[g.wd!.toLowerCase()]!;
    // `Morgen` after a weekday is the morning only when capitalised or glued (`Montagmorgen`)
    const dir = g.rel ? direction(g.rel) : null;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    if (/^s\b/.test(after)) return null;
    return cand(m, (ctx) => {
      const day = weekdayValue(ctx, wd, dir === null ? undefined : dir);
      if (g.part) return partOfDay(ctx, day, g.part);
      return date('DATE', day);
    });
  }),
  // am heutigen Samstag, am morgigen Sonntag
  rule(`(?<adj>heutige[nmrs]?|morgige[nmrs]?|gestrige[nmrs]?)\\s+(?<wd>${WD})`, (m) => {
    const off = /^heut/i.test(m.groups!.adj!) ? 0 : /^morg/i.test(m.groups!.adj!) ? 1 : -1;
    return cand(m, (ctx) => date('DATE', dayOffsetValue(referenceDay(ctx), off, ctx)), 1);
  }),
  // am Wochenende, übers Wochenende: the weekend around the reference day
  rule(`(?:am|übers|über\\s+das|vom|zum|ab|bis\\s+zum|an\\s+diesem)\\s+(?<span>Wochenende)`, (m) => cand(m, (ctx) => {
    const day = referenceDay(ctx);
    if (!day) return date('DATE', 'XXXX-WXX-WE');
    return date('DATE', shiftedUnitValue(day, 'WE', 0));
  })),
  // montags, sonntags: every Monday
  rule(`(?<wd>${WD})s`, (m) => {
    const g = m.groups!;
    if (/^\p{Lu}/u.test(g.wd!)) return null;
    const wd = WEEKDAYS_DE[g.wd!.toLowerCase()]!;
    return cand(m, () => date('SET', `XXXX-WXX-${wd}`));
  }, true),
  // am Abend, in der Nacht, am Nachmittag (TIME on the day in focus)
  rule(`(?:am|in\\s+der|gegen|zur|in\\s+die)\\s+(?<span>(?<part>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => {
      const day = dayForTime(ctx);
      return partOfDay(ctx, day ? formatDate(day) : null, g.part!);
    });
  }, true),
  // nachts, abends, morgens: SET-like habitual parts of the day
  rule(`(?<part>nachts|abends|morgens|vormittags|nachmittags|mittags)`, (m) => {
    const code = { nachts: 'NI', abends: 'EV', morgens: 'MO', vormittags: 'MO', nachmittags: 'AF', mittags: 'MI' }[m.groups!.part!.toLowerCase()]!;
    return cand(m, (ctx) => {
      const day = dayForTime(ctx);
      return date('TIME', (day ? formatDate(day) : 'XXXX-XX-XX') + 'T' + code);
    }, -1);
  }, true),
  // Tags zuvor, tags darauf, am Vortag, am Tag danach, am folgenden Tag, am selben Tag
  rule(`(?<span>(?:tags|Tags|am\\s+Tag|einen\\s+Tag|Am\\s+Tag)\\s+(?<w>zuvor|davor|vorher|darauf|danach|später))|(?<span2>Vortag(?:es)?|Folgetag(?:es)?)|(?:am|Am)\\s+(?<span3>(?<w3>${NEXT}|${THIS}|anderen)\\s+Tag(?:es)?)`, (m) => {
    const g = m.groups!;
    const w = (g.w ?? g.span2 ?? g.w3 ?? '').toLowerCase();
    const off = /^(zuvor|davor|vorher|vortag)/.test(w) ? -1 : /^(selb|gleich|dies)/.test(w) ? 0 : 1;
    const s = g.span !== undefined ? 'span' : g.span2 !== undefined ? 'span2' : 'span3';
    const idx = m.indices!.groups![s]!;
    const full = g.span !== undefined && /^(am|Am|einen)/.test(g.span);
    return {
      start: full ? m.index : idx[0],
      end: idx[1],
      resolve: (ctx) => {
        const base = ctx.lastDay ?? referenceDay(ctx);
        return date('DATE', dayOffsetValue(base, off, ctx));
      },
    };
  }),
  // anaphoric offsets: zwei Tage später, drei Jahre zuvor, einen Monat danach, wenig später
  keyed(UNIT_KEYS, rule(`(?<num>${NUM})\\s+(?<unit>Tage|Tag|Wochen|Woche|Monate|Monat|Jahre|Jahr)\\s+(?<w>später|zuvor|davor|danach|darauf|vorher|früher)`, (m) => {
    const g = m.groups!;
    const n = parseNumber(g.num!, 'de');
    if (Number.isNaN(n)) return null;
    const unit = unitOf(g.unit!)!;
    const sign = /^(zuvor|davor|vorher|früher)$/i.test(g.w!) ? -1 : 1;
    return cand(m, (ctx) => {
      const base = unit === 'D' || unit === 'W' ? ctx.lastDay ?? referenceDay(ctx) : anaphoricReference(ctx);
      return date('DATE', shiftedUnitValue(base, unit, sign * n));
    }, 1);
  })),
  // vor drei Tagen: KRAUTS/It-TimeML annotate the amount as a DURATION, `vor` outside
  keyed(UNIT_KEYS, rule(`vor\\s+(?<span>(?:(?:fast\\s+)?genau\\s+|(?:fast|knapp|etwa|rund|gut|über|mehr\\s+als|exakt)\\s+)?(?:(?<num>${NUM}|${VAGUE})\\s+)?(?<unit>Tagen|Tag|Wochen|Woche|Monaten|Monat|Jahren|Jahr|Jahrzehnten|Jahrzehnt|Jahrhunderten|Jahrhundert|Stunden|Stunde|Minuten))`, (m) => {
    const g = m.groups!;
    const unit = unitOf(g.unit!)!;
    const n = g.num ? parseNumber(g.num, 'de') : NaN;
    const approx = /^(fast|knapp|etwa|rund|gut|genau|exakt)/i.test(g.span!) ? 'APPROX' : /^(über|mehr)/i.test(g.span!) ? 'MORE_THAN' : undefined;
    return cand(m, () => duration(n, unit, approx), 1);
  })),
  // in the coming/past days: in den nächsten Tagen → FUTURE_REF; den vergangenen Jahren → PXY
  keyed(UNIT_KEYS, rule(`(?<span>(?<det>den|die|der)\\s+(?<rel>${BACK}|${NEXT}|kommenden|ersten|ganzen)\\s+(?:(?<num>${NUM}|${VAGUE})\\s+)?(?<unit>Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre|Jahrzehnten|Jahrzehnte|Jahrhunderten|Jahrhunderte|Stunden|Minuten))`, (m) => {
    const g = m.groups!;
    const unit = unitOf(g.unit!)!;
    const dir = direction(g.rel);
    return cand(m, () => {
      if (!g.num && dir === 1) return date('DATE', 'FUTURE_REF');
      const n = g.num ? parseNumber(g.num, 'de') : NaN;
      return duration(n, unit);
    }, 1);
  })),
  // relative units: nächstes Jahr, der vergangenen Woche, im folgenden Jahr, diesen Sommer
  keyed(UNIT_KEYS + '|' + SEASON, rule(`(?:(?<det>${DET})\\s+)?(?<rel>${BACK}|${NEXT}|${THIS})\\s+(?<unit>Jahr(?:es|s)?|Monat(?:s|es)?|Woche|Wochenende(?:s)?|Quartal(?:s)?|Halbjahr(?:es|s)?|Jahrzehnt(?:s|es)?|Jahrhundert(?:s)?|Jahrtausend(?:s)?|${SEASON})`, (m) => {
    const g = m.groups!;
    const u = g.unit!.toLowerCase();
    const unit: string = SEASONS_DE[u.replace(/s$/, '')] ?? SEASONS_DE[u] ?? unitOf(u) ?? 'Y';
    return cand(m, (ctx) => {
      if (/^(ganze|gesamte)/i.test(g.rel!)) return null;
      return date('DATE', relativeUnit(ctx, g.rel!, unit));
    }, 1);
  })),
  // Vorjahr, Vormonat, Vorwoche, Folgejahr, heuer, dieses Jahr without determiner handled above
  rule(`(?<w>Vorjahr(?:es|s)?|Vormonat(?:s)?|Vorwoche|Folgejahr(?:es|s)?|Folgemonat(?:s)?|Folgewoche|heuer|heurigen)`, (m) => {
    const w = m.groups!.w!.toLowerCase();
    const unit: Unit = w.includes('jahr') || w.startsWith('heu') ? 'Y' : w.includes('monat') ? 'M' : 'W';
    const dir = w.startsWith('vor') ? -1 : w.startsWith('folge') ? 1 : 0;
    return cand(m, (ctx) => {
      const base = dir === 1 ? anaphoricReference(ctx) : unit === 'W' ? referenceDay(ctx) : reference(ctx);
      return date('DATE', shiftedUnitValue(base, unit, dir));
    });
  }),
  // Anfang/Mitte/Ende des Jahres/Monats, Jahresende, Jahresbeginn, Monatsende
  rule(`(?<mod>Anfang|Mitte|Ende|Beginn|Ausgang)\\s+(?<w>de[sr]|dieses|diesen|dieser|nächsten|kommenden|letzten|vergangenen|folgenden)\\s+(?<unit>Jahres|Jahrs|Monats|Woche|Jahrzehnts|Jahrhunderts|Sommers|Winters|Herbstes|Frühjahrs|Frühlings)|(?<unit2>Jahres|Monats)(?<mod2>anfang|mitte|ende|beginn|wechsel)`, (m) => {
    const g = m.groups!;
    const mod = modOf(g.mod ?? g.mod2!);
    const u = (g.unit ?? g.unit2!).toLowerCase();
    const seasons: Record<string, string> = { sommers: 'SU', winters: 'WI', herbstes: 'FA', frühjahrs: 'SP', frühlings: 'SP' };
    const unit: string = seasons[u] ?? (u.startsWith('jahrzehnt') ? 'DE' : u.startsWith('jahrhundert') ? 'CE' : u.startsWith('jahr') ? 'Y' : u.startsWith('monat') ? 'M' : 'W');
    return cand(m, (ctx) => {
      const w = (g.w ?? 'des').toLowerCase();
      const dir = direction(w) ?? 0;
      const base = w === 'des' || w === 'der' || isAnaphoric(w) ? anaphoricReference(ctx) : unit === 'W' ? referenceDay(ctx) : reference(ctx);
      return date('DATE', shiftedUnitValue(base, unit, dir), mod);
    }, 1);
  }),
  // seasons: (im) Sommer (2015), Herbst 2011
  rule(`(?<s>${SEASON})(?:\\s+(?<y>\\d{4})(?<bc>\\s*v\\.\\s?Chr\\.)?|\\s+(?:des|dieses|diesen)\\s+(?:(?<rel>${BACK}|${NEXT}|${THIS})\\s+)?Jahres)?`, (m) => {
    const g = m.groups!;
    const season = SEASONS_DE[g.s!.toLowerCase()]!;
    return cand(m, (ctx) => {
      if (g.y) return date('DATE', `${formatYear(bcYear(Number(g.y), g.bc))}-${season}`);
      const ref = g.rel && isAnaphoric(g.rel) ? anaphoricReference(ctx) : reference(ctx);
      const dir = g.rel ? direction(g.rel) ?? 0 : 0;
      return date('DATE', ref ? `${formatYear(ref.y + dir)}-${season}` : `XXXX-${season}`);
    });
  }),
  // quarters and halves: im dritten Quartal (2017), das erste Halbjahr
  keyed('quartal|halbjahr|hälfte', rule(`(?:${DET}\\s+)?(?<ord>${ORD})\\s+(?<u>Quartal(?:s|es)?|Halbjahr(?:s|es)?|Jahreshälfte|Hälfte\\s+des\\s+Jahres)(?:\\s+(?<y>\\d{4}))?`, (m) => {
    const g = m.groups!;
    const o = g.ord!.toLowerCase();
    const n = /^\d/.test(o) ? Number(o.replace('.', '')) : ORDINALS_DE[o.replace(/e[nmrs]?$/, '')] ?? ORDINALS_DE[o] ?? 0;
    const half = !/quartal/i.test(g.u!);
    if (n === 0 || (half ? n > 2 : n > 4)) return null;
    return cand(m, (ctx) => {
      const y = g.y ? Number(g.y) : reference(ctx)?.y;
      const k = n < 0 ? (half ? 2 : 4) : n;
      return date('DATE', `${y === undefined ? 'XXXX' : formatYear(y)}-${half ? 'H' : 'Q'}${k}`);
    });
  })),
  // holidays: Weihnachten (2015), Ostern, Pfingsten
  rule(`(?<h>${HOLIDAY})(?:\\s+(?<y>\\d{4}))?`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => date('DATE', holidayValue(g.h!, g.y ? Number(g.y) : undefined, ctx)));
  }),
  // calendar weeks: KW 45, 45. Kalenderwoche
  keyed('kw|kalenderwoche', rule(`(?:KW|Kalenderwoche)\\s*(?<w>\\d{1,2})|(?<w2>\\d{1,2})\\.\\s*(?:KW|Kalenderwoche)`, (m) => {
    const w = Number(m.groups!.w ?? m.groups!.w2);
    if (w < 1 || w > 53) return null;
    return cand(m, (ctx) => {
      const y = reference(ctx)?.y;
      return date('DATE', `${y === undefined ? 'XXXX' : formatYear(y)}-W${pad(w)}`);
    });
  })),
  // clock-time ranges: 14-18 Uhr, 8.30-12 und 14.30-16.30 Uhr (each bound is its own TIME)
  keyed('uhr', rule(`(?:\\d{1,2}(?:[.:]\\d{2})?\\s*(?:-|–|bis|und)\\s*)+\\d{1,2}(?:[.:]\\d{2})?\\s*Uhr`, (m) => {
    const out: Candidate[] = [];
    const re = /(\d{1,2})(?:[.:](\d{2}))?(\s*Uhr)?/g;
    let t: RegExpExecArray | null;
    while ((t = re.exec(m[0]))) {
      const h = Number(t[1]);
      const min = Number(t[2] ?? 0);
      const start = m.index + t.index;
      out.push({ start, end: start + t[0].length, priority: 2, resolve: (ctx) => { const v = timeValue(ctx, h, min); return v ? date('TIME', v) : null; } });
    }
    return out.length > 1 ? out : null;
  })),
  // clock times: 20.30 Uhr, 8 Uhr, um 14.30, 20:15
  keyed('uhr', rule(`(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?\\s*Uhr(?:\\s+(?<min2>\\d{2})(?!\\d))?`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => {
      const v = timeValue(ctx, Number(g.h), Number(g.min ?? g.min2 ?? 0));
      return v ? date('TIME', v) : null;
    }, 1);
  })),
  keyed(DIGIT, rule(`(?:um|gegen|ab|bis)\\s+(?<span>(?<h>\\d{1,2})[.:](?<min>\\d{2}))(?![.,]?\\d)(?!\\s*(?:Euro|Prozent|%|Meter|Punkte|Sekunden|Minuten))`, (m) => {
    const g = m.groups!;
    return cand(m, (ctx) => {
      const v = timeValue(ctx, Number(g.h), Number(g.min));
      return v ? date('TIME', v) : null;
    });
  })),
  rule(`(?<w>Mitternacht|Mittag)`, (m) => {
    const w = m.groups!.w!.toLowerCase();
    return cand(m, (ctx) => noonOrMidnight(ctx, w === 'mitternacht'), -1);
  }, true),
  // durations: fünf Jahre, sechs Monaten, 1,5 Stunden, einige Wochen, (fast) 100 Jahre
  keyed(UNIT_KEYS, rule(`(?:(?<det>${DET})\\s+)?(?<num>${NUM}|${VAGUE})(?:\\s+(?<num2>halbe[n]?))?\\s+(?<unit>${UNIT})`, (m, text) => {
    const g = m.groups!;
    const unit = unitOf(g.unit!)!;
    let n = parseNumber(g.num!, 'de');
    if (g.num2) n += 0.5;
    // `ein Jahr` vs. a year count: numbers with 4 digits are years, not amounts
    if (/^\d{4}$/.test(g.num!)) return null;
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // ages (`der 55-jährige Luigi`) are not temporal expressions; counts like `ab 16 Jahren` neither
    if (/(?:ab|mit|von|bis\s+zu)\s+$/i.test(before) && /^\s*(?:alt|alte|[,.;)]|und|an|aufwärts|nötig)/.test(after) && unit === 'Y') return null;
    return cand(m, () => duration(n, unit));
  })),
  // bare plural durations after seit/über/für: seit Monaten, seit Jahren, jahrelang
  keyed(UNIT_KEYS, rule(`(?:seit|über|für|nach|vor|in|seit\\s+vielen|seit\\s+langen|seit\\s+einigen)\\s+(?<span>(?<unit>Jahren|Monaten|Wochen|Tagen|Stunden|Jahrzehnten|Jahrhunderten))`, (m) => {
    const g = m.groups!;
    const unit = unitOf(g.unit!)!;
    if (/^(vor|nach|in)\s/i.test(m[0])) return null;
    return cand(m, () => duration(NaN, unit), -1);
  })),
  rule(`(?<u>jahre|jahrzehnte|jahrhunderte|monate|wochen|tage|stunden|minuten)lang(?:e[nmrs]?)?`, (m) => {
    const u = m.groups!.u!.toLowerCase();
    const unit = unitOf(u) ?? 'Y';
    return cand(m, () => duration(NaN, unit));
  }),
  // adjectives: zweitägige, 100-jähriges, dreimonatigen
  keyed('jährig|tägig|wöchig|monatig|stündig|minütig', rule(`(?<num>\\d+|${NUMBER_WORDS_DE})-?(?<adj>jährig|tägig|wöchig|monatig|stündig|minütig)(?:e[nmrs]?)?`, (m, text) => {
    const g = m.groups!;
    const n = parseNumber(g.num!, 'de');
    if (Number.isNaN(n)) return null;
    const unit: Unit = { jährig: 'Y', tägig: 'D', wöchig: 'W', monatig: 'M', stündig: 'H', minütig: 'MIN' }[g.adj!.toLowerCase()] as Unit;
    if (unit === 'Y' && isAge(m, text)) return null;
    return cand(m, () => duration(n, unit));
  })),
  // SET: täglich, jährlich, jeden Tag, einmal im Jahr, alle zwei Jahre
  rule(`(?<adv>täglich|wöchentlich|monatlich|jährlich|alljährlich|stündlich|vierteljährlich|halbjährlich|tägliche[nmrs]?|wöchentliche[nmrs]?|monatliche[nmrs]?|jährliche[nmrs]?|alljährliche[nmrs]?)`, (m) => {
    const w = m.groups!.adv!.toLowerCase();
    const value = w.startsWith('täg') ? 'P1D' : w.startsWith('wöch') ? 'P1W' : w.startsWith('monat') ? 'P1M' : w.startsWith('stünd') ? 'PT1H' : w.startsWith('viertel') ? 'P3M' : w.startsWith('halb') ? 'P6M' : 'P1Y';
    return cand(m, () => date('SET', value));
  }),
  keyed('jede|alle', rule(`(?:jede[nmrs]?|alle)\\s+(?:(?<num>${NUM})\\s+)?(?<unit>Tag|Tage|Woche|Wochen|Monat|Monate|Jahr|Jahre|Stunde|Stunden|Minuten|Wochenende|${WD})`, (m) => {
    const g = m.groups!;
    const wd = WEEKDAYS_DE[g.unit!.toLowerCase()];
    const n = g.num ? parseNumber(g.num, 'de') : 1;
    return cand(m, () => recurrence(wd, unitOf(g.unit!), n));
  })),
  rule(`jede[nmrs]?\\s+(?:${ORD})\\s+(?:${WD})\\s+(?:im|des)\\s+Monats?`, (m) => cand(m, () => date('SET', 'P1M'), 2)),
  keyed('mal', rule(`(?:einmal|zweimal|dreimal|mehrmals|\\d+-mal|\\d+\\s+mal)\\s+(?:im|pro|in\\s+der|die|am|je)\\s+(?<unit>Jahr|Monat|Woche|Tag|Stunde)`, (m) => {
    const unit = unitOf(m.groups!.unit!)!;
    return cand(m, () => date('SET', duration(1, unit).value));
  })),
  // deictic references without a calendar value
  rule(`(?<w>(?<=in\\s)diesen\\s+Tagen|jetzt|derzeit|zurzeit|zur\\s+Zeit|gegenwärtig|momentan|im\\s+Moment|heutzutage|nun|mittlerweile|inzwischen|aktuell|bislang|bisher)`, (m, text) => {
    const w = m.groups!.w!.toLowerCase();
    // `nun` and `aktuell` are often particles/adjectives: only as adverbs before a verb or at a clause start
    if (/^(mittlerweile|inzwischen|bislang|bisher|nun|aktuell)$/.test(w)) return null;
    return cand(m, () => date('DATE', 'PRESENT_REF'));
  }),
  rule(`(?<w>damals|früher|einst|einstige[nmrs]?|kürzlich|jüngst|neulich|vor\\s+kurzem|vor\\s+Kurzem|in\\s+letzter\\s+Zeit|in\\s+der\\s+Vergangenheit|ehemalige[nmrs]?|(?<=in\\s)(?:dieser|jener|der\\s+vergangenen|früheren)\\s+Zeit(?:en)?)`, (m) => {
    const w = m.groups!.w!.toLowerCase();
    if (/^(ehemalig|einstig)/.test(w)) return null;
    return cand(m, () => date('DATE', 'PAST_REF'));
  }),
  rule(`(?<w>bald|demnächst|in\\s+Zukunft|in\\s+naher\\s+Zukunft|in\\s+Kürze|später)`, (m) => {
    const w = m.groups!.w!.toLowerCase();
    if (w === 'später') return null;
    return cand(m, () => date('DATE', 'FUTURE_REF'));
  }),
];

// nouns after `N-jährig` that make it a span of time rather than someone's age
const SPAN_NOUNS = /^\s+(?:Jubiläum|Jubiläums|Bestehen|Bestehens|Geschichte|Tradition|Krieg|Krieges|Herrschaft|Amtszeit|Pause|Laufzeit|Frist|Zeit|Dienst|Zugehörigkeit|Mitgliedschaft|Haft|Haftstrafe|Freiheitsstrafe|Gefängnisstrafe|Programm|Plan|Vertrag|Studie|Entwicklung|Regierung|Abwesenheit|Tätigkeit|Karriere|Ehe|Partnerschaft|Zusammenarbeit|Bauzeit|Vorlauf|Verhandlungen|Übergangsfrist|Moratorium|Bürgerkrieg|Besatzung|Diktatur|Existenz)\b/u;

function isAge(m: RegExpExecArray, text: string): boolean {
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
  if (/^\p{Lu}/u.test(m[0].replace(/^\d+-?/, '')) && /-/.test(m[0])) return true; // `die 44-Jährige`
  return !SPAN_NOUNS.test(after);
}

function modOf(word: string): string | undefined {
  const w = word.toLowerCase();
  if (/^(anfang|beginn|anfangs|start)/.test(w)) return 'START';
  if (/^mitte/.test(w)) return 'MID';
  if (/^(ende|ausgang)/.test(w)) return 'END';
  if (/^(wechsel)/.test(w)) return undefined;
  return undefined;
}

/** `Anfang 2017`, `Ende der 90er Jahre`, `fast 100 Jahre`: widen and set mod. */
export const WIDENERS_DE: Widener[] = [
  {
    re: /(?<![\p{L}])(?:Anfang|Anfangs|Mitte|Ende|Beginn|Ausgang)\s+(?:de[sr]\s+)?$/iu,
    applies: (r) => r.type === 'DATE' && /^(BC)?\d/.test(r.value) && !r.mod,
    mod: (s) => modOf(s.trim()),
  },
  {
    re: /(?<![\p{L}])(?:fast|knapp|etwa|rund|gut|über|mehr\s+als|weniger\s+als|mindestens|höchstens|nahezu|beinahe|ungefähr|circa|ca\.|zirka)\s+$/iu,
    applies: (r) => r.type === 'DURATION',
    mod: (s) => {
      const w = s.trim().toLowerCase();
      if (/^(über|mehr)/.test(w)) return 'MORE_THAN';
      if (/^(weniger|knapp|fast|nahezu|beinahe|höchstens)/.test(w)) return w === 'höchstens' ? 'EQUAL_OR_LESS' : 'LESS_THAN';
      if (w === 'mindestens') return 'EQUAL_OR_MORE';
      return 'APPROX';
    },
  },
];
