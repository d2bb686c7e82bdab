import type { Token } from '../../types.js';
import {
  isSentenceAdverb, DE_PARTICLE_CUES, DE_NEEDS_PARTICLE, DE_SOURCE_POSTPOSITIONS, DE_SOURCE_PREPOSITIONS, DE_STRONG_CUES,
  EN_CUES,
} from './lexicon.js';
import { phraseAfter, phraseBefore } from './speaker.js';
import { isBlockedCue, learnedCueScore } from './model.js';
import { rankSource, type MentionTypeAt } from './source-rank.js';

/**
 * A speech frame: the cue (`sagte`, `teilte … mit`, `laut`, `said`, `according to`) and its source
 * phrase within one sentence, and on which side of the frame its message stands.
 */
export interface Frame {
  /** Indices of the cue's tokens within the sentence. */
  cue: number[];
  /** Token range [from, to) of the source phrase, or null. */
  source: [number, number] | null;
  /** `verb` for verbs of saying, `prep` for `laut X`/`X zufolge`/`according to X`, `es` for `hieß es`. */
  kind: 'verb' | 'prep' | 'es';
  /** Token range [from, to) covered by the frame (cue, source and what lies between). */
  from: number;
  to: number;
}

const CLAUSE_BOUNDARY = new Set([',', ':', ';', '„', '“', '”', '"', '«', '»', '–', '—', '-']);
const AUX = /^(hat|hatte|haben|hatten|ist|war|sind|waren|wird|wurde|werden|wurden|has|have|had|is|was|are|were|will|would|also)$/i;
const NACH_NOUNS = /^(Angaben|Informationen|Ansicht|Meinung|Auffassung|Einschätzung|Aussagen?|Darstellungen?|Berichten|Schätzungen|Worten|Erkenntnissen|Ermittlungen|Einschätzungen|Aussagen)$/;

/** Nouns (and compounds ending in them) after `nach` with a possessive or adjective that introduce a source (`Militärangaben`). */
const NACH_COMPOUND = /(angaben|informationen|ansicht|meinung|auffassung|einschätzung|einschätzungen|aussagen?|darstellungen?|berichten|schätzungen|erkenntnissen|ermittlungen|worten)$/i;

/** Nouns after `nach` and a determiner that introduce a source (`nach einem Bericht der BBC`, `Nach dem Urteil`). */
const NACH_DET_NOUNS = /^(Angaben|Bericht|Berichten|Urteil|Studie|Umfrage|Meldung|Mitteilung|Erklärung|Aussage|Darstellung|Einschätzung|Auffassung|Ansicht|Meinung|Worten|Informationen|Schätzung|Schätzungen)$/;
/** Determiners and pronouns that end like verbs (`die`, `letzte`), never the verb of a `so` clause. */
const DETERMINERS_WORD = /^(die|diese|jene|seite|letzte|erste|eine|keine|meiste)$/;
/** Prepositions that attach the source of `hieß es` (`im Bericht`, `aus dem Kreml`, `bei Russland Aktuell`). */
const ES_SOURCE_PREP = /^(im|in|aus|vom|von|beim|bei|auf)$/i;

export type Lang = 'de' | 'en';

/**
 * Finds the speech frames of one sentence; `inQuote(i)` tells which tokens are inside quotation
 * marks, `mentionType` the entity type of a mention covering a character range (when known).
 */
export function findFrames(tokens: Token[], lang: Lang, inQuote: (i: number) => boolean, mentionType?: MentionTypeAt): Frame[] {
  return lang === 'de' ? germanFrames(tokens, inQuote, mentionType) : englishFrames(tokens, inQuote, mentionType);
}

function clauseStart(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !CLAUSE_BOUNDARY.has(tokens[k]!.text)) k--;
  return k + 1;
}

function clauseEnd(tokens: Token[], i: number): number {
  let k = i + 1;
  while (k < tokens.length && !CLAUSE_BOUNDARY.has(tokens[k]!.text) && !/^[.!?]$/.test(tokens[k]!.text)) k++;
  return k;
}

/** Prepositions that open a phrase that is not a subject (`in einem Interview`, `of the party`). */
const PREPOSITION = /^(in|im|mit|von|vom|bei|beim|auf|an|am|nach|aus|zu|zum|zur|für|über|gegenüber|of|with|at|from|to|for|on|by|about)$/i;
/** Prepositions that attach a place or body to a subject (`Die US-Botschaft in Riad`, `Der Bürgermeister von New Orleans`). */
const ATTACHING = /^(in|von|aus|bei|im|vom|of|from|at|in|für|for)$/i;
/** Nominative personal pronouns that stand right after a German finite verb as its subject (`Der Politik schlug er vor`). */
const DE_SUBJECT_PRONOUN = /^(er|wir|ich)$/i;
/** Determiners of a dative or accusative object after the verb (`teilte dem Sender mit`). */
const OBJECT_DETERMINER = /^(dem|den|einem|einen|ihm|ihnen|him|them|reporters)$/i;

/** The subject of a verb cue at i: the phrase opening its clause, else the phrase after the verb. */
function verbSource(tokens: Token[], i: number, lastCue: number, inQuote: (i: number) => boolean): [number, number] | null {
  const cs = clauseStart(tokens, i);
  // `Arturo Arauz, der …, sagte`, `Demonstranten, die … skandierten`: a cue ending a relative clause speaks through
  // its pronoun, which stands for the phrase before it (the source covers both)
  const rel = relativeSource(tokens, cs, i, lastCue, inQuote);
  if (rel) return rel;
  // `Wie der Kreml mitteilte, …`, `as the report says`
  if (cs < i && /^(wie|as)$/i.test(tokens[cs]!.text)) {
    const src = phraseAfter(tokens, cs + 1, i);
    if (src) return src;
  }
  if (DE_SUBJECT_PRONOUN.test(tokens[i + 1]?.text ?? '') && !inQuote(i + 1)) return [i + 1, i + 2];
  if (cs < i && !/^(und|and|but|aber|sondern|oder|or)$/i.test(tokens[cs]!.text)) {
    const first = phraseAfter(tokens, cs, i);
    // `Gleichzeitig empfahl der Minister …`: an adverb in the prefield leaves the subject after the verb
    const adverb = !!first && first[1] - first[0] === 1 && isSentenceAdverb(tokens[first[0]]!.text);
    if (first && !adverb && first[1] < tokens.length && !PREPOSITION.test(tokens[first[0]]!.text)) {
      let end = first[1];
      // `Die US-Botschaft in Riad teilte … mit`: a place or body attached to the subject
      if (end < i && ATTACHING.test(tokens[end]!.text)) {
        const pp = phraseAfter(tokens, end + 1, i);
        if (pp && (pp[1] === i || AUX.test(tokens[pp[1]]!.text))) end = pp[1];
      }
      const next = tokens[end]!.text;
      if (end === i || AUX.test(next) || DE_STRONG_CUES.has(next.toLowerCase()) || EN_CUES.has(next.toLowerCase()) || onlyAdverbs(tokens, end, i)) {
        if (!first.some((k) => inQuote(k))) return [first[0], end];
      }
    }
    const before = phraseBefore(tokens, i, cs);
    if (before && before[0] === cs && !adverb) return before;
  }
  // `Der Leiter des Programms, Klaus Stöhr, sagte`: the apposition before the cue
  if (cs === i && tokens[i - 1]?.text === ',' && i >= 3) {
    const apposition = phraseBefore(tokens, i - 1, clauseStart(tokens, i - 1));
    if (apposition && tokens[apposition[0] - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[apposition[0]]!.text) && !inQuote(apposition[0])) return apposition;
  }
  // `Elon Musk, der Milliardär hinter der Firma, kündigte … an`: the phrase opening the sentence before an inserted clause
  if (cs === i && tokens[i - 1]?.text === ',' && i >= 4) {
    let open = -1;
    for (let k = i - 2; k > 0; k--) if (tokens[k]!.text === ',') { open = k; break; }
    const head = open > 0 ? phraseAfter(tokens, 0, open) : null;
    if (head && head[0] === 0 && head[1] === open && !inQuote(0) && !PREPOSITION.test(tokens[0]!.text) && /^(der|die|das|welche|welcher|welches)$/i.test(tokens[open + 1]?.text ?? '')) return head;
  }
  // inverted subject: `sagte Obama`, `teilte der Kreml hinterher mit`, `said Mr. Smith`
  const after = phraseAfter(tokens, lastCue === i ? i + 1 : i + 1, tokens.length);
  if (after && !inQuote(after[0]) && !OBJECT_DETERMINER.test(tokens[after[0]]!.text)) return after;
  // `…, and then said`: the subject of the sentence's first clause
  if (cs < i && /^(und|and|but|aber)$/i.test(tokens[cs]!.text) && onlyAdverbs(tokens, cs + 1, i)) {
    const first = phraseAfter(tokens, clauseStart(tokens, cs), cs);
    if (first && !PREPOSITION.test(tokens[first[0]]!.text) && !first.some((k) => inQuote(k))) return first;
  }
  if (cs < i) {
    const before = phraseBefore(tokens, i, cs);
    if (before && !inQuote(before[0]) && !PREPOSITION.test(tokens[before[0] - 1]?.text ?? '')) return before;
  }
  // an object after the verb (`kündigte einen Pick-up-Truck an`) is no source
  if (after && !inQuote(after[0]) && !OBJECT_DETERMINER.test(tokens[after[0]]!.text)) return after;
  return null;
}

/** A relative clause with the cue at its end (`, der zunächst … als „Fest“ bezeichnete,`): the antecedent and its pronoun. */
function relativeSource(tokens: Token[], cs: number, i: number, lastCue: number, inQuote: (i: number) => boolean): [number, number] | null {
  if (cs < 2 || cs >= i || tokens[cs - 1]!.text !== ',' || !/^(der|die|welche|welcher)$/i.test(tokens[cs]!.text)) return null;
  // the verb ends its clause (German verb-final order): a comma, the sentence end or an auxiliary follows
  const after = tokens[lastCue + 1]?.text ?? '.';
  if (!/^([,.;:]|hat|hatte|habe|hätte|ist|war|sei|wurde|worden|haben|hatten)$/.test(after)) return null;
  // a subject of its own after the pronoun makes the pronoun the object (`Die Alternative, die Roßberg nannte`)
  const next = tokens[cs + 1]?.text ?? '';
  if (/^\p{Lu}/u.test(next) || /^(der|die|das|ein|eine|er|sie|man|wir|ich)$/i.test(next)) return null;
  const antecedent = phraseBefore(tokens, cs - 1);
  if (!antecedent || inQuote(antecedent[0])) return null;
  return [antecedent[0], cs + 1];
}

const PASSIVE_AUX = /^(wurde|wurden|worden|werden|wird)$/i;

/**
 * A German passive cue (`wurde bestätigt`): its subject is what was said, not who said it.
 * Returns the agent (`von der Polizei`), null when there is none, or undefined
 * when the cue is not passive.
 */
function passiveAgent(tokens: Token[], i: number): [number, number] | null | undefined {
  const w = tokens[i]!.text;
  // a participle: weak (`bestätigt`) or strong (`vorgeworfen`, `angegeben`); `haben … vorgeworfen` stays active
  if (!/^\p{Ll}+t$/u.test(w) && !/^\p{Ll}*ge\p{Ll}+en$/u.test(w)) return undefined;
  const cs = clauseStart(tokens, i);
  let aux = -1;
  for (let k = cs; k < clauseEnd(tokens, i); k++) if (k !== i && PASSIVE_AUX.test(tokens[k]!.text)) aux = k;
  if (aux < 0) return undefined;
  // `wird Musk wie folgt zitiert`, `X wird von der Zeitung mit den Worten zitiert`: the one quoted is the source, not the medium
  if (w === 'zitiert') {
    const after = phraseAfter(tokens, aux + 1, i);
    if (after && after[0] === aux + 1 && /^(\p{Lu}|der$|die$|ein$|eine$)/u.test(tokens[aux + 1]!.text)) return after;
    const before = phraseAfter(tokens, cs, aux);
    if (before && before[0] === cs && before[1] === aux) return before;
  }
  for (let k = cs; k < clauseEnd(tokens, i); k++) {
    if (/^(von|vom|durch|by)$/i.test(tokens[k]!.text)) {
      const agent = phraseAfter(tokens, k + 1);
      if (agent) return agent;
      // `Von gewerkschaftlicher Seite wird das kritisiert`: an adjective before the agent's noun
      if (/^\p{Ll}+(er|en|e)$/u.test(tokens[k + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) {
        const noun = phraseAfter(tokens, k + 2);
        if (noun && noun[0] === k + 2) return [k + 1, noun[1]];
      }
    }
  }
  // `In einem Bericht der Zeitung wurde vermutet, …`: the document opening the clause
  if (/^(in|im)$/i.test(tokens[cs]?.text ?? '') && cs < aux) {
    const doc = phraseAfter(tokens, cs + 1, aux);
    if (doc && doc[0] === cs + 1) for (let k = doc[0]; k < doc[1]; k++) if (DOCUMENT_NOUN.test(tokens[k]!.text)) return [cs, doc[1]];
  }
  return null;
}

/** Nouns of documents that speak for their authors (`In einer Presseerklärung wurde verkündet`). */
const DOCUMENT_NOUN = /^\p{Lu}\p{Ll}*(bericht|berichten|erklärung|mitteilung|stellungnahme|schreiben|brief|studie|urteil|meldung|interview|papier|dokument|gutachten|kommentar)$|^(Bericht|Berichten|Erklärung|Mitteilung|Stellungnahme|Schreiben|Brief|Studie|Urteil|Meldung|Interview|Papier|Dokument|Gutachten|Kommentar)$/u;

/** Are the tokens [a, b) only adverbs that may separate a subject from its verb? */
function onlyAdverbs(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!/^(hingegen|dagegen|jedoch|allerdings|ebenfalls|auch|nun|dann|bereits|schon|indes|wiederum|zudem|außerdem|gestern|heute|then|also|later|again|previously|recently|had|has|have|will|would|could)$/i.test(tokens[k]!.text)) return false;
  return true;
}

/** Adverbs that may stand around a coordinated cue verb (`, sprechen aber davon`, `und stellte gleichzeitig fest`). */
const COORD_ADVERB = /^(aber|jedoch|auch|dann|zudem|außerdem|gleichzeitig|zugleich|später|anschließend|ebenfalls|allerdings|dabei|daraufhin|weiter|ferner|noch|schließlich|nun|sogleich)$/i;
/** Words that open a subject of the cue's own right after it (`und sagte er`, `, erklärte der Minister`). */
const OWN_SUBJECT = /^(er|sie|es|man|wir|ich|der|die|das|ein|eine|dieser|diese)$/i;

/**
 * The subject a German cue verb shares with the clause before it when it opens a coordinated
 * clause without a subject of its own: `Der Minister sagte …, und fügte hinzu, …`,
 * `Internationale Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon, dass …`.
 * The source of an earlier cue of the sentence when there is one, else the sentence's subject.
 */
function sharedSubject(tokens: Token[], i: number, frames: Frame[], inQuote: (i: number) => boolean): [number, number] | null {
  let p = i - 1;
  while (p > 0 && COORD_ADVERB.test(tokens[p]!.text) && !/^aber$/i.test(tokens[p]!.text)) p--;
  const link = tokens[p]?.text.toLowerCase();
  const conj = link === 'und' || link === 'sowie' || link === 'aber' || link === 'sondern';
  if (!conj && link !== ',') return null;
  if (p < 2 || inQuote(p - 1)) return null;
  // the first clause ends with a quotation mark or a subjunctive: it is a message, the cue's subject follows (`„…“, sagte X`)
  const before = tokens[p - 1]!.text;
  if (/^[„"“”«»]$/u.test(before)) return null;
  let k = i + 1;
  while (k < tokens.length && COORD_ADVERB.test(tokens[k]!.text)) k++;
  const next = tokens[k]?.text ?? '';
  if (OWN_SUBJECT.test(next)) return null;
  // after a comma a capitalised word right after the verb is mostly its inverted subject (`, sagte Merkel`)
  if (!conj && /^\p{Lu}/u.test(next)) return null;
  if (conj && k === i + 1 && /^\p{Lu}/u.test(next) && !/^[,.]$/.test(tokens[k + 1]?.text ?? '')) {
    // `und sagte Merkel`, but not `und kündigte Maßnahmen an`: a capitalised word after the verb is its subject only as a name
    if (/^\p{Lu}\p{Ll}+$/u.test(next) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) return null;
  }
  // the last earlier cue of the sentence (a few back at most: the work stays linear in huge sentences)
  for (let f = frames.length - 1; f >= 0 && f >= frames.length - 3; f--) {
    const earlier = frames[f]!;
    if (earlier.kind === 'verb' && earlier.source && earlier.cue[0]! < p) return earlier.source;
  }
  // the first clause: a subject opening the sentence and a finite verb after it, no subjunctive (a message, not a report)
  if (p > SHARED_SUBJECT_WINDOW) return null;
  for (let m = 0; m < p; m++) if (DE_SUBJUNCTIVE_WORD.test(tokens[m]!.text)) return null;
  const subject = phraseAfter(tokens, 0, p);
  if (!subject || subject[0] !== 0 || inQuote(0) || NOT_SUBJECT_OPENER.test(tokens[0]!.text)) return null;
  const verb = tokens[subject[1]]?.text ?? '';
  if (!/^\p{Ll}/u.test(verb) || /^(und|oder|aber|sowie|,)$/i.test(verb)) return null;
  return subject;
}

/** How far (in tokens) a coordinated cue may stand from the sentence's subject it shares. */
const SHARED_SUBJECT_WINDOW = 60;
/** Sentence openers that are not a subject (`Laut`, `Nach`, `Am Montag`). */
const NOT_SUBJECT_OPENER = /^(in|im|mit|von|vom|bei|beim|auf|an|am|nach|aus|zu|zum|zur|für|über|unter|gegen|seit|wegen|laut|während|wie|als|wenn|dass|ob|so|da|dort|hier|dabei|damit|dazu|auch|doch|denn|es|das|dies)$/i;
/** Subjunctive auxiliaries that mark a clause as reported speech rather than a report (`Es sei …`). */
const DE_SUBJUNCTIVE_WORD = /^(sei|seien|habe|hätten|hätte|werde|würden|würde|könne|könnten|müsse|solle|dürfe|wolle)$/i;

function germanFrames(tokens: Token[], inQuote: (i: number) => boolean, mentionType?: MentionTypeAt): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote(i)) continue;
    const w = tokens[i]!.text;
    const lw = w.toLowerCase();
    const prev = tokens[i - 1]?.text.toLowerCase();
    // `laut X`, `gemäß X`
    if (DE_SOURCE_PREPOSITIONS.has(lw)) {
      const src = phraseAfter(tokens, i + 1);
      if (src) frames.push({ cue: [i], source: src, kind: 'prep', from: i, to: src[1] });
      continue;
    }
    // `X zufolge`
    if (DE_SOURCE_POSTPOSITIONS.has(lw)) {
      const src = phraseBefore(tokens, i, clauseStart(tokens, i));
      if (src) frames.push({ cue: [i], source: src, kind: 'prep', from: src[0], to: i + 1 });
      continue;
    }
    // `nach Angaben (von|aus|des) X`, `nach Angaben libanesischer Sicherheitskreise`, `nach einem Bericht der BBC`:
    // the source is the noun with its attribute, as attribution corpora mark it
    if (lw === 'nach' && tokens[i + 1]) {
      let n = i + 1;
      if (/^(dem|einem|einer|der|den)$/i.test(tokens[n]!.text) && tokens[n + 1] && NACH_DET_NOUNS.test(tokens[n + 1]!.text)) n++;
      else {
        // `Nach deren Angaben`, `Nach seiner Meinung`, `Nach diesen Erkenntnissen`, `Nach israelischen Militärangaben`
        let k = n;
        if (/^(deren|dessen|seiner|ihrer|seinen|ihren|diesen|diesem|dieser|eigenen)$/i.test(tokens[k]!.text)) k++;
        while (k < n + 3 && tokens[k] && /^\p{Ll}+(er|en|es|e)$/u.test(tokens[k]!.text)) k++;
        if (k > n && tokens[k] && /^\p{Lu}/u.test(tokens[k]!.text) && NACH_COMPOUND.test(tokens[k]!.text)) n = k;
      }
      if (n > i + 1 || NACH_NOUNS.test(tokens[n]!.text)) {
        let j = n + 1;
        if (/^(von|aus)$/.test(tokens[j]?.text.toLowerCase() ?? '')) j++;
        // lower-case adjectives before a genitive noun (`libanesischer Sicherheitskreise`)
        // (an adjective stands before a noun or another adjective: in `sollten die Verbraucher` the verb opens the message)
        const adjective = (k: number) => /^\p{Ll}+(er|en|es|e)$/u.test(tokens[k]?.text ?? '') && !/^(der|des|den|dem|die|von|seien|sei|werde|werden|hätten|habe|haben)$/.test(tokens[k]!.text);
        const beforeNoun = (k: number) => {
          let m = k + 1;
          while (m < k + 4 && adjective(m)) m++;
          return /^\p{Lu}/u.test(tokens[m]?.text ?? '');
        };
        while (j + 1 < tokens.length && adjective(j) && beforeNoun(j)) j++;
        const ph = phraseAfter(tokens, j);
        const end = ph && ph[0] === j ? ph[1] : j > n + 1 && /^\p{Lu}/u.test(tokens[j]?.text ?? '') ? j + 1 : n + 1;
        const src: [number, number] = [i + 1, end];
        frames.push({ cue: [i], source: src, kind: 'prep', from: i, to: end });
        continue;
      }
    }
    // `Seiner Meinung nach`, `Merkels Ansicht nach`: the possessor is the source
    if (lw === 'nach' && i >= 2 && NACH_NOUNS.test(tokens[i - 1]!.text) && /^(seiner|ihrer|seines|ihres|\p{Lu}[\p{L}-]*s)$/iu.test(tokens[i - 2]!.text)) {
      frames.push({ cue: [i - 1, i], source: [i - 2, i - 1], kind: 'prep', from: i - 2, to: i + 1 });
      continue;
    }
    // `hieß es`, `heißt es`
    if ((lw === 'hieß' || lw === 'heißt') && tokens[i + 1]?.text.toLowerCase() === 'es') {
      const cs = clauseStart(tokens, i);
      let src: [number, number] | null = null;
      let from = i;
      let to = i + 2;
      // `Im russischen Außenministerium hieß es`, `Aus dem Kreml hieß es`, `In der Erklärung heißt es`
      if (cs < i && ES_SOURCE_PREP.test(tokens[cs]!.text)) { src = phraseAfterLoose(tokens, cs + 1, i); from = cs; }
      // `heißt es in der Erklärung`, `hieß es zur Begründung auf der Homepage`
      if (!src) {
        let k = i + 2;
        while (k < tokens.length && k < i + 6 && /^(zur|zum|dazu|wörtlich|auch|jedoch|nun|weiter|ferner|außerdem|unter|anderem|Begründung|damals|später|dann)$/.test(tokens[k]!.text)) k++;
        if (k < tokens.length && ES_SOURCE_PREP.test(tokens[k]!.text)) {
          src = phraseAfterLoose(tokens, k + 1, clauseEnd(tokens, k));
          if (src) { src = [k, src[1]]; to = src[1]; }
        }
      }
      // `In der Vorabversion des Berichts, der …, heißt es`: the sentence opens with the source
      if (!src && cs === i && i > 2 && ES_SOURCE_PREP.test(tokens[0]!.text)) { src = phraseAfterLoose(tokens, 1, i); from = 0; }
      frames.push({ cue: [i, i + 1], source: src, kind: 'es', from, to });
      continue;
    }
    // `, so Merkel.`
    if (lw === 'so' && (prev === ',' || isCloseQuote(tokens[i - 1]?.text)) ) {
      // `, so letztere.`: a pronoun naming one of those mentioned before
      if (/^(letztere|letzterer|ersterer|erstere|dieser|diese|jener|jene|er|sie)$/.test(tokens[i + 1]?.text ?? '') && /^[.,;!?]$/.test(tokens[i + 2]?.text ?? '.')) {
        frames.push({ cue: [i], source: [i + 1, i + 2], kind: 'verb', from: i, to: i + 2 });
        continue;
      }
      // `„…“, so urteilte Romney.`: the verb of the `so` clause comes before its subject
      let at = i + 1;
      if (/^\p{Ll}+(te|ten|t)$/u.test(tokens[at]?.text ?? '') && !DETERMINERS_WORD.test(tokens[at]!.text)) at++;
      let src = phraseAfter(tokens, at);
      // `so das Fazit der Betreiber von Abgeordnetenwatch`: a `von` attribute belongs to the source
      if (src && /^(von|vom)$/.test(tokens[src[1]]?.text ?? '')) {
        const attr = phraseAfter(tokens, src[1] + 1);
        if (attr && attr[0] === src[1] + 1) src = [src[0], attr[1]];
      }
      const after = src ? tokens[src[1]]?.text : undefined;
      // `, so Nasrallah im libanesischen Fernsehen.`: a phrase of place or medium may follow
      if (src && (after === undefined || /^[.,;!?]$/.test(after) || /^(im|in|am|auf|bei|beim|gegenüber|vor|zu|zum|zur|laut|wörtlich|weiter|abschließend|dazu)$/.test(after))) frames.push({ cue: at > i + 1 ? [i, i + 1] : [i], source: src, kind: 'verb', from: i, to: src[1] });
      continue;
    }
    const strong = DE_STRONG_CUES.has(lw);
    const learned = !strong && learnedCueScore('de', lw) >= 0.5;
    if (isBlockedCue('de', lw)) continue;
    const particles = DE_PARTICLE_CUES[lw];
    // a separable verb is a cue with its particle whatever its tense (`fügt … hinzu`, `merkt … an`)
    if (!strong && !learned && !particles) continue;
    const cue = [i];
    if (particles) {
      const end = clauseEnd(tokens, i);
      for (let k = i + 1; k < end; k++) {
        if (particles.includes(tokens[k]!.text.toLowerCase())) { cue.push(k); break; }
      }
    }
    if (DE_NEEDS_PARTICLE.has(lw) && cue.length === 1) continue;
    const passive = passiveAgent(tokens, i);
    // `X sagte …, und fügte hinzu, …`: a coordinated cue without a subject of its own shares the first clause's
    const shared = passive === undefined ? sharedSubject(tokens, i, frames, inQuote) : null;
    const ruleSrc = passive === undefined ? shared ?? verbSource(tokens, i, cue[cue.length - 1]!, inQuote) : passive;
    const src = rankSource(tokens, cue, ruleSrc, 'de', inQuote, mentionType, passive !== undefined);
    const last = cue[cue.length - 1]!;
    const from = Math.min(i, src ? src[0] : i);
    const to = Math.max(last + 1, src ? src[1] : i + 1);
    frames.push({ cue, source: src, kind: 'verb', from, to });
  }
  return frames;
}

function englishFrames(tokens: Token[], inQuote: (i: number) => boolean, mentionType?: MentionTypeAt): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (inQuote(i)) continue;
    const lw = tokens[i]!.text.toLowerCase();
    if (lw === 'according' && tokens[i + 1]?.text.toLowerCase() === 'to') {
      let src = phraseAfter(tokens, i + 2);
      // `according to a report published by the fire service`: the unnamed source's author names it
      if (src && /^\p{Ll}/u.test(tokens[src[1] - 1]!.text) && /^(by|from|of)$/.test(tokens[src[1]]?.text ?? '')) {
        const by = phraseAfter(tokens, src[1] + 1);
        if (by && by[0] === src[1] + 1 + (/^the$/i.test(tokens[src[1] + 1]!.text) ? 1 : 0) && /^\p{Lu}/u.test(tokens[by[1] - 1]!.text)) src = [src[0], by[1]];
      }
      frames.push({ cue: [i, i + 1], source: src, kind: 'prep', from: i, to: src ? src[1] : i + 2 });
      i++;
      continue;
    }
    // a capitalised cue word inside a sentence is a name (`the United States`)
    if (/^\p{Lu}/u.test(tokens[i]!.text) && (i > 0 || !/(ed|ing)$/.test(lw))) continue;
    // a noun of the same spelling after a determiner, number or preposition (`the states`, `poll shows` stays)
    if (/s$/.test(lw) && /^(the|a|an|these|those|their|its|his|her|our|all|both|many|other|several|some|few|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|fifty|of|in|on|for|with|to|from|by|at|about|into|across|and|or|new|early|top|primary|united)$/i.test(tokens[i - 1]?.text ?? '')) continue;
    const strong = EN_CUES.has(lw);
    if (!strong && (learnedCueScore('en', lw) < 0.5 || /ly$/.test(lw))) continue;
    if (isBlockedCue('en', lw)) continue;
    const src = rankSource(tokens, [i], verbSource(tokens, i, i, inQuote), 'en', inQuote, mentionType, isEnglishPassive(tokens, i));
    const from = Math.min(i, src ? src[0] : i);
    const to = Math.max(i + 1, src ? src[1] : i + 1);
    frames.push({ cue: [i], source: src, kind: 'verb', from, to });
  }
  return frames;
}

/** `was told`, `were reported`: an English passive cue. */
function isEnglishPassive(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  return /^(is|was|were|are|been|be|being)$/.test(prev) && /ed$|told|said|thought|known/.test(tokens[i]!.text.toLowerCase());
}

/** A phrase after a preposition: `russischen Außenministerium`, `der Erklärung`. */
function phraseAfterLoose(tokens: Token[], a: number, limit: number): [number, number] | null {
  let j = a;
  while (j < limit && /[\p{L}\p{N}]/u.test(tokens[j]!.text)) j++;
  return j > a ? [a, j] : null;
}

function isCloseQuote(t: string | undefined): boolean {
  return t !== undefined && /^["“”»«]$/.test(t);
}

