import type { EntityType, Token } from '../../types.js';
import { DETERMINERS, DE_PRONOUNS, EN_PRONOUNS, isPrefieldPreposition, isRoleNoun, isSentenceAdverb } from './lexicon.js';
import { phraseAfter } from './speaker.js';
import { highestScoring, loadQuoteModel } from './model.js';
import type { Lang } from './frames.js';

/**
 * Chooses the source of a verb cue among the noun phrases of its sentence with a learned linear
 * ranker (weights `sources.<lang>` in the quote model, trained by scripts/train-quotes.ts on the
 * gold sources of the train splits). The hand-written rules' pick is one candidate and one
 * feature, so the ranker only overrides the rules where the training data showed them wrong:
 * a fronted object (`Den Unmut … brachte die Sprecherin … zum Ausdruck`), a name in quotation
 * marks (`Die „Süddeutsche Zeitung“ hatte berichtet`), a subject after an adverb.
 * Without weights the rules' pick stands.
 */

/** What the ranker may know about the document: the entity type of a mention covering a range. */
export type MentionTypeAt = (start: number, end: number) => EntityType | null;

export interface SourceCandidate {
  /** Token range [from, to) in the sentence, or null for "no source in this sentence". */
  range: [number, number] | null;
  features: string[];
}

/** A cue whose source was chosen, with every candidate (for training). */
export interface SourceDecision {
  tokens: Token[];
  cue: number[];
  candidates: SourceCandidate[];
}

let recorder: ((d: SourceDecision) => void) | null = null;

/** Training hook: called with every source decision while set. */
export function recordSourceDecisions(fn: ((d: SourceDecision) => void) | null): void {
  recorder = fn;
}

const WORD_RE = /[\p{L}\p{N}]/u;
const FUNCTION_WORD = /^(der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines|in|im|mit|von|vom|bei|beim|auf|an|am|nach|aus|zu|zum|zur|für|über|unter|gegen|laut|gegenüber|und|oder|aber|wie|als|so|dass|auch|sich|es|er|sie|wir|ich|man|hat|hatte|habe|ist|war|wird|wurde|the|a|an|of|in|on|at|to|for|with|by|from|and|or|but|as|that|he|she|they|it|we|i|has|had|have|is|was|were|will|also|told|said)$/;

/** Tokens on either side of a cue where its source is looked for. */
const WINDOW = 30;

/** Pronouns that stand for what was said, never for who said it (`Dies bestätigte Stoiber`). */
const NOT_A_SPEAKER = /^(das|dies|dieses|es)$/i;

const OBJECT_CASE = /^(dem|den|einem|einen|ihm|ihnen|ihn|diesem|diesen|jenem|him|them)$/i;

function dist(n: number): string {
  return n <= 0 ? '0' : n === 1 ? '1' : n === 2 ? '2' : n <= 4 ? '3-4' : n <= 8 ? '5-8' : '9+';
}

/** A coarse class of a token for features: the function word itself, `Cap`, `low`, punctuation or `^` (none). */
export function wordClass(t: Token | undefined): string {
  if (!t) return '^';
  const lw = t.text.toLowerCase();
  if (FUNCTION_WORD.test(lw)) return lw;
  if (!WORD_RE.test(t.text)) return t.text.length === 1 ? t.text : 'P';
  return /^\p{Lu}/u.test(t.text) ? 'Cap' : 'low';
}

/** Noun phrases of the sentence: maximal phrases from left to right, plus pronouns. */
export function nounPhrases(tokens: Token[], inQuote: (i: number) => boolean, from = 0, to = tokens.length): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i < to) {
    if (inQuote(i)) { i++; continue; }
    const p = phraseAfter(tokens, i, to);
    if (p && p[0] === i && p[1] > i) {
      out.push(p);
      // a phrase after a leading determiner-less word (`Sinngemäß hofft Musk`) is found on the next turn
      i = p[1];
      continue;
    }
    i++;
  }
  return out;
}

/** Prepositions whose object does not speak (`für`, `von`, `nach`, `laut` may open a source of their own). */
const PREPOSITION = /^(in|im|ins|mit|auf|an|am|aus|bei|beim|zu|zum|zur|über|unter|gegen|seit|wegen|durch|um|vor|vom|into|on|at|with|to|from|about|over|under|against|since|through|before|after)$/i;

/** Is the phrase starting at token a the object of a preposition (`in ihrer Empfehlung`, `auf frühere Erfahrungen`)? */
export function governedByPreposition(tokens: Token[], a: number): boolean {
  let p = a - 1;
  // lower-case adjectives between the preposition and the phrase (`auf frühere Erfahrungen`)
  while (p >= 0 && /^\p{Ll}+(e|en|er|es|em)$/u.test(tokens[p]!.text) && !PREPOSITION.test(tokens[p]!.text)) p--;
  return p >= 0 && PREPOSITION.test(tokens[p]!.text);
}

/** Auxiliaries and adverbs that may stand between a fronted subject and its cue (`hatte … berichtet`). */
const PREFIELD_GAP = /^(hat|hatte|haben|hatten|ist|war|wird|wurde|has|had|have|also|auch|jedoch|nun|dann|bereits|schon|hingegen|dagegen|allerdings|ebenfalls|indes|wiederum|zudem|außerdem)$/i;

/**
 * Does the phrase fill the whole prefield of the cue's clause (`Peter Krause wies …`, `Der NDR, der …, begründete`)?
 * In a German V2 clause that phrase is mostly the subject, and a phrase after the verb then an object.
 */
function fillsPrefield(tokens: Token[], range: [number, number], c0: number): boolean {
  const [a, b] = range;
  if (b > c0) return false;
  // the clause starts at the sentence start or after a colon or semicolon
  if (a > 0 && !/^[:;]$/.test(tokens[a - 1]!.text)) return false;
  let k = b;
  // a relative clause or apposition between commas (`Der NDR, der in der ARD …, begründete`)
  if (tokens[k]?.text === ',') {
    let close = -1;
    for (let i = k + 1; i < c0; i++) if (tokens[i]!.text === ',') { close = i; break; }
    return close === c0 - 1;
  }
  while (k < c0 && PREFIELD_GAP.test(tokens[k]!.text)) k++;
  return k === c0;
}

/**
 * The entity type of a mention that starts at the phrase's head, its first capitalised word
 * (`Modder` in `Modder`, none in `die Absage Hartmanns`, whose name is only an attribute).
 */
function headType(tokens: Token[], a: number, b: number, mentionType: MentionTypeAt | undefined): string {
  if (!mentionType) return 'none';
  let h = a;
  while (h < b && (DETERMINERS.has(tokens[h]!.text.toLowerCase()) || !/^\p{Lu}/u.test(tokens[h]!.text))) h++;
  if (h >= b) return 'none';
  for (let k = h; k < b; k++) {
    const type = mentionType(tokens[h]!.start, tokens[k]!.end);
    if (!type) continue;
    // the mention found ends at k: it starts at the head unless it also lies within the words after it
    return h + 1 <= k && mentionType(tokens[h + 1]!.start, tokens[k]!.end) ? 'none' : type;
  }
  return 'none';
}

/** Singular or plural by a German finite verb's ending (`sagte`, `sagt` against `sagten`, `sagen`); null when unclear. */
function verbNumber(word: string): 'sg' | 'pl' | null {
  const w = word.toLowerCase();
  if (!/^\p{Ll}+$/u.test(w)) return null;
  if (/(ten|en)$/.test(w)) return 'pl';
  if (/(te|t)$/.test(w)) return 'sg';
  return null;
}

/** A coarse number of a phrase: a plural determiner or pronoun, a coordination, else singular-looking. */
function phraseNumber(tokens: Token[], a: number, b: number): string {
  const first = tokens[a]!.text.toLowerCase();
  if (b - a === 1 && /^(sie|wir|they|we)$/.test(first)) return 'pl?';
  for (let k = a; k < b; k++) if (/^(und|sowie|and)$/i.test(tokens[k]!.text)) return 'pl';
  if (/^(die|diese|alle|viele|mehrere|einige|beide|zwei|drei)$/.test(first)) {
    const last = tokens[b - 1]!.text;
    return /(en|er|e|s)$/.test(last) ? 'pl?' : 'sg';
  }
  if (/^(der|das|ein|eine|einer|dieser|dieses)$/.test(first)) return 'sg';
  const last = tokens[b - 1]!.text;
  return /^\p{Lu}/u.test(last) && /(en|er|innen)$/u.test(last) && b - a <= 2 ? 'pl?' : 'sg?';
}

/**
 * A coarse class of a cue verb: `name` for verbs with an object and its predicate (`nannte X Y`,
 * `bezeichnete X als`), `object` for verbs of judging or asking someone (`kritisierte X`,
 * `warf X vor`, `forderte X auf`), `quote` for `zitieren`, else `say`.
 */
function cueClass(word: string): string {
  const w = word.toLowerCase();
  if (/^(nenn|nann|bezeichn|genannt|titulier|call)/.test(w)) return 'name';
  if (/^(zitier|quot|cit)/.test(w)) return 'quote';
  if (/^(kritisier|warf|wirft|vorgeworfen|beschuldig|lob|würdig|verurteil|attackier|appellier|forder|rief|ruft|bat|bitt|warnt|mahnt|accus|urg|prais|criticiz|blam|ask)/.test(w)) return 'object';
  return 'say';
}

/** The case a phrase's first word marks in German: `der`/`die`/`das`/`ein` may be nominative, `des`/`dem`/`den` not. */
function caseOf(first: string): string {
  const w = first.toLowerCase();
  if (/^(der|die|das|ein|eine|dieser|diese|er|sie|wir|ich|the|a|an|he|she|they|we)$/.test(w)) return `nom?:${w}`;
  if (/^(des|dem|den|einem|einen|eines|einer|ihm|ihn|ihnen|him|them)$/.test(w)) return 'obl';
  return /^\p{Lu}/u.test(first) ? 'bare' : 'other';
}

function features(
  tokens: Token[], range: [number, number], cue: number[], rule: [number, number] | null,
  inQuote: (i: number) => boolean, mentionType: MentionTypeAt | undefined, passive: boolean,
): string[] {
  const [a, b] = range;
  const c0 = cue[0]!;
  const cLast = cue[cue.length - 1]!;
  const before = b <= c0;
  const side = before ? 'B' : a > cLast ? 'A' : 'M';
  const gap = before ? c0 - b : a - c0 - 1;
  const f: string[] = [`pos:${side}${dist(gap)}`, `side:${side}`];
  if (passive) f.push(`passive|${side}`);
  if (rule && rule[0] === a && rule[1] === b) f.push('rule');
  else if (rule && rule[0] < b && rule[1] > a) f.push('rule~');
  const first = tokens[a]!.text.toLowerCase();
  const fc = wordClass(tokens[a]);
  f.push(`first:${fc}|${side}`);
  if (b - a === 1 && (DE_PRONOUNS.has(first) || EN_PRONOUNS.has(first))) f.push(`pron:${first}|${side}`);
  f.push(`prev:${wordClass(tokens[a - 1])}|${side}`, `next:${wordClass(tokens[b])}|${side}`);
  // `von X` is the agent of a passive cue (`wurde von X kritisiert`) but an object of an active one (`sprach von X`)
  f.push(`prev:${wordClass(tokens[a - 1])}|${side}|${passive ? 'passive' : 'active'}`);
  if (b === c0) f.push('next:cue');
  if (a === cLast + 1) f.push('prev:cue');
  f.push(`len:${Math.min(b - a, 5)}`);
  if (a === 0) f.push(`start|${side}`);
  // V2 order: what opens the sentence decides whether the phrase after the verb is its subject
  if (side === 'A') f.push(`s0:${wordClass(tokens[0])}`, `s0:${wordClass(tokens[0])}|${fc}`);
  let commas = 0;
  for (let k = Math.min(b, c0); k < Math.max(a, c0); k++) if (tokens[k]!.text === ',') commas++;
  f.push(`commas:${Math.min(commas, 2)}|${side}`);
  const type = mentionType?.(tokens[a]!.start, tokens[b - 1]!.end) ?? null;
  f.push(`ner:${type ?? 'none'}|${side}`, `nerhead:${headType(tokens, a, b, mentionType)}|${side}`);
  for (let k = a; k < b; k++) if (isRoleNoun(tokens[k]!.text)) { f.push('role'); break; }
  if (DETERMINERS.has(first)) f.push(`det|${side}`);
  // a name as written, whether or not the entity tagger found it (`Peter Krause`)
  else if (b - a <= 4 && tokens.slice(a, b).every((t) => /^\p{Lu}/u.test(t.text))) f.push(`name|${side}`);
  const last = tokens[b - 1]!.text;
  if (/^\p{Lu}/u.test(last) && /(en|er|e)$/u.test(last)) f.push(`plural?|${side}`);
  if (inQuote(a)) f.push('inquote');
  // number agreement of a German subject with its finite verb (`Journalisten beschweren sich`, `nannte die Absage`)
  const num = verbNumber(tokens[c0]!.text);
  if (num) f.push(`num:${num}|${phraseNumber(tokens, a, b)}|${side}`);
  const prefield = side === 'B' && fillsPrefield(tokens, range, c0);
  if (prefield) f.push('prefield', `prefield|${fc}`);
  // the cue's kind of verb with the phrase's place and case: a verb with an object of its own
  // (`nannte die Absage …`, `wirft der Bischofskonferenz vor`) keeps its subject before it or right after it
  const cls = cueClass(tokens[c0]!.text);
  if (cls !== 'say') f.push(`cls:${cls}|${side}`, `cls:${cls}|case:${caseOf(tokens[a]!.text)}|${side}`);
  // no feature of the cue word itself: with a few hundred German examples it learns single articles by heart
  return f;
}

/**
 * The source of the verb cue at `cue` (token indices), given the rules' pick: the best-scoring
 * candidate under the learned weights, or the rules' pick when no weights are shipped.
 */
export function rankSource(
  tokens: Token[], cue: number[], rule: [number, number] | null, lang: Lang,
  inQuote: (i: number) => boolean, mentionType?: MentionTypeAt, passive = false,
): [number, number] | null {
  const weights = loadQuoteModel()?.sources?.[lang];
  if (!weights && !recorder) return rule;
  // a passive cue without an agent (`Die Zahlen wurden bestätigt`) has no source in its sentence
  if (passive && !rule) return rule;
  // a German passive cue with its agent (`wurde von der Polizei bestätigt`): the agent is the source
  if (passive && lang === 'de') return rule;
  // a phrase in the dative or accusative is never the subject (`teilte dem Sender mit`)
  // phrases within a window around the cue: a source stands near its cue, and the work stays linear in huge sentences
  const from = Math.max(0, cue[0]! - WINDOW);
  const to = Math.min(tokens.length, cue[cue.length - 1]! + WINDOW);
  const ranges = nounPhrases(tokens, inQuote, from, to).filter((r) => !(r[0] <= cue[0]! && r[1] > cue[0]!) && !OBJECT_CASE.test(tokens[r[0]]!.text) && !(lang === 'de' && isPrefieldPreposition(tokens[r[0]]!.text)) && !(r[1] - r[0] === 1 && (NOT_A_SPEAKER.test(tokens[r[0]]!.text) || (lang === 'de' && isSentenceAdverb(tokens[r[0]]!.text)))));
  if (rule && !ranges.some((r) => r[0] === rule[0] && r[1] === rule[1])) ranges.push(rule);
  const candidates: SourceCandidate[] = ranges.map((r) => ({ range: r, features: features(tokens, r, cue, rule, inQuote, mentionType, passive) }));
  candidates.push({ range: null, features: ['none', rule ? 'none|rule' : 'none|norule', `none|${tokens[cue[0]!]!.text.toLowerCase()}`, passive ? 'none|passive' : 'none|active'] });
  recorder?.({ tokens, cue, candidates });
  if (!weights) return rule;
  const best = highestScoring(candidates, weights);
  return best ? best.range : rule;
}
