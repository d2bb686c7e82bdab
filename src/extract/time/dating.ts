/**
 * Article dating for undated articles: a dateline (`BERLIN, 5. Sept. (dpa) –`,
 * `WASHINGTON, March 3 (Reuters) -`, `Berlin, 12.03.2018`) first, then an estimate from the
 * absolute dates the text mentions. Texts without any absolute date stay undated.
 */
import type { ArticleDate, Timex } from '../../types.js';
import { formatDate, isValidDay, parseDateValue, type DateParts } from './calendar.js';
import { alternation, MONTHS_DE, MONTHS_EN } from './lexicon.js';
import { guessLanguage } from './language.js';
import { tagTimexes } from './tagger.js';
import { futureBounded } from './future.js';
import { splitSentences } from '../../text/sentences.js';

const MONTH_DE = alternation(Object.keys(MONTHS_DE));
const MONTH_EN = alternation(Object.keys(MONTHS_EN));
const PLACE = `\\p{Lu}[\\p{L}.'’ /-]{1,40}?`;
const AGENCY = `\\((?<agency>[^()\\n]{1,30})\\)`;
const DASH = `\\s*[-–—:]`;

// A dateline sits at the very start of the body (after an optional heading line).
const DATELINES: RegExp[] = [
  // BERLIN, 5. Sept. (dpa) –   /   Berlin, 5. September 2016 (dpa) -
  new RegExp(`^(?<place>${PLACE}),?\\s+(?<d>\\d{1,2})\\.\\s*(?<mon>${MONTH_DE})\\.?(?:\\s+(?<y>\\d{4}))?\\s*(?:${AGENCY})?${DASH}`, 'iu'),
  // WASHINGTON, Sept. 5, 2016 (Reuters) -   /   WASHINGTON, March 3 (Reuters) -
  new RegExp(`^(?<place>${PLACE}),?\\s+(?<mon>${MONTH_EN})\\.?\\s+(?<d>\\d{1,2})(?:,\\s*(?<y>\\d{4}))?\\s*(?:${AGENCY})?${DASH}`, 'iu'),
  // LONDON, 5 March 2018 -
  new RegExp(`^(?<place>${PLACE}),?\\s+(?<d>\\d{1,2})\\s+(?<mon>${MONTH_EN})\\.?(?:\\s+(?<y>\\d{4}))?\\s*(?:${AGENCY})?${DASH}`, 'iu'),
  // Berlin, 12.03.2018   /   Berlin, den 12.03.2018
  new RegExp(`^(?<place>${PLACE}),?\\s+(?:den\\s+)?(?<d>\\d{1,2})\\.(?<m>\\d{1,2})\\.(?<y>\\d{4})(?!\\d)`, 'u'),
  // WASHINGTON (Reuters) - … with an ISO date nearby: 2018-03-12
  new RegExp(`^(?<place>${PLACE})\\s*${AGENCY}\\s*,?\\s*(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})`, 'u'),
];

interface Dateline {
  y?: number;
  m: number;
  d: number;
  /** Offset in the text where the dateline ends. */
  end: number;
}

/** The date a dateline at the start of the text gives (year may be missing). */
export function parseDateline(text: string): Dateline | null {
  const lead = text.length - text.replace(/^\s+/, '').length;
  const firstBreak = text.indexOf('\n', lead);
  const second = firstBreak < 0 ? -1 : text.length - text.slice(firstBreak).replace(/^\s+/, '').length;
  // try the first line, then the line after a heading
  for (const offset of second >= 0 ? [lead, second] : [lead]) {
    const head = text.slice(offset, offset + 200);
    for (const re of DATELINES) {
      const m = re.exec(head);
      if (!m?.groups) continue;
      const g = m.groups;
      const mon = g.m ? Number(g.m) : MONTHS_DE[g.mon!.toLowerCase()] ?? MONTHS_DE[g.mon!.toLowerCase() + '.'] ?? MONTHS_EN[g.mon!.toLowerCase()] ?? MONTHS_EN[g.mon!.toLowerCase() + '.'] ?? 0;
      const d = Number(g.d);
      if (mon < 1 || mon > 12 || d < 1 || d > 31) continue;
      const out: Dateline = { m: mon, d, end: offset + m.index + m[0].length };
      if (g.y) out.y = Number(g.y);
      return out;
    }
  }
  return null;
}

const ABSOLUTE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Absolute dates (with a year) among the timexes, in text order, leaving out future-bounded
 * ones (`bis 2030`, `by 2030`): a deadline tells nothing about when the text was written.
 */
function absoluteDates(timexes: Timex[], future: boolean[]): Array<{ parts: DateParts; start: number }> {
  const out: Array<{ parts: DateParts; start: number }> = [];
  for (const [i, t] of timexes.entries()) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    if (future[i]) continue;
    const v = t.value.split('T')[0]!;
    if (!ABSOLUTE.test(v)) continue;
    const p = parseDateValue(v);
    if (p && p.y >= 1900 && p.y <= 2100) out.push({ parts: p, start: t.start });
  }
  return out;
}

function later(a: DateParts, b: DateParts): boolean {
  return (a.y - b.y || (a.m ?? 0) - (b.m ?? 0) || (a.d ?? 0) - (b.d ?? 0)) > 0;
}

/**
 * Estimates when an undated article was written: from a dateline, else from the latest
 * absolute date in the text (precision lowered unless it stands in the lead). Null when the
 * text names no absolute date.
 */
export function estimateArticleDate(text: string, lang: string): ArticleDate | null {
  if (!text || !text.trim()) return null;
  const language = lang === 'de' || lang === 'en' ? lang : guessLanguage(text);
  const body = text.length > 200000 ? text.slice(0, 200000) : text;
  const sentences = splitSentences(body);
  const timexes = tagTimexes(body, { lang: language, anchor: null, sentences });
  const dates = absoluteDates(timexes, futureBounded(body, timexes, language, sentences));
  const dateline = parseDateline(text);
  if (dateline) {
    if (dateline.y !== undefined && isValidDay(dateline.y, dateline.m, dateline.d)) {
      return { value: formatDate({ y: dateline.y, m: dateline.m, d: dateline.d }), precision: 'day', source: 'dateline', estimated: true, confidence: 0.9 };
    }
    // no year in the dateline: take the latest past or present year the text names, if any;
    // with none, the article stays undated rather than getting an invented year
    const years = dates.map((d) => d.parts.y);
    if (years.length) {
      const y = Math.max(...years);
      if (isValidDay(y, dateline.m, dateline.d)) {
        return { value: formatDate({ y, m: dateline.m, d: dateline.d }), precision: 'day', source: 'dateline', estimated: true, confidence: 0.6 };
      }
    }
  }
  if (!dates.length) return null;
  const leadEnd = leadLength(text);
  const best = (pred: (p: DateParts) => boolean) => {
    let pick: { parts: DateParts; start: number } | null = null;
    for (const d of dates) if (pred(d.parts) && (!pick || later(d.parts, pick.parts))) pick = d;
    return pick;
  };
  const day = best((p) => p.d !== undefined);
  if (day) {
    const inLead = day.start < leadEnd;
    const p = day.parts;
    return inLead
      ? { value: formatDate(p), precision: 'day', source: 'text', estimated: true, confidence: 0.5 }
      : { value: formatDate({ y: p.y, m: p.m }), precision: 'month', source: 'text', estimated: true, confidence: 0.4 };
  }
  const month = best((p) => p.m !== undefined);
  if (month) return { value: formatDate({ y: month.parts.y, m: month.parts.m }), precision: 'month', source: 'text', estimated: true, confidence: 0.35 };
  const year = best(() => true)!;
  return { value: formatDate({ y: year.parts.y }), precision: 'year', source: 'text', estimated: true, confidence: 0.25 };
}

/** End offset of the first two sentences (the lead), roughly. */
function leadLength(text: string): number {
  const re = /[.!?](?:\s|$)/g;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) if (++count === 2) return m.index + 1;
  return text.length;
}
