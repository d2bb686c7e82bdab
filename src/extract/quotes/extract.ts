import type { Doc, EntityType, Quote, QuoteForm, Sentence, Token } from '../../types.js';
import { splitSentences } from '../../text/sentences.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { findFrames, type Frame, type Lang } from './frames.js';
import { SpeakerResolver, clauseSubject, phraseAfter, type Speaker } from './speaker.js';
import { DE_STRONG_CUES, EN_CUES, DE_SUBJUNCTIVE, DE_PRONOUNS, DETERMINERS, EN_PRONOUNS, isReportingBody, isRoleNoun } from './lexicon.js';
import { guessLang } from './lang.js';
import { learnedCueScore, spanScore } from './model.js';
import { spanFeatures } from './span-features.js';
import { joinSplitQuotes } from './join.js';
import type { MentionTypeAt } from './source-rank.js';
import { rankFrameless } from './frameless.js';

/** A quote with the offsets of its speaker phrase and cue (used by the evaluation). */
export interface QuoteDetail extends Quote {
  speakerStart: number | null;
  speakerEnd: number | null;
  /** Character ranges of the cue's words. */
  cueSpans: [number, number][];
  /**
   * How the speaker was found: its cue's source, the subject before a colon, the recent speaker,
   * the sentence's subject, or (for a subjunctive sentence without a cue) the continued report.
   */
  via?: 'cue' | 'colon' | 'recent' | 'subject' | 'continuation';
  /** The quoted pieces of a quote split by its attribution (`„…“, sagte er, „…“`). */
  parts?: [number, number][];
}

/** Quotes shorter than this many words need a speech cue in their sentence (scare quotes, titles). */
const SHORT_QUOTE_WORDS = 4;
/** A quote without cue takes the previous speaker when it follows within this many sentences. */
const CONTINUATION_SENTENCES = 2;
/** The learned frameless ranker may still choose the previous speaker this many sentences back. */
const RANKED_RECENT_SENTENCES = 5;

const WORD_RE = /[\p{L}\p{N}]/u;

interface SentenceInfo {
  sentence: Sentence;
  frames: Frame[];
}

/** Finds the direct, indirect and reported quotes of an analysed document. */
export function extractQuotes(doc: Doc, onSpan?: (span: QuotedSpan, features: string[]) => void): QuoteDetail[] {
  const text = doc.article.text;
  if (!text.trim()) return [];
  const sentences = doc.sentences.length ? doc.sentences : splitSentences(text);
  const lang: Lang = guessLang(doc.article.lang, text);
  const spans = findQuotedSpans(text);
  const outer = spans.filter((s) => s.depth === 0);
  // outer spans do not overlap and are sorted: the last one opening before an offset is the only candidate
  const inQuoteAt = (offset: number) => {
    const s = outer[firstAtOrAfter(outer, (q) => q.open, offset) - 1];
    return !!s && offset < s.close;
  };

  const mentionType = mentionTypeAt(doc);
  const infos: SentenceInfo[] = sentences.map((sentence) => ({
    sentence,
    frames: findFrames(sentence.tokens, lang, (i) => inQuoteAt(sentence.tokens[i]!.start), mentionType),
  }));
  const resolver = new SpeakerResolver(doc);
  const out: QuoteDetail[] = [];
  const sentenceOf = (offset: number) => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  let last: { q: QuoteDetail; sentence: number; speaker: Speaker | null } | null = null;
  const usedSpans = new Set<QuotedSpan>();
  let nextSpan = 0;

  for (let si = 0; si < infos.length; si++) {
    const { sentence, frames } = infos[si]!;
    const tokens = sentence.tokens;
    // direct quotes that start in this sentence
    // spans are sorted by their opening mark: take those opening in this sentence
    const here: QuotedSpan[] = [];
    while (nextSpan < spans.length && spans[nextSpan]!.open < sentence.start) nextSpan++;
    for (let k = nextSpan; k < spans.length && spans[k]!.open < sentence.end; k++) if (!usedSpans.has(spans[k]!)) here.push(spans[k]!);
    const framed = new Map<Frame, QuotedSpan>();
    for (const span of here) {
      usedSpans.add(span);
      const inner = text.slice(span.innerStart, span.innerEnd);
      const words = countWords(inner);
      if (words === 0) continue;
      const endSi = sentenceOf(Math.max(span.close - 1, span.open));
      const frame = nearestFrame(infos, si, endSi, span, text);
      const introduced = introducedByColon(text, span.open);
      const recent = !!(last?.speaker && si - last.sentence <= CONTINUATION_SENTENCES);
      const features = spanFeatures(text, tokens, span, frame, lang, hasSubjunctive(tokens, lang), recent, introduced);
      onSpan?.(span, features);
      const score = spanScore(lang, features);
      if (score !== null) {
        // `“It will not,” Mary Smith replied.`: a quote ending in a comma right before its attribution is a quote whatever its length
        if (score <= 0 && !attributedAfter(text, span, frame, infos)) continue;
      } else {
        const sentenceLike = startsSentence(text, sentence, span) || /[.!?…]$/u.test(inner);
        if (words < SHORT_QUOTE_WORDS && !frame) continue;
        if (words < SHORT_QUOTE_WORDS && frame && looksLikeTitle(text, span)) continue;
        if (!frame && !recent && !sentenceLike && words < 8) continue;
      }
      let speaker: Speaker | null = null;
      let cue: Frame | null = null;
      let via: QuoteDetail['via'];
      let cueSentence: Token[] = tokens;
      if (frame) {
        cue = frame.frame;
        cueSentence = infos[frame.si]!.sentence.tokens;
        framed.set(frame.frame, span);
        speaker = frame.frame.source ? resolver.resolve(cueSentence, frame.frame.source) : null;
        via = 'cue';
      } else if (introduced && si > 0 && !WORD_RE.test(text.slice(sentence.start, span.open))) {
        // `Müller bezweifelte die Eignung: „…“` where the colon ended the previous sentence
        const prevInfo = infos[si - 1]!;
        const f = prevInfo.frames[prevInfo.frames.length - 1];
        if (f?.source) { speaker = resolver.resolve(prevInfo.sentence.tokens, f.source); cue = f; cueSentence = prevInfo.sentence.tokens; via = 'cue'; }
      }
      let ruleSrc: [number, number] | null = null;
      if (!speaker && !cue && introduced && sentenceOf(span.open) === si) {
        // `Die Firma empfindet die Kritik als ungerechtfertigt: „…“`: the subject of the clause before the colon
        const src = clauseSubject(tokens, (i) => tokens[i]!.start < span.open);
        // a subject that names nobody (`Seine Zuversicht gründet sich auf …: „…“`) leaves the quote to the recent speaker
        if (src && (!recent || namesSomeone(tokens, src, mentionType))) { speaker = resolver.resolve(tokens, src); via = 'colon'; ruleSrc = src; }
      }
      if (!speaker && !cue && recent) { speaker = last!.speaker; via = 'recent'; } // continuation: the quote goes on without a new cue
      if (!speaker && !cue && !introduced) {
        // `Rumsfeld attackierte den Iran als den „führenden Förderer von Terrorismus“`: the sentence's subject
        const src = clauseSubject(tokens, (i) => tokens[i]!.end <= span.open || tokens[i]!.start >= span.close);
        if (src) { speaker = resolver.resolve(tokens, src); via = 'subject'; ruleSrc = src; }
      }
      if (!cue) {
        // the learned ranker may overrule these rules (see frameless.ts)
        const ranked = rankFrameless({
          lang, form: 'direct', open: span.open, close: span.close, tokens, prevTokens: infos[si - 1]?.sentence.tokens ?? [],
          inQuote: inQuoteAt, mentionType, introduced,
          recent: last?.speaker && si - last.sentence <= RANKED_RECENT_SENTENCES ? { start: last.speaker.start, end: last.speaker.end, key: last.speaker.key, gap: si - last.sentence, viaCue: !!last.q.cue } : null,
          rule: via === 'recent' ? 'recent' : ruleSrc,
        });
        if (ranked !== undefined) {
          if (ranked === null) { speaker = null; via = undefined; }
          else if (ranked.kind === 'recent') { speaker = last!.speaker; via = 'recent'; }
          else {
            const toks = ranked.sentence === 0 ? tokens : infos[si - 1]!.sentence.tokens;
            speaker = resolver.resolve(toks, ranked.range);
            via = 'subject';
          }
        }
      }
      const q = makeQuote(text, span.innerStart, span.innerEnd, 'direct', speaker, cue, cueSentence);
      if (speaker && via) q.via = via;
      out.push(q);
      if (speaker) resolver.remember(speaker);
      last = { q, sentence: endSi, speaker };
    }

    // indirect and reported speech from the frames not used by a direct quote
    const verbMessages = frames.filter((f) => f.kind === 'verb' && f.source).map((f) => ({ f, r: messageRange(tokens, f, nextFrameStart(frames, f, tokens)) }));
    for (const frame of frames) {
      // `bestätigte X laut Reuters, dass …`: a `laut` frame between a verb and its message belongs to the verb's clause,
      // so the message is the verb's (the `laut` source qualifies the report)
      if (frame.kind === 'prep' && verbMessages.some(({ f, r }) => r && frame.from > f.cue[0]! && frame.to <= r[0])) continue;
      let msg = messageRange(tokens, frame, nextFrameStart(frames, frame, tokens));
      // `Kerkhoff nahm die Listen entgegen, äußerte aber Zweifel …`: a verb right after the comma with
      // no subject of its own and words of its own after it shares the subject of the clause before,
      // which is a deed, not its message
      if (msg && lang === 'de' && frame.kind === 'verb' && !frame.source && msg[1] <= frame.from &&
        tokens[frame.cue[0]! - 1]?.text === ',' && COORDINATED_VERB_NEXT.test(tokens[frame.to]?.text ?? '')) msg = null;
      const quoted = framed.get(frame);
      if (quoted) {
        // the frame introduced a direct quote: an indirect message only when the quote is a part of it
        if (!msg) continue;
        const ms = tokens[msg[0]]!.start;
        const me = tokens[msg[1] - 1]!.end;
        if (quoted.close <= ms || quoted.open >= me || !messageBeyondQuotes(text, tokens, frame, spans)) continue;
      }
      let speaker = frame.source ? resolver.resolve(tokens, frame.source) : null;
      let via: QuoteDetail['via'] = 'cue';
      // a verb of saying without a subject of its own (`und fügte hinzu, …`) continues the last speaker
      if (!speaker && msg && frame.kind === 'verb' && last?.speaker && si - last.sentence <= 1) { speaker = last.speaker; via = 'recent'; }
      let form: QuoteForm = 'indirect';
      let range = msg;
      if (!range) {
        if (frame.kind !== 'verb') continue;
        // a verb of saying without a clause of its own: the sentence reports the speech act
        // without a source a lone verb of saying is mostly a passive or a noun-like use, not a report
        if (!speaker) continue;
        // English attribution corpora (PolNeAR) annotate the content of a speech act, never the
        // act alone: a sentence with a lone verb of saying is not reported speech there
        if (lang === 'en') continue;
        // `Das bestätigte ein Sprecher.`: the pronoun stands for what the sentence before reported
        const prevTokens = infos[si - 1]?.sentence.tokens ?? [];
        const back = anaphoricObject(tokens, frame) ? trimRange(prevTokens, 0, prevTokens.length) : null;
        if (back) {
          const start = prevTokens[back[0]]!.start;
          const end = prevTokens[back[1] - 1]!.end;
          if (out.some((q) => q.start < end && q.end > start)) continue;
          const q = makeQuote(text, start, end, 'indirect', speaker, frame, tokens);
          out.push(q);
          resolver.remember(speaker);
          last = { q, sentence: si, speaker };
          continue;
        }
        form = 'reported';
        // a sentence that only says someone said something is worth keeping where that someone
        // is a named person or body, a person in a role or an institution, not whatever noun
        // stands before the verb (`wo iPhone-Tricks mehr Funktionen fordert`)
        if (!speaker.key && !isReportingBody(speaker.name)) continue;
        range = trimRange(tokens, 0, tokens.length);
      }
      if (!range) continue;
      const [a, b] = range;
      const start = tokens[a]!.start;
      const end = tokens[b - 1]!.end;
      if (coveredByDirect(out, start, end)) continue;
      const q = makeQuote(text, start, end, form, speaker, frame, tokens);
      if (speaker) q.via = via;
      out.push(q);
      if (speaker) resolver.remember(speaker);
      last = { q, sentence: si, speaker };
    }

    // a subjunctive sentence without its own cue continues the last speaker's reported speech
    if (!frames.length && !here.length && last?.speaker && si - last.sentence <= CONTINUATION_SENTENCES && last.sentence < si) {
      if (hasSubjunctive(tokens, lang)) {
        const range = trimRange(tokens, 0, tokens.length);
        if (range) {
          const start = tokens[range[0]]!.start;
          const end = tokens[range[1] - 1]!.end;
          let speaker: Speaker | null = last.speaker;
          // `Der Iran streitet dies ab. Sein Programm diene …`: the sentence before names who goes on speaking
          const prevInfo = infos[si - 1];
          const prevOwn = lang === 'de' && prevInfo && last.sentence < si - 1 && !prevInfo.frames.length ? reporterOf(prevInfo.sentence.tokens, mentionType, inQuoteAt) : null;
          if (prevOwn) speaker = resolver.resolve(prevInfo!.sentence.tokens, prevOwn);
          // `Die Staatsanwaltschaft gibt an, Spector werde …`: a main clause of its own reports through a verb the lexicon lacks
          const own = lang === 'de' ? indicativeReporter(tokens, mentionType) : null;
          if (own) speaker = resolver.resolve(tokens, own);
          // `Demnach wurden …`: the adverb that points back at the report stands for its speaker
          else if (speaker && lang === 'de' && /^(Demnach|Danach)$/.test(tokens[0]!.text)) speaker = { ...speaker, start: tokens[0]!.start, end: tokens[0]!.end, pronoun: true };
          const ranked = rankFrameless({
            lang, form: 'indirect', open: start, close: end, tokens, prevTokens: infos[si - 1]?.sentence.tokens ?? [],
            inQuote: inQuoteAt, mentionType, introduced: false,
            recent: { start: last.speaker.start, end: last.speaker.end, key: last.speaker.key, gap: si - last.sentence, viaCue: !!last.q.cue },
            rule: own ?? 'recent',
          });
          if (ranked === null) speaker = null;
          else if (ranked && ranked.kind === 'phrase') speaker = resolver.resolve(ranked.sentence === 0 ? tokens : infos[si - 1]!.sentence.tokens, ranked.range);
          const q = makeQuote(text, start, end, 'indirect', speaker, null, tokens);
          if (speaker) q.via = speaker === last.speaker ? 'continuation' : 'subject';
          out.push(q);
          if (speaker && speaker.key !== last.speaker.key) resolver.remember(speaker);
          last = { q, sentence: si, speaker: speaker ?? last.speaker };
        }
      }
    }
  }
  const joined = joinSplitQuotes(text, out, lang);
  return dedupe(lang === 'en' ? absorbPartialQuotes(joined) : joined);
}

/** Adverbs that open German sentences and look like nouns (`Bislang`, `Unterdessen`, `Später`). */
const NOT_A_SUBJECT = /^(bislang|bisher|unterdessen|indessen|später|daneben|darüber|gestern|morgen|heute|damals|danach|dennoch|trotzdem|außerdem|zudem|inzwischen|mittlerweile|immer|ferner|sodann|seither|hier|dort|jetzt|nun|zuvor|wieder|aber|allerdings)$/i;

/**
 * The subject of a sentence without a cue that opens with someone who names a person, body or role and an
 * indicative verb (`Der Iran streitet dies ab.`, `Gegner des Gesetzes verweisen auf …`): the one whose words a
 * following subjunctive sentence reports. Null when the sentence holds reported speech itself.
 */
function reporterOf(tokens: Token[], mentionType: MentionTypeAt, inQuote: (offset: number) => boolean): [number, number] | null {
  if (hasSubjunctive(tokens, 'de')) return null;
  const src = clauseSubject(tokens, (i) => !inQuote(tokens[i]!.start));
  if (!src || src[0] !== 0) return null;
  const verb = tokens[src[1]];
  if (!verb || !/^\p{Ll}/u.test(verb.text) || NOT_A_SUBJECT.test(tokens[0]!.text)) return null;
  const [a, b] = src;
  const type = mentionType(tokens[a]!.start, tokens[b - 1]!.end);
  if (type === 'PER' || type === 'ORG') return src;
  for (let k = a; k < b; k++) if (isRoleNoun(tokens[k]!.text)) return src;
  return null;
}

/**
 * The subject of an indicative main clause followed by a subjunctive clause (`Internationale Medien
 * klagten darüber, dass sie … behindert würden`): the sentence reports that subject's words through
 * a verb the cue lexicon lacks, so it does not continue the previous speaker. Null when the main
 * clause is itself subjunctive (`Die Polizei habe …`), the continuation's usual form.
 */
function indicativeReporter(tokens: Token[], mentionType: MentionTypeAt): [number, number] | null {
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 0) return null;
  for (let i = 0; i < comma; i++) if (DE_SUBJUNCTIVE.has(tokens[i]!.text.toLowerCase()) || /^[„"“”«»]$/u.test(tokens[i]!.text)) return null;
  if (!hasSubjunctive(tokens.slice(comma + 1), 'de')) return null;
  let src = clauseSubject(tokens, (i) => i < comma);
  if (!src) return null;
  // `Bislang gingen die Wissenschaftler davon aus, …`: an adverb fills the prefield, the subject follows the verb
  if (src[0] === 0 && src[1] === 1 && NOT_A_SUBJECT.test(tokens[0]!.text) && /^(der|die|das|ein|eine)$/i.test(tokens[2]?.text ?? '')) {
    const after = phraseAfter(tokens, 2, comma);
    if (!after || after[0] !== 2) return null;
    src = after;
  }
  // the finite verb beside the subject (`Medien klagten`, `gingen die Wissenschaftler`)
  const verb = src[0] === 0 ? tokens[src[1]] : tokens[src[0] - 1];
  if (!verb || !/^\p{Ll}/u.test(verb.text)) return null;
  const [a, b] = src;
  // a named speaker, a role or a plural group (`Journalisten`), not an adverb opening the sentence (`Bislang gingen …`)
  const type = mentionType(tokens[a]!.start, tokens[b - 1]!.end);
  const first = tokens[a]!.text.toLowerCase();
  // a lone capitalised word: a plural group (`Journalisten beschweren sich …`) unless an adverb
  const group = b - a === 1 && /^\p{Lu}\p{Ll}+(en|er)$/u.test(tokens[a]!.text) && !NOT_A_SUBJECT.test(tokens[a]!.text);
  const fine = type === 'PER' || type === 'ORG' || DETERMINERS.has(first) || (b - a === 1 && DE_PRONOUNS.has(first)) || b - a >= 2 || group;
  for (let k = a; k < b && !fine; k++) if (isRoleNoun(tokens[k]!.text)) return src;
  return fine && namesSomeone(tokens, src, mentionType) ? src : null;
}

/**
 * Does a subject phrase name a possible speaker: a person or organisation mention, a pronoun,
 * a role noun or a name without determiner? (`die Zuversicht`, `seine Werke` do not.)
 */
function namesSomeone(tokens: Token[], range: [number, number], mentionType: MentionTypeAt): boolean {
  const [a, b] = range;
  const type = mentionType(tokens[a]!.start, tokens[b - 1]!.end);
  if (type === 'PER' || type === 'ORG') return true;
  const first = tokens[a]!.text.toLowerCase();
  if (b - a === 1 && (DE_PRONOUNS.has(first) || EN_PRONOUNS.has(first))) return true;
  for (let k = a; k < b; k++) if (isRoleNoun(tokens[k]!.text)) return true;
  // a possessive opens a description of something said or felt (`Seine Zuversicht`), not a speaker
  return !/^(sein|seine|seiner|seinen|ihr|ihre|ihrer|ihren|his|her|their|its)$/.test(first);
}

/** Index of the first item whose offset is at or after `offset` (items sorted by that offset). */
function firstAtOrAfter<T>(items: T[], offsetOf: (item: T) => number, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsetOf(items[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The type of the entity mention inside a character range that ends last (its head), or null. */
function mentionTypeAt(doc: Doc): MentionTypeAt {
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start);
  return (start, end) => {
    const lo = firstAtOrAfter(mentions, (m) => m.start, start);
    let type: EntityType | null = null;
    for (let i = lo; i < mentions.length && mentions[i]!.start < end; i++) if (mentions[i]!.end <= end) type = mentions[i]!.type;
    return type;
  };
}

/**
 * English: a quoted fragment inside a reported clause (`He said the plan would “blow away
 * expectations.”`) is part of that clause's content, not a quote of its own; the clause stays.
 */
function absorbPartialQuotes(quotes: QuoteDetail[]): QuoteDetail[] {
  const indirect = quotes.filter((q) => q.form === 'indirect');
  return quotes.filter((q) => q.form !== 'direct' || q.parts || !indirect.some((i) => i.start <= q.start && i.end >= q.end && i.end - i.start > (q.end - q.start) * 1.5));
}

function countWords(s: string): number {
  let n = 0;
  for (const w of s.split(/\s+/)) if (WORD_RE.test(w)) n++;
  return n;
}

/** The frame closest to a quote, in the sentences it touches, outside the quote itself. */
function nearestFrame(infos: SentenceInfo[], si: number, endSi: number, span: QuotedSpan, text: string): { frame: Frame; si: number } | null {
  let best: { frame: Frame; si: number; dist: number } | null = null;
  // a frame after the quote with words between (`“…,” but Clinton said …`) is its own report: used only when nothing else is near
  let fallback: { frame: Frame; si: number; dist: number } | null = null;
  for (let k = si; k <= Math.min(endSi, infos.length - 1); k++) {
    const { sentence, frames } = infos[k]!;
    for (const f of frames) {
      const fs = sentence.tokens[f.from]!.start;
      const fe = sentence.tokens[f.to - 1]!.end;
      if (fs >= span.open && fe <= span.close) continue;
      const dist = fe <= span.open ? span.open - fe : fs >= span.close ? fs - span.close : 0;
      const detached = fs >= span.close && !/^[\s,:–-]*$/u.test(text.slice(span.close, fs));
      // a frame after the quote belongs to it only when nothing but a comma stands between
      if (detached && k === endSi && dist > 40) continue;
      if (detached) { if (!fallback || dist < fallback.dist) fallback = { frame: f, si: k, dist }; continue; }
      if (!best || dist < best.dist) best = { frame: f, si: k, dist };
    }
  }
  best ??= fallback;
  return best ? { frame: best.frame, si: best.si } : null;
}

/** Is the quote closed by a comma and followed at once by a speech frame with a source (`“…,” he said`, `„…“, sagte Merkel`)? */
function attributedAfter(text: string, span: QuotedSpan, frame: { frame: Frame; si: number } | null, infos: SentenceInfo[]): boolean {
  if (!frame?.frame.source || frame.frame.kind !== 'verb') return false;
  const inner = text.slice(span.innerStart, span.innerEnd);
  const after = text.slice(span.close, span.close + 3);
  if (!/,$/.test(inner) && !/^\s*,/.test(after)) return false;
  const tokens = infos[frame.si]!.sentence.tokens;
  const fs = tokens[frame.frame.from]!.start;
  return fs >= span.close && /^[\s,]*$/u.test(text.slice(span.close, fs));
}

function introducedByColon(text: string, open: number): boolean {
  return /:\s*$/u.test(text.slice(Math.max(0, open - 4), open));
}

function startsSentence(text: string, sentence: Sentence, span: QuotedSpan): boolean {
  return span.open <= sentence.start || introducedByColon(text, span.open);
}

/** `die Zeitung „Die Welt“`, `die Terrormiliz „Islamischer Staat“`: every word capitalised. */
function looksLikeTitle(text: string, span: QuotedSpan): boolean {
  const words = text.slice(span.innerStart, span.innerEnd).split(/\s+/).filter((w) => WORD_RE.test(w));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !/[.!?]$/.test(text.slice(span.innerStart, span.innerEnd));
}

/** Does a verb frame have a message clause of its own beyond the quoted part? */
function messageBeyondQuotes(text: string, tokens: Token[], frame: Frame, spans: QuotedSpan[]): boolean {
  const r = messageRange(tokens, frame);
  if (!r) return false;
  const start = tokens[r[0]]!.start;
  const end = tokens[r[1] - 1]!.end;
  let inside = 0;
  for (const s of spans) if (s.depth === 0 && s.open < end && s.close > start) inside += Math.min(end, s.close) - Math.max(start, s.open);
  return inside < (end - start) * 0.7;
}

/**
 * Where the message of a frame stands: the clause after the frame (`sagte, …`, `said that …`,
 * `laut X …`), or the clause before it (`…, sagte Obama.`, `…, according to X.`).
 */
function messageRange(tokens: Token[], frame: Frame, stop = tokens.length): [number, number] | null {
  let end = stop;
  // a message ends where the next speech frame of the sentence begins (`X said A, and Y said B`)
  if (stop < tokens.length) while (end > frame.to && /^(,|;|and|but|while|und|aber|während|—|–)$/i.test(tokens[end - 1]!.text)) end--;
  if (end - frame.to < 3) end = tokens.length;
  while (end > 0 && /^[.!?;:]$/.test(tokens[end - 1]!.text)) end--;
  if (frame.kind === 'prep') {
    // the rest of the sentence without the frame
    const before = trimRange(tokens, 0, frame.from);
    const after = trimRange(tokens, frame.to, end);
    const bl = before ? before[1] - before[0] : 0;
    const al = after ? after[1] - after[0] : 0;
    // a frame inside the sentence (`Die Quote wird Experten zufolge steigen`): the whole sentence
    if (al >= 2 && bl >= 2) return trimRange(tokens, 0, end);
    if (al >= 3 && al >= bl) return after;
    if (bl >= 3) return before;
    return null;
  }
  // after the frame: `Diplomaten sagten am Montag, nur …`
  for (let k = frame.to; k < Math.min(end, frame.to + 6); k++) {
    const t = tokens[k]!.text;
    if (t === ',' || t === ':') {
      const r = trimRange(tokens, k + 1, end);
      if (r && r[1] - r[0] >= 3) return r;
      break;
    }
    if (t === 'dass' || t === 'that') {
      const r = trimRange(tokens, k + 1, end);
      if (r && r[1] - r[0] >= 2) return r;
    }
  }
  // English `X said MSG` (no comma)
  const cueWord = tokens[frame.cue[0]!]!.text.toLowerCase();
  if ((EN_CUES.has(cueWord) || learnedCueScore('en', cueWord) >= 0.5) && !DE_STRONG_CUES.has(cueWord) && frame.to < end) {
    let a = frame.to;
    const lead = tokens[a]!.text.toLowerCase();
    if (cueWord.startsWith('tell') || cueWord === 'told') {
      // skip the addressee: `told reporters`, `told CNN`
      while (a < end && /^[\p{L}.]+$/u.test(tokens[a]!.text) && tokens[a]!.text.toLowerCase() !== 'that' && a < frame.to + 4 && !/^(he|she|they|it|i|we|the)$/i.test(tokens[a]!.text)) {
        a++;
        if (/^(reporters|cnn|msnbc|abc|cbs|nbc|fox|him|her|them|us|me|supporters|voters|the)$/i.test(tokens[a - 1]!.text)) break;
      }
    }
    if (tokens[a]?.text.toLowerCase() === 'that') a++;
    if (lead !== ',' && lead !== '.') {
      const r = trimRange(tokens, a, end);
      if (r && r[1] - r[0] >= 3) return r;
    }
  }
  // before the frame: `Es sei …, sagte Peskow.`
  const bf = frame.from;
  if (bf > 0 && /^[,:]$|^["“”»«]$/u.test(tokens[bf - 1]!.text)) {
    let k = bf - 1;
    while (k > 0 && /^[,"“”»«]$/u.test(tokens[k]!.text)) k--;
    const r = trimRange(tokens, 0, k + 1);
    if (r && r[1] - r[0] >= 3) return r;
  }
  return null;
}

/** Words that follow a verb sharing the subject before it (`…, äußerte aber Zweifel`), never a subject. */
const COORDINATED_VERB_NEXT = /^(aber|jedoch|allerdings|zugleich|gleichzeitig|dann|zudem|außerdem|ebenfalls|auch|sich|ihm|ihr|ihnen|keine|keinen|keinerlei|mehrfach|erneut)$/;

/** Does the sentence open with `Das`/`Dies` as the object of its cue (`Das bestätigte …`, `Dies hat … erklärt`)? */
function anaphoricObject(tokens: Token[], frame: Frame): boolean {
  if (!/^(Das|Dies|Dieses)$/.test(tokens[0]?.text ?? '')) return false;
  const c = frame.cue[0]!;
  return c === 1 || (c > 1 && /^(hat|hatte|haben|hatten|habe|wurde|wird|ist|war)$/.test(tokens[1]!.text));
}

/** Token index where the first frame after `frame` in the sentence begins, or the sentence's length. */
function nextFrameStart(frames: Frame[], frame: Frame, tokens: Token[]): number | undefined {
  let best: number | undefined;
  for (const f of frames) {
    if (f === frame) continue;
    let at: number | undefined;
    if (f.from >= frame.to) at = f.from;
    else if (f.cue[0]! > frame.to) {
      // the next cue's subject stands before this frame (`Sie räumte ein, es …, sprach aber von …`): stop at the comma before that cue
      at = f.cue[0]!;
      for (let k = f.cue[0]! - 1; k > frame.to; k--) if (tokens[k]!.text === ',') { at = k; break; }
    }
    if (at !== undefined && (best === undefined || at < best)) best = at;
  }
  return best;
}

/** Trims punctuation and quote marks off a token range; null when no word is left. */
function trimRange(tokens: Token[], a: number, b: number): [number, number] | null {
  while (a < b && !WORD_RE.test(tokens[a]!.text) && !/^[„"“«»‚]$/u.test(tokens[a]!.text)) a++;
  while (b > a && !WORD_RE.test(tokens[b - 1]!.text) && !/^["“”»«‘’]$/u.test(tokens[b - 1]!.text)) b--;
  if (b <= a) return null;
  for (let k = a; k < b; k++) if (WORD_RE.test(tokens[k]!.text)) return [a, b];
  return null;
}

function coveredByDirect(quotes: QuoteDetail[], start: number, end: number): boolean {
  return quotes.some((q) => q.form === 'direct' && q.start <= start + 2 && q.end >= end - 2);
}

function hasSubjunctive(tokens: Token[], lang: Lang): boolean {
  if (lang !== 'de') return false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.text.toLowerCase();
    if (!DE_SUBJUNCTIVE.has(w)) continue;
    const prev = tokens[i - 1]?.text.toLowerCase();
    if (prev === 'als' || prev === 'wenn' || prev === 'ob') continue;
    return true;
  }
  return false;
}

function makeQuote(text: string, start: number, end: number, form: QuoteForm, speaker: Speaker | null, frame: Frame | null, tokens: Token[]): QuoteDetail {
  const cueSpans: [number, number][] = frame ? frame.cue.map((i) => [tokens[i]!.start, tokens[i]!.end]) : [];
  let cue: string | null = null;
  if (frame) {
    const parts = frame.cue.map((i) => tokens[i]!.text);
    const adjacent = frame.cue.every((c, k) => k === 0 || c === frame.cue[k - 1]! + 1);
    cue = adjacent ? parts.join(' ') : parts.join(' … ');
  }
  // English puts the comma before the attribution inside the marks (“…a serious risk,” she
  // said); it belongs to the sentence around the quote, not to what was said.
  if (form === 'direct') while (end > start + 1 && /[,\s]/.test(text[end - 1]!)) end--;
  return {
    text: text.slice(start, end),
    start,
    end,
    form,
    speaker: speaker?.name ?? null,
    speakerKey: speaker?.key ?? null,
    cue,
    speakerStart: speaker?.start ?? null,
    speakerEnd: speaker?.end ?? null,
    cueSpans,
  };
}

function dedupe(quotes: QuoteDetail[]): QuoteDetail[] {
  const seen = new Set<string>();
  const out: QuoteDetail[] = [];
  for (const q of quotes.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const k = `${q.start}:${q.end}:${q.form}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(q);
  }
  return out;
}
