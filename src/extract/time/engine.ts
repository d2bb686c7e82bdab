/**
 * The rule engine: every rule is one precompiled regex that proposes candidate spans with a
 * resolver. Candidates are chosen longest-first without overlap, then resolved in text order,
 * so anaphoric expressions (`Tags zuvor`, `im folgenden Jahr`) see the dates mentioned before.
 */
import type { Timex } from '../../types.js';
import { parseDateValue } from './calendar.js';
import type { Context, Resolved } from './context.js';
import { cueTense, tenseAt, tenseMarkers } from './tense.js';

export interface Candidate {
  start: number;
  end: number;
  resolve(ctx: Context): Resolved | null;
  /** Higher wins among candidates of the same length. */
  priority?: number;
}

export interface Rule {
  re: RegExp;
  make(m: RegExpExecArray, text: string): Candidate | Candidate[] | null;
  /**
   * A cheap pattern that every match must contain (`\d`, unit words): blocks of text
   * without it are not scanned with the full regex, which is the costly part of tagging.
   */
  keys?: RegExp;
}

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** A rule whose pattern is matched on whole words only, case-insensitively, with group indices. */
export function rule(pattern: string, make: Rule['make'], caseSensitive = false): Rule {
  return { re: new RegExp(BEFORE + '(?:' + pattern + ')' + AFTER, caseSensitive ? 'gud' : 'giud'), make };
}

/** The rule with a keyword pre-check (a case-insensitive pattern every match contains). */
export function keyed(keys: string, r: Rule): Rule {
  return { ...r, keys: new RegExp(keys, 'i') };
}

/** Span of a named group, or of the whole match. */
export function spanOf(m: RegExpExecArray, group?: string): [number, number] {
  const idx = group ? m.indices?.groups?.[group] : m.indices?.[0];
  if (idx) return [idx[0], idx[1]];
  return [m.index, m.index + m[0].length];
}

/** A candidate over the whole match (or the `span` group when the pattern has one). */
export function cand(m: RegExpExecArray, resolve: Candidate['resolve'], priority = 0): Candidate {
  const [start, end] = m.groups?.span !== undefined ? spanOf(m, 'span') : spanOf(m);
  return { start, end, resolve, priority };
}

export interface SentenceSpan {
  start: number;
  end: number;
}

/** A prefix that widens a chosen expression to the left (`Anfang`, `early`, `fast`). */
export interface Widener {
  re: RegExp;
  applies(r: Resolved): boolean;
  mod(match: string): string | undefined;
}

/** Text blocks (whole sentences, a few hundred characters) that keyword pre-checks look at. */
const BLOCK_CHARS = 400;
/** How far a block's scan may read into the next block. */
const BLOCK_OVERLAP = 60;

export function blocksOf(text: string, sentences: SentenceSpan[]): SentenceSpan[] {
  if (!sentences.length) return [{ start: 0, end: text.length }];
  const out: SentenceSpan[] = [];
  let start = 0;
  for (const [i, s] of sentences.entries()) {
    const last = i === sentences.length - 1;
    if (last || s.end - start >= BLOCK_CHARS) {
      out.push({ start, end: last ? text.length : s.end });
      start = s.end;
    }
  }
  return out;
}

/** A match on a block, moved to offsets in the whole text. */
function shifted(m: RegExpExecArray, offset: number): RegExpExecArray {
  if (offset === 0) return m;
  m.index += offset;
  const seen = new Set<[number, number]>();
  const move = (pair: [number, number] | undefined) => {
    if (!pair || seen.has(pair)) return;
    seen.add(pair);
    pair[0] += offset;
    pair[1] += offset;
  };
  if (m.indices) {
    for (const pair of m.indices) move(pair);
    for (const pair of Object.values(m.indices.groups ?? {})) move(pair);
  }
  return m;
}

export function collect(text: string, rules: Rule[], blocks: SentenceSpan[] = [{ start: 0, end: text.length }]): Candidate[] {
  const out: Candidate[] = [];
  const push = (r: Rule, m: RegExpExecArray) => {
    const made = r.make(m, text);
    if (!made) return;
    for (const c of Array.isArray(made) ? made : [made]) if (c.end > c.start) out.push(c);
  };
  for (const r of rules) {
    if (r.keys && !r.keys.test(text)) continue;
    r.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    if (!r.keys || blocks.length < 2) {
      while ((m = r.re.exec(text))) {
        if (m[0].length === 0) r.re.lastIndex++;
        else push(r, m);
      }
      continue;
    }
    // only blocks that contain a key are scanned, each on its own with a short look into the
    // next block, so a match over a sentence break (`10 p.m. Wednesday`) stays whole
    let consumed = 0;
    for (const b of blocks) {
      const block = text.slice(b.start, Math.min(text.length, b.end + BLOCK_OVERLAP));
      if (!r.keys.test(block)) continue;
      r.re.lastIndex = Math.max(0, consumed - b.start);
      while ((m = r.re.exec(block)) && m.index < b.end - b.start) {
        if (m[0].length === 0) {
          r.re.lastIndex++;
          continue;
        }
        consumed = b.start + m.index + m[0].length;
        push(r, shifted(m, b.start));
      }
    }
  }
  return out;
}

/** Longest candidates first; among equals the higher priority, then the earlier one. */
export function choose(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || (b.priority ?? 0) - (a.priority ?? 0) || a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Runs the rules over the text and resolves the chosen expressions in order. The context's
 * `last`/`lastDay` follow the resolved dates; its `tense` is set per expression.
 */
export function run(
  text: string,
  sentences: SentenceSpan[],
  rules: Rule[],
  wideners: Widener[],
  ctx: Context,
): Timex[] {
  const chosen = choose(collect(text, rules, blocksOf(text, sentences)));
  const out: Timex[] = [];
  let si = 0;
  let markers: ReturnType<typeof tenseMarkers> | null = null;
  let lastEnd = 0;
  for (const c of chosen) {
    while (si < sentences.length && sentences[si]!.end <= c.start) {
      si++;
      markers = null;
    }
    const sent = sentences[si];
    if (!markers) {
      markers = sent ? tenseMarkers(text.slice(sent.start, sent.end), ctx.lang, sent.start) : [];
    }
    ctx.tense = cueTense(text, sent && sent.start <= c.start ? sent.start : 0, c.start, ctx.lang) ?? tenseAt(markers, c.start);
    ctx.sentence = si;
    ctx.position = c.start;
    let resolved: Resolved | null;
    try {
      resolved = c.resolve(ctx);
    } catch {
      resolved = null;
    }
    if (!resolved) continue;
    let start = c.start;
    for (const w of wideners) {
      if (!w.applies(resolved)) continue;
      w.re.lastIndex = 0;
      const before = text.slice(Math.max(lastEnd, start - 40), start);
      const wm = w.re.exec(before);
      if (wm) {
        start -= wm[0].length;
        const mod = w.mod(wm[0]);
        if (mod && !resolved.mod) resolved = { ...resolved, mod };
      }
    }
    out.push({ text: text.slice(start, c.end), type: resolved.type, value: resolved.value, start, end: c.end, ...(resolved.mod ? { mod: resolved.mod } : {}) });
    lastEnd = c.end;
    remember(ctx, resolved, c.end);
  }
  return out;
}

function remember(ctx: Context, r: Resolved, end: number): void {
  if (r.type !== 'DATE' && r.type !== 'TIME') return;
  if (/^(BC)?\d/.test(r.value)) ctx.lastValue = r.value;
  const p = parseDateValue(r.value);
  if (!p) return;
  ctx.last = p;
  if (p.m !== undefined && p.d !== undefined) {
    ctx.lastDay = { y: p.y, m: p.m, d: p.d };
    ctx.lastDaySentence = ctx.sentence;
    ctx.lastDayEnd = end;
  }
}
