import type { Token } from '../../types.js';
import { DE_PRONOUNS, EN_PRONOUNS, DETERMINERS, DE_SUBJUNCTIVE, isPrefieldPreposition, isRoleNoun, isSentenceAdverb } from './lexicon.js';
import { highestScoring, loadQuoteModel } from './model.js';
import { governedByPreposition, nounPhrases, wordClass, type MentionTypeAt } from './source-rank.js';
import { clauseSubject } from './speaker.js';
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
  form: 'direct' | 'indirect';
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

/** What the features know about the quote and its two sentences, computed once per decision. */
interface Context {
  /** The subject of the quote's sentence outside the quote, and of the sentence before. */
  subject: [number, number] | null;
  prevSubject: [number, number] | null;
  /** The quote opens its sentence (or follows a colon); the quote is a short fragment of its sentence. */
  opens: boolean;
  fragment: boolean;
  /** A person or organisation is named in the quote's sentence outside the quote. */
  nameOutside: boolean;
}

const SUBJECT_PRONOUN = /^(er|sie|he|she|they)$/i;
const isLower = (t: Token | undefined) => !!t && /^\p{Ll}/u.test(t.text);

function context(inp: FramelessInput): Context {
  const toks = inp.tokens;
  const outside = (i: number) => toks[i]!.end <= inp.open || toks[i]!.start >= inp.close;
  let words = 0;
  for (const t of toks) if (t.start >= inp.open && t.end <= inp.close && /[\p{L}\p{N}]/u.test(t.text)) words++;
  const before = toks.filter((t) => t.end <= inp.open && /[\p{L}\p{N}]/u.test(t.text)).length;
  let nameOutside = false;
  for (let i = 0; i < toks.length && !nameOutside; i++) {
    if (!outside(i)) continue;
    const type = inp.mentionType(toks[i]!.start, toks[i]!.end);
    if (type === 'PER' || type === 'ORG') nameOutside = true;
  }
  const prev = inp.prevTokens;
  return {
    subject: inp.form === 'direct' ? clauseSubject(toks, (i) => toks[i]!.end <= inp.open) ?? clauseSubject(toks, outside) : clauseSubject(toks, () => true),
    prevSubject: prev.length ? clauseSubject(prev, (i) => !inp.inQuote(prev[i]!.start)) : null,
    opens: before === 0 || inp.introduced,
    fragment: inp.form === 'direct' && words <= 5,
    nameOutside,
  };
}

/** Does a verb and then a comma or `dass` follow the phrase closely (`Die Behörde gibt an, …`): a cue the lexicon missed? */
function cueLike(toks: Token[], b: number): boolean {
  // a verb in the subjunctive after the phrase is reported speech itself (`Die Regierung werde …, hieß es`)
  if (!isLower(toks[b]) || DE_SUBJUNCTIVE.has(toks[b]!.text.toLowerCase())) return false;
  for (let k = b + 1; k < Math.min(toks.length, b + 5); k++) if (/^(,|dass|that|:)$/.test(toks[k]!.text)) return true;
  return false;
}

function phraseFeatures(inp: FramelessInput, ctx: Context, toks: Token[], r: [number, number], sentence: 0 | 1): string[] {
  const [a, b] = r;
  const s = toks[a]!.start;
  const e = toks[b - 1]!.end;
  const where = sentence === 1 ? 'P' : e <= inp.open ? 'B' : s >= inp.close ? 'A' : 'I';
  const first = toks[a]!.text.toLowerCase();
  const fc = wordClass(toks[a]);
  const f = [`w:${where}`, `w:${where}|${inp.form}`, `first:${fc}|${where}`, `next:${wordClass(toks[b])}|${where}`, `prev:${wordClass(toks[a - 1])}|${where}`];
  if (a === 0) f.push(`start|${where}`, `start|${where}|${inp.form}`);
  if (b - a === 1 && (DE_PRONOUNS.has(first) || EN_PRONOUNS.has(first))) f.push(`pron:${first}|${where}`);
  const type = inp.mentionType(s, e) ?? 'none';
  f.push(`ner:${type}|${where}`);
  for (let k = a; k < b; k++) if (isRoleNoun(toks[k]!.text)) { f.push(`role|${where}`); break; }
  if (DETERMINERS.has(first)) f.push(`det|${where}`);
  f.push(`len:${Math.min(b - a, 5)}|${where}`);
  if (where === 'B') {
    const gapTokens = toks.filter((t) => t.start >= e && t.end <= inp.open).length;
    f.push(`gap:${gapTokens <= 1 ? gapTokens : gapTokens <= 3 ? '2-3' : gapTokens <= 6 ? '4-6' : '7+'}`);
  }
  if (inp.introduced) f.push(`colon|${where}`);
  if (Array.isArray(inp.rule) && sentence === 0 && inp.rule[0] === a && inp.rule[1] === b) f.push('rule', `rule|${inp.form}`);
  // the subject of the sentence: the speaker of a fragment quoted inside it (`äußerten die Richter „…“`)
  const subj = sentence === 0 ? ctx.subject : ctx.prevSubject;
  if (subj && subj[0] === a && subj[1] === b) {
    f.push(`subj|${where}`, `subj|${where}|${inp.form}`, `subj|${where}|opens:${ctx.opens}`, `subj|${where}|frag:${ctx.fragment}`, `subj|${where}|ner:${type}`);
    if (SUBJECT_PRONOUN.test(first) && b - a === 1) f.push(`subj-pron|${where}`);
  }
  if (cueLike(toks, b)) f.push(`cuelike|${where}`, `cuelike|${where}|${inp.form}`);
  // a phrase of the sentence before competes with a previous speaker further back
  const gap = inp.recent ? Math.min(inp.recent.gap, 3) : 'none';
  if (where === 'P') f.push(`P|recent:${gap}`, ...(subj && subj[0] === a && subj[1] === b ? [`subj|P|recent:${gap}`, `subj|P|recent:${gap}|${inp.form}`] : []));
  f.push(`${where}|opens:${ctx.opens}`, `${where}|frag:${ctx.fragment}`);
  return f;
}

/**
 * Can the phrase be the speaker of a frameless quote? Not a quote itself, not the object of a preposition,
 * not a possessive description of something said or felt (`Seine Zuversicht`) unless it names a person, body or role.
 */
function mayName(inp: FramelessInput, toks: Token[], r: [number, number]): boolean {
  const [a, b] = r;
  // a phrase opened by a quotation mark is a quote of its own (`„Wir verhandeln weiter“, sagte …`), not a speaker
  if (/^[„"“”«»‚‘]$/u.test(toks[a]!.text)) return false;
  // the object of a preposition (`gründet sich auf frühere Erfahrungen`) does not speak
  if (governedByPreposition(toks, a)) return false;
  // nor does an adverb opening the sentence (`Derzeit steht …`, `Relativierend fügt …`)
  if (b - a === 1 && inp.lang === 'de' && isSentenceAdverb(toks[a]!.text)) return false;
  // nor a prepositional phrase whose preposition looks like a noun (`Angesichts solcher Alternativen`)
  if (inp.lang === 'de' && isPrefieldPreposition(toks[a]!.text)) return false;
  if (!/^(sein|seine|seiner|seinen|seinem|ihr|ihre|ihrer|ihren|ihrem|his|her|their|its)$/i.test(toks[a]!.text)) return true;
  const type = inp.mentionType(toks[a]!.start, toks[b - 1]!.end);
  if (type === 'PER' || type === 'ORG') return true;
  for (let k = a; k < b; k++) if (isRoleNoun(toks[k]!.text)) return true;
  return false;
}

/**
 * Chooses the speaker of a frameless quote: `recent`, a phrase ({sentence, range}), or null;
 * returns undefined when no weights are shipped (the caller keeps its rules).
 */
export function rankFrameless(inp: FramelessInput): { kind: 'recent' } | { kind: 'phrase'; sentence: 0 | 1; range: [number, number] } | null | undefined {
  const model = loadQuoteModel();
  const forms = model?.framelessForms?.[inp.lang];
  // the ranker decides only the forms where it beat the rules in training (German: direct quotes)
  const weights = !forms || forms.includes(inp.form) ? model?.frameless?.[inp.lang] : undefined;
  if (!weights && !recorder) return undefined;
  const candidates: FramelessCandidate[] = [];
  const ctx = context(inp);
  const inQuoteTok = (toks: Token[]) => (i: number) => inp.inQuote(toks[i]!.start);
  for (const [sentence, toks] of [[0, inp.tokens], [1, inp.prevTokens]] as const) {
    // at most the first 60 tokens of a sentence: subjects open German and English sentences
    for (const r of nounPhrases(toks, inQuoteTok(toks), 0, Math.min(toks.length, 60))) if (mayName(inp, toks, r)) candidates.push({ kind: 'phrase', sentence, range: r, features: phraseFeatures(inp, ctx, toks, r, sentence) });
  }
  if (inp.recent) {
    const g = inp.recent.gap;
    const f = ['recent', `recent|${inp.form}`, `recent|gap:${Math.min(g, 4)}`, `recent|gap:${Math.min(g, 4)}|${inp.form}`, `recent|cue:${inp.recent.viaCue}`];
    f.push(`recent|opens:${ctx.opens}`, `recent|frag:${ctx.fragment}`, `recent|name:${ctx.nameOutside}`, `recent|subj:${ctx.subject ? 'yes' : 'no'}`);
    f.push(`recent|${inp.form}|opens:${ctx.opens}|subj:${ctx.subject ? 'yes' : 'no'}`);
    if (inp.rule === 'recent') f.push('rule', `rule|${inp.form}`);
    if (inp.introduced) f.push('recent|colon');
    const hasLead = inp.tokens.some((t) => t.end <= inp.open && /^\p{Lu}/u.test(t.text));
    f.push(`recent|lead:${hasLead}`);
    candidates.push({ kind: 'recent', sentence: 0, range: null, features: f });
  }
  candidates.push({ kind: 'phrase', sentence: 0, range: null, features: ['none', `none|${inp.form}`, inp.rule ? 'none|rule' : 'none|norule'] });
  recorder?.({
    form: inp.form, quote: [inp.open, inp.close], tokens: [inp.tokens, inp.prevTokens], candidates,
    recent: inp.recent ? { start: inp.recent.start, end: inp.recent.end, key: inp.recent.key } : null,
  });
  if (!weights) return undefined;
  const best = highestScoring(candidates, weights);
  if (!best) return undefined;
  if (best.kind === 'recent') return { kind: 'recent' };
  return best.range ? { kind: 'phrase', sentence: best.sentence, range: best.range } : null;
}
