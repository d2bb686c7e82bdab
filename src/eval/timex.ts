/**
 * `chronik eval timex`: TempEval-3-style scoring of Chronik's temporal tagger against
 * TimeML (`.tml`: KRAUTS, TempEval-3) and TIMEX2 (`*.key.xml`: WikiWarsDE) gold files.
 * Chronik runs on the raw text with the gold document date (news) or no anchor (narratives);
 * the HeidelTime output shipped with KRAUTS (`*_Heideltime` folders) is scored as `baseline`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tagTimexes } from '../extract/time/index.js';
import { guessLanguage } from '../extract/time/language.js';
import { prf, type EvalOptions, type Progress } from './types.js';

export interface GoldTimex {
  start: number;
  end: number;
  type: string | null;
  value: string | null;
}

export interface GoldDoc {
  path: string;
  text: string;
  /** Document creation time (TimeML DCT), null for narratives. */
  dct: string | null;
  narrative: boolean;
  timexes: GoldTimex[];
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITY[e] ?? all;
  });
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attrs);
  return m ? unescape(m[1]!) : null;
}

/**
 * Strips the markup inside `<TEXT>` and records the spans of the inline timex elements
 * (`TIMEX3` with `value`, or `TIMEX2` with `val`); empty (non-consuming) ones are skipped.
 */
export function parseInline(xml: string, tag: 'TIMEX3' | 'TIMEX2'): { text: string; timexes: GoldTimex[] } {
  const open = xml.indexOf('<TEXT>');
  const close = xml.lastIndexOf('</TEXT>');
  const body = open >= 0 ? xml.slice(open + 6, close > open ? close : undefined) : xml;
  let text = '';
  const timexes: GoldTimex[] = [];
  const stack: Array<{ start: number; attrs: string } | null> = [];
  const re = /<(\/?)([A-Za-z0-9_]+)([^>]*?)(\/?)>|([^<]+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    if (m[5] !== undefined) {
      text += unescape(m[5]);
      continue;
    }
    const [, closing, name, attrs, selfClosing] = m;
    if (name !== tag || selfClosing) continue;
    if (!closing) {
      stack.push({ start: text.length, attrs: attrs! });
      continue;
    }
    const top = stack.pop();
    if (!top || text.length === top.start) continue;
    timexes.push({
      start: top.start,
      end: text.length,
      type: attr(top.attrs, 'type'),
      value: tag === 'TIMEX3' ? attr(top.attrs, 'value') : attr(top.attrs, 'val'),
    });
  }
  timexes.sort((a, b) => a.start - b.start);
  return { text, timexes };
}

/** Reads one gold file: TimeML (`.tml`) or TIMEX2 inline keys (`.key.xml`, `.sgm` with TIMEX2). */
export function readGoldFile(path: string): GoldDoc {
  const xml = readFileSync(path, 'utf8');
  const timex2 = /<TIMEX2\b/.test(xml) && !/<TIMEX3\b/.test(xml);
  if (timex2) {
    const { text, timexes } = parseInline(xml, 'TIMEX2');
    return { path, text, dct: null, narrative: true, timexes };
  }
  const dctMatch = /<DCT>\s*<TIMEX3([^>]*)>/.exec(xml);
  const dct = dctMatch ? attr(dctMatch[1]!, 'value') : null;
  const { text, timexes } = parseInline(xml, 'TIMEX3');
  return { path, text, dct, narrative: false, timexes };
}

function isGoldFile(path: string): boolean {
  const dir = basename(dirname(path));
  if (/_raw-text$|_Heideltime$/i.test(dir)) return false;
  return /\.tml$/i.test(path) || /\.key\.xml$/i.test(path);
}

/** Every gold file under a folder (recursively), or the file itself. */
export function goldFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      const st = statSync(p);
      if (st.isDirectory()) {
        if (!/_raw-text$|_Heideltime$/i.test(name) && name !== 'in' && name !== 'key') walk(p);
      } else if (isGoldFile(p)) out.push(p);
    }
  };
  walk(path);
  return out;
}

/** The HeidelTime output for a KRAUTS gold file (`X/f.tml` → `X_Heideltime/f.tml`), if shipped. */
function baselineFile(goldPath: string): string | null {
  const dir = dirname(goldPath);
  const p = join(dirname(dir), basename(dir) + '_Heideltime', basename(goldPath));
  return existsSync(p) ? p : null;
}

/** Comparable TIMEX values: `T20.30` → `T20:30`, `T8:30` → `T08:30`, seconds `:00` dropped. */
export function normaliseValue(v: string | null): string {
  if (!v) return '';
  let s = v.trim().toUpperCase();
  s = s.replace(/T(\d{1,2})[.:](\d{2})/, (_a, h: string, mi: string) => `T${h.padStart(2, '0')}:${mi}`);
  s = s.replace(/T(\d{1,2})$/, (_a, h: string) => `T${h.padStart(2, '0')}:00`);
  s = s.replace(/(T\d{2}:\d{2}):00$/, '$1');
  // `2000-W7` → `2000-W07`; trailing unknown parts carry no information: `198X` → `198`, `1998-XX-XX` → `1998`
  s = s.replace(/-W(\d)(?!\d)/, '-W0$1');
  s = s.replace(/^(\d{3})X$/, '$1');
  s = s.replace(/^((?:BC)?\d{4})(?:-XX)+$/, '$1');
  return s;
}

interface Span {
  start: number;
  end: number;
  type: string | null;
  value: string | null;
}

export interface Counts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  type: number;
  value: number;
}

const zero = (): Counts => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, type: 0, value: 0 });

function add(a: Counts, b: Counts): void {
  a.gold += b.gold;
  a.predicted += b.predicted;
  a.strict += b.strict;
  a.relaxed += b.relaxed;
  a.type += b.type;
  a.value += b.value;
}

/** One-to-one matching by overlap (largest overlap first), TempEval-3 style. */
export function score(gold: Span[], predicted: Span[], hasTypes: boolean): Counts {
  const c = zero();
  c.gold = gold.length;
  c.predicted = predicted.length;
  const pairs: Array<[number, number, number]> = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < predicted.length; j++) {
      const g = gold[i]!;
      const p = predicted[j]!;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      if (overlap > 0) pairs.push([overlap, i, j]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    const g = gold[i]!;
    const p = predicted[j]!;
    c.relaxed++;
    if (g.start === p.start && g.end === p.end) c.strict++;
    if (hasTypes && g.type && p.type && g.type.toUpperCase() === p.type.toUpperCase()) c.type++;
    if (normaliseValue(g.value) === normaliseValue(p.value) && g.value) c.value++;
  }
  return c;
}

function metrics(c: Counts, hasTypes: boolean) {
  const strict = prf(c.strict, c.predicted, c.gold);
  const relaxed = prf(c.relaxed, c.predicted, c.gold);
  return {
    strict,
    relaxed,
    type: hasTypes ? prf(c.type, c.predicted, c.gold) : null,
    value: prf(c.value, c.predicted, c.gold),
    counts: c,
  };
}

function languageFor(doc: GoldDoc, options: EvalOptions): 'de' | 'en' {
  if (options.lang === 'de' || options.lang === 'en') return options.lang;
  const p = doc.path.toLowerCase();
  if (/krauts|wikiwars/.test(p)) return 'de';
  if (/tempeval|timebank|aquaint|tbaq|te3/.test(p)) return 'en';
  return guessLanguage(doc.text);
}

export async function evaluate(options: EvalOptions, progress: Progress): Promise<Record<string, unknown>> {
  let files = goldFiles(options.gold);
  if (options.limit) files = files.slice(0, options.limit);
  const total = zero();
  const base = zero();
  const subsets = new Map<string, { system: Counts; baseline: Counts | null }>();
  let hasTypes = true;
  let baselineDocs = 0;
  let taggingMs = 0;
  let chars = 0;
  // one untimed run first, so the speed figure is not the JIT's warm-up
  if (files[0]) {
    const first = readGoldFile(files[0]);
    tagTimexes(first.text, { lang: languageFor(first, options), anchor: first.dct, narrative: first.narrative });
  }
  for (const [i, path] of files.entries()) {
    const doc = readGoldFile(path);
    if (doc.narrative) hasTypes = false;
    const lang = languageFor(doc, options);
    const t0 = performance.now();
    const predicted = tagTimexes(doc.text, { lang, anchor: doc.narrative ? null : doc.dct, narrative: doc.narrative });
    taggingMs += performance.now() - t0;
    chars += doc.text.length;
    const c = score(doc.timexes, predicted, !doc.narrative);
    add(total, c);
    const subset = basename(dirname(path));
    const entry = subsets.get(subset) ?? { system: zero(), baseline: null };
    add(entry.system, c);
    const bpath = doc.narrative ? null : baselineFile(path);
    if (bpath) {
      const bdoc = readGoldFile(bpath);
      // HeidelTime's files carry the same text; its TIMEX3s are the system spans
      const bc = bdoc.text === doc.text ? score(doc.timexes, bdoc.timexes, true) : { ...zero(), gold: doc.timexes.length };
      add(base, bc);
      entry.baseline ??= zero();
      add(entry.baseline, bc);
      baselineDocs++;
    }
    subsets.set(subset, entry);
    if ((i + 1) % 25 === 0) progress(`timex: ${i + 1}/${files.length} documents`);
  }
  const result: Record<string, unknown> = {
    task: 'timex',
    documents: files.length,
    ...metrics(total, hasTypes),
  };
  if (baselineDocs) result.baseline = { name: 'HeidelTime (shipped output)', documents: baselineDocs, ...metrics(base, true) };
  if (subsets.size > 1) {
    result.subsets = Object.fromEntries(
      [...subsets].map(([name, e]) => [name, { system: metrics(e.system, hasTypes), ...(e.baseline ? { baseline: metrics(e.baseline, true) } : {}) }]),
    );
  }
  const seconds = taggingMs / 1000;
  result.speed = {
    seconds: Math.round(seconds * 1000) / 1000,
    timexesPerSecond: seconds ? Math.round(total.predicted / seconds) : null,
    documentsPerSecond: seconds ? Math.round(files.length / seconds) : null,
    msPerDocument: files.length ? Math.round((taggingMs / files.length) * 100) / 100 : null,
    charsPerSecond: seconds ? Math.round(chars / seconds) : null,
  };
  return result;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function block(name: string, r: Record<string, unknown>): string[] {
  const s = r.strict as { precision: number; recall: number; f1: number };
  const l = r.relaxed as typeof s;
  const t = r.type as typeof s | null;
  const v = r.value as typeof s;
  const c = r.counts as Counts;
  return [
    `${name.padEnd(34)} strict P/R/F ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} | relaxed P/R/F ${pct(l.precision)} ${pct(l.recall)} ${pct(l.f1)} | type F ${t ? pct(t.f1) : '   - '} | value P/R/F ${pct(v.precision)} ${pct(v.recall)} ${pct(v.f1)} | gold ${c.gold} predicted ${c.predicted}`,
  ];
}

export function format(result: Record<string, unknown>): string {
  const lines = [`timex evaluation over ${result.documents} documents`];
  lines.push(...block('Chronik', result));
  if (result.baseline) lines.push(...block('baseline: HeidelTime', result.baseline as Record<string, unknown>));
  const subsets = result.subsets as Record<string, Record<string, Record<string, unknown>>> | undefined;
  if (subsets) {
    for (const [name, e] of Object.entries(subsets)) {
      lines.push(...block(`  ${name}`, e.system!));
      if (e.baseline) lines.push(...block(`  ${name} (HeidelTime)`, e.baseline));
    }
  }
  const sp = result.speed as Record<string, number | null>;
  lines.push(`speed: ${sp.timexesPerSecond} expressions/s, ${sp.documentsPerSecond} documents/s, ${sp.msPerDocument} ms/document, ${sp.charsPerSecond} chars/s (tagging only)`);
  return lines.join('\n');
}
