import type { Token } from '../../types.js';
import { DE_PRONOUNS, EN_PRONOUNS, DETERMINERS, isRoleNoun } from './lexicon.js';
import { loadQuoteModel } from './model.js';
import { nounPhrases, wordClass, type MentionTypeAt } from './source-rank.js';
import type { Lang } from './frames.js';

/**
 * The speaker of a quote without a speech cue of its own (`„…“` standing alone, `Er hält den
 * Plan für „…“`, a subjunctive sentence going on with reported speech): a learned linear ranker
 * (weights `frameless.<lang>` in the quote model, trained by scripts/train-quotes.ts on the train
 * splits) chooses between the previous speaker and the noun phrases of the quote's sentence and of
 * the sentence before. The hand-written rules' choice is one feature, so without weights (or where
 * the data agreed with them) the rules decide.
 */

export interface FramelessCandidate {
  /** `recent` for the previous speaker, else a phrase of the current or previous sentence. */
  kind: 'recent' | 'phrase';
  /** For phrases: which sentence (0 the quote's, 1 the one before) and its token range. */
  sentence: 0 | 1;
  range: [number, number] | null;
  features: string[];
}

export interface FramelessDecision {
  /** Character range of the quote. */
  quote: [number, number];
  /** The two sentences' tokens: the quote's and the previous one (maybe empty). */
  tokens: [Token[], Token[]];
  candidates: FramelessCandidate[];
  /** Character range and entity key of the previous speaker, when there is one. */
  recent: { start: number; end: number; key: string | null } | null;
}

let recorder: ((d: FramelessDecision) => void) | null = null;

/** Training hook: called with every frameless decision while set. */
export function recordFramelessDecisions(fn: ((d: FramelessDecision) => void) | null): void {
  recorder = fn;
}

export interface FramelessInput {
  lang: Lang;
  form: 'direct' | 'indirect';
  /** Character range of the quote (its marks included for direct quotes). */
  open: number;
  close: number;
  tokens: Token[];
  prevTokens: Token[];
  inQuote: (offset: number) => boolean;
  mentionType: MentionTypeAt;
  /** The previous speaker: its span, key, how many sentences back, and how it was found. */
  recent: { start: number; end: number; key: string | null; gap: number; viaCue: boolean } | null;
  /** The rules' choice: `recent`, a phrase of the quote's sentence, or nothing. */
  rule: 'recent' | [number, number] | null;
  introduced: boolean;
}

function phraseFeatures(inp: FramelessInput, toks: Token[], r: [number, number], sentence: 0 | 1): string[] {
  const [a, b] = r;
  const s = toks[a]!.start;
  const e = toks[b - 1]!.end;
  const where = sentence === 1 ? 'P' : e <= inp.open ? 'B' : s >= inp.close ? 'A' : 'I';
  const first = toks[a]!.text.toLowerCase();
  const fc = wordClass(toks[a]);
  const f = [`w:${where}`, `w:${where}|${inp.form}`, `first:${fc}|${where}`, `next:${wordClass(toks[b])}|${where}`, `prev:${wordClass(toks[a - 1])}|${where}`];
  if (a === 0) f.push(`start|${where}`, `start|${where}|${inp.form}`);
  if (b - a === 1 && (DE_PRONOUNS.has(first) || EN_PRONOUNS.has(first))) f.push(`pron:${first}|${where}`);
  f.push(`ner:${inp.mentionType(s, e) ?? 'none'}|${where}`);
  for (let k = a; k < b; k++) if (isRoleNoun(toks[k]!.text)) { f.push(`role|${where}`); break; }
  if (DETERMINERS.has(first)) f.push(`det|${where}`);
  f.push(`len:${Math.min(b - a, 5)}|${where}`);
  if (where === 'B') {
    const gapTokens = toks.filter((t) => t.start >= e && t.end <= inp.open).length;
    f.push(`gap:${gapTokens <= 1 ? gapTokens : gapTokens <= 3 ? '2-3' : gapTokens <= 6 ? '4-6' : '7+'}`);
  }
  if (inp.introduced) f.push(`colon|${where}`);
  if (Array.isArray(inp.rule) && sentence === 0 && inp.rule[0] === a && inp.rule[1] === b) f.push('rule', `rule|${inp.form}`);
  return f;
}

/**
 * Chooses the speaker of a frameless quote: `recent`, a phrase ({sentence, range}), or null;
 * returns undefined when no weights are shipped (the caller keeps its rules).
 */
export function rankFrameless(inp: FramelessInput): { kind: 'recent' } | { kind: 'phrase'; sentence: 0 | 1; range: [number, number] } | null | undefined {
  const weights = loadQuoteModel()?.frameless?.[inp.lang];
  if (!weights && !recorder) return undefined;
  const candidates: FramelessCandidate[] = [];
  const inQuoteTok = (toks: Token[]) => (i: number) => inp.inQuote(toks[i]!.start);
  for (const [sentence, toks] of [[0, inp.tokens], [1, inp.prevTokens]] as const) {
    // at most the first 60 tokens of a sentence: subjects open German and English sentences
    for (const r of nounPhrases(toks, inQuoteTok(toks), 0, Math.min(toks.length, 60))) candidates.push({ kind: 'phrase', sentence, range: r, features: phraseFeatures(inp, toks, r, sentence) });
  }
  if (inp.recent) {
    const g = inp.recent.gap;
    const f = ['recent', `recent|${inp.form}`, `recent|gap:${Math.min(g, 3)}`, `recent|cue:${inp.recent.viaCue}`];
    if (inp.rule === 'recent') f.push('rule', `rule|${inp.form}`);
    if (inp.introduced) f.push('recent|colon');
    const hasLead = inp.tokens.some((t) => t.end <= inp.open && /^\p{Lu}/u.test(t.text));
    f.push(`recent|lead:${hasLead}`);
    candidates.push({ kind: 'recent', sentence: 0, range: null, features: f });
  }
  candidates.push({ kind: 'phrase', sentence: 0, range: null, features: ['none', `none|${inp.form}`, inp.rule ? 'none|rule' : 'none|norule'] });
  recorder?.({
    quote: [inp.open, inp.close], tokens: [inp.tokens, inp.prevTokens], candidates,
    recent: inp.recent ? { start: inp.recent.start, end: inp.recent.end, key: inp.recent.key } : null,
  });
  if (!weights) return undefined;
  let best: FramelessCandidate | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    let s = 0;
    for (const f of c.features) s += weights[f] ?? 0;
    if (s > bestScore) { bestScore = s; best = c; }
  }
  if (!best) return undefined;
  if (best.kind === 'recent') return { kind: 'recent' };
  return best.range ? { kind: 'phrase', sentence: best.sentence, range: best.range } : null;
}
