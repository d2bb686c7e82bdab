/**
 * Word lists for temporal expressions in German and English: months, weekdays, number
 * words, ordinals, units, parts of day, seasons. Each list is a map from the lower-cased
 * form to its meaning; `alternation` turns a map into a regex alternation (longest first).
 */

export type Unit = 'Y' | 'M' | 'W' | 'D' | 'H' | 'MIN' | 'S' | 'DE' | 'CE' | 'Q' | 'HY' | 'WE' | 'ML';

export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

export const MONTHS_DE: Record<string, number> = {
  januar: 1, jänner: 1, jaenner: 1, jan: 1, 'jan.': 1, februar: 2, feber: 2, feb: 2, 'feb.': 2, 'febr.': 2,
  märz: 3, maerz: 3, 'mär.': 3, 'mrz.': 3, april: 4, 'apr.': 4, mai: 5, juni: 6, 'jun.': 6, juli: 7, 'jul.': 7,
  august: 8, 'aug.': 8, september: 9, 'sep.': 9, 'sept.': 9, oktober: 10, 'okt.': 10, november: 11, 'nov.': 11,
  dezember: 12, 'dez.': 12,
};

export const MONTHS_EN: Record<string, number> = {
  january: 1, 'jan.': 1, february: 2, 'feb.': 2, feb: 2, march: 3, 'mar.': 3, april: 4, 'apr.': 4,
  may: 5, june: 6, 'jun.': 6, july: 7, 'jul.': 7, august: 8, 'aug.': 8, aug: 8, september: 9, 'sep.': 9,
  'sept.': 9, sept: 9, october: 10, 'oct.': 10, oct: 10, november: 11, 'nov.': 11, nov: 11, december: 12,
  'dec.': 12, dec: 12,
};

export const WEEKDAYS_DE: Record<string, number> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
};

export const WEEKDAYS_EN: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  'mon.': 1, 'tue.': 2, 'tues.': 2, 'wed.': 3, 'thu.': 4, 'thur.': 4, 'thurs.': 4, 'fri.': 5, 'sat.': 6, 'sun.': 7,
};

/** Parts of the day and their TIMEX3 codes. */
export const DAYPARTS_DE: Record<string, string> = {
  morgen: 'MO', früh: 'MO', vormittag: 'MO', mittag: 'MI', nachmittag: 'AF', abend: 'EV', nacht: 'NI',
};
export const DAYPARTS_EN: Record<string, string> = {
  morning: 'MO', noon: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI',
};

export const SEASONS_DE: Record<string, string> = {
  frühling: 'SP', frühjahr: 'SP', sommer: 'SU', herbst: 'FA', winter: 'WI',
};
export const SEASONS_EN: Record<string, string> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

const NUMBERS_DE: Record<string, number> = {
  ein: 1, eins: 1, eine: 1, einem: 1, einen: 1, einer: 1, eines: 1, zwei: 2, zwo: 2, beiden: 2, beide: 2,
  drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
  dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80,
  neunzig: 90, hundert: 100, einhundert: 100, tausend: 1000, anderthalb: 1.5, eineinhalb: 1.5,
  zweieinhalb: 2.5, dreieinhalb: 3.5, halb: 0.5, halbe: 0.5, halben: 0.5, halbes: 0.5,
};
const UNITS_DE = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const TENS_DE = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

const NUMBERS_EN: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100, 'a half': 0.5, half: 0.5, 'one and a half': 1.5,
  'a dozen': 12, dozen: 12, 'a couple of': 2, 'couple of': 2,
};
const UNITS_EN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TENS_EN = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Vague quantities: a duration of them is `PX…`. */
export const VAGUE_DE = ['einige', 'einigen', 'einiger', 'mehrere', 'mehreren', 'wenige', 'wenigen', 'etliche', 'etlichen', 'viele', 'vielen', 'paar', 'ein paar', 'einigen wenigen'];
export const VAGUE_EN = ['several', 'a few', 'few', 'some', 'many', 'a couple of', 'couple of', 'numerous'];

export const NUMBER_WORDS_DE: string = alternation([
  ...Object.keys(NUMBERS_DE),
  ...UNITS_DE.flatMap((u) => TENS_DE.map((t) => `${u}und${t}`)),
]);
export const NUMBER_WORDS_EN: string = alternation([
  ...Object.keys(NUMBERS_EN),
  ...UNITS_EN.flatMap((u) => TENS_EN.flatMap((t) => [`${t}-${u}`, `${t} ${u}`])),
]);

/** A German or English number (digits with `,`/`.` decimals, or words); NaN for vague words. */
export function parseNumber(word: string, lang: 'de' | 'en'): number {
  const w = word.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(?:[.,]\d+)?$/.test(w)) return Number(w.replace(',', '.'));
  const table = lang === 'de' ? NUMBERS_DE : NUMBERS_EN;
  const direct = table[w];
  if (direct !== undefined) return direct;
  if (lang === 'de') {
    const m = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\p{L}+)$/u.exec(w);
    if (m) return (NUMBERS_DE[m[1]!] ?? NaN) + (NUMBERS_DE[m[2]!] ?? NaN);
  } else {
    const m = /^(\p{L}+)[- ](\p{L}+)$/u.exec(w);
    if (m) return (NUMBERS_EN[m[1]!] ?? NaN) + (NUMBERS_EN[m[2]!] ?? NaN);
  }
  return NaN;
}

export const ORDINALS_DE: Record<string, number> = {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9,
  zehnt: 10, elft: 11, zwölft: 12, letzt: -1,
};
export const ORDINALS_EN: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, last: -1, final: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** Unit nouns (all inflections) → unit. */
export const UNITS_DE_MAP: Record<string, Unit> = {
  jahr: 'Y', jahre: 'Y', jahren: 'Y', jahres: 'Y', jahrs: 'Y',
  monat: 'M', monate: 'M', monaten: 'M', monats: 'M', monates: 'M',
  woche: 'W', wochen: 'W',
  tag: 'D', tage: 'D', tagen: 'D', tages: 'D', tags: 'D',
  stunde: 'H', stunden: 'H', minute: 'MIN', minuten: 'MIN', sekunde: 'S', sekunden: 'S',
  jahrzehnt: 'DE', jahrzehnte: 'DE', jahrzehnten: 'DE', jahrzehnts: 'DE', jahrzehntes: 'DE',
  jahrhundert: 'CE', jahrhunderte: 'CE', jahrhunderten: 'CE', jahrhunderts: 'CE',
  jahrtausend: 'ML', jahrtausende: 'ML', jahrtausenden: 'ML', jahrtausends: 'ML',
  quartal: 'Q', quartale: 'Q', quartalen: 'Q', quartals: 'Q', halbjahr: 'HY', halbjahres: 'HY', halbjahrs: 'HY',
  wochenende: 'WE', wochenendes: 'WE', wochenenden: 'WE',
};
export const UNITS_EN_MAP: Record<string, Unit> = {
  year: 'Y', years: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W', day: 'D', days: 'D',
  hour: 'H', hours: 'H', minute: 'MIN', minutes: 'MIN', second: 'S', seconds: 'S',
  decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE', millennium: 'ML', millennia: 'ML',
  quarter: 'Q', quarters: 'Q', weekend: 'WE', weekends: 'WE',
};

/** German stems for adjectives like `zweitägig`, `100-jährig`, `monatelang`. */
export const ADJ_UNITS_DE: Record<string, Unit> = {
  jährig: 'Y', tägig: 'D', wöchig: 'W', monatig: 'M', stündig: 'H', minütig: 'MIN', jährlich: 'Y',
};

/** A duration value: `P5Y`, `PT3H`, `PXM`, `P1.5Y`. */
export function durationValue(n: number, unit: Unit): string {
  const amount = Number.isNaN(n) ? 'X' : String(Math.round(n * 100) / 100);
  switch (unit) {
    case 'H':
      return `PT${amount}H`;
    case 'MIN':
      return `PT${amount}M`;
    case 'S':
      return `PT${amount}S`;
    case 'Q':
      return Number.isNaN(n) ? 'PXQ' : `P${n * 3}M`;
    case 'HY':
      return Number.isNaN(n) ? 'PXM' : `P${n * 6}M`;
    case 'WE':
      return `P${amount}WE`;
    case 'ML':
      return Number.isNaN(n) ? 'PXML' : `P${n * 1000}Y`;
    default:
      return `P${amount}${unit}`;
  }
}

/** Fixed-date holidays (month, day). Easter-relative ones are offsets in days. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  weihnachten: [12, 25], weihnachtstag: [12, 25], heiligabend: [12, 24], 'heiligen abend': [12, 24],
  silvester: [12, 31], neujahr: [1, 1], neujahrstag: [1, 1], allerheiligen: [11, 1], allerseelen: [11, 2],
  'mariä himmelfahrt': [8, 15], 'maria himmelfahrt': [8, 15], 'tag der arbeit': [5, 1],
  'tag der deutschen einheit': [10, 3], nikolaus: [12, 6], nikolaustag: [12, 6], valentinstag: [2, 14],
  dreikönigstag: [1, 6], 'heilige drei könige': [1, 6],
  christmas: [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1],
  "new year's eve": [12, 31], "new year's": [1, 1], halloween: [10, 31], "valentine's day": [2, 14],
  'independence day': [7, 4], 'veterans day': [11, 11], 'armistice day': [11, 11],
};
export const EASTER_HOLIDAYS: Record<string, number> = {
  ostern: 0, ostersonntag: 0, ostermontag: 1, karfreitag: -2, gründonnerstag: -3, pfingsten: 49,
  pfingstsonntag: 49, pfingstmontag: 50, 'christi himmelfahrt': 39, fronleichnam: 60, aschermittwoch: -46,
  rosenmontag: -48, easter: 0, 'easter sunday': 0, 'easter monday': 1, 'good friday': -2, 'ash wednesday': -46,
  pentecost: 49,
};
/** Holidays on the n-th weekday of a month: [month, weekday, n]. */
export const NTH_WEEKDAY_HOLIDAYS: Record<string, [number, number, number]> = {
  thanksgiving: [11, 4, 4], 'thanksgiving day': [11, 4, 4], 'labor day': [9, 1, 1], 'memorial day': [5, 1, -1],
  muttertag: [5, 7, 2], "mother's day": [5, 7, 2], "father's day": [6, 7, 3], 'martin luther king day': [1, 1, 3],
  "presidents' day": [2, 1, 3], 'columbus day': [10, 1, 2],
};

/**
 * English TIMEX3 style for fractions: whole units plus the rest in the next smaller unit
 * (`2 1/2 years` → `P2Y6M`, `5 1/2 hours` → `PT5H30M`); German gold keeps decimals (`P1.5Y`).
 */
export function mixedDurationValue(n: number, unit: Unit): string {
  if (Number.isNaN(n) || n % 1 === 0) return durationValue(n, unit);
  const whole = Math.floor(n);
  const rest = n - whole;
  const part = (x: number, u: string) => (x > 0 ? `${Math.round(x * 100) / 100}${u}` : '');
  switch (unit) {
    case 'Y':
      return `P${part(whole, 'Y')}${part(rest * 12, 'M')}`;
    case 'D':
      return `P${part(whole, 'D')}T${part(rest * 24, 'H')}`;
    case 'H':
      return `PT${part(whole, 'H')}${part(rest * 60, 'M')}`;
    case 'MIN':
      return `PT${part(whole, 'M')}${part(rest * 60, 'S')}`;
    default:
      return durationValue(n, unit);
  }
}
