/**
 * A light tense guess for one sentence: the tense marker nearest to an expression decides
 * whether `am Montag` / `on Monday` points back or forward. Markers are auxiliaries,
 * frequent past forms and future cues; no parser is needed.
 */
import type { Tense } from './context.js';

interface Marker {
  pos: number;
  tense: Tense;
}

const DE_PAST = new Set([
  'war', 'waren', 'warst', 'wurde', 'wurden', 'hatte', 'hatten', 'gab', 'sagte', 'sagten', 'teilte', 'teilten',
  'mitteilte', 'mitteilten', 'erklärte', 'erklärten', 'berichtete', 'berichteten', 'meldete', 'meldeten',
  'kündigte', 'ankündigte', 'bestätigte', 'bestätigten', 'hieß', 'fand', 'fanden', 'kam', 'kamen', 'ging',
  'gingen', 'stand', 'standen', 'lag', 'lagen', 'starb', 'starben', 'fiel', 'fielen', 'traf', 'trafen',
  'gewann', 'gewannen', 'verlor', 'verloren', 'begann', 'begannen', 'einigten', 'forderte', 'forderten',
  'wählte', 'wählten', 'stimmte', 'stimmten', 'betonte', 'betonten', 'sprach', 'sprachen', 'zeigte', 'zeigten',
  'wies', 'rief', 'riefen', 'reiste', 'reisten', 'besuchte', 'besuchten', 'nahm', 'nahmen', 'gelang',
  'ereignete', 'passierte', 'geschah', 'brachte', 'brachten', 'setzte', 'setzten', 'griff', 'griffen',
  'abriegelten', 'abriegelte', 'bekräftigten', 'bekräftigte', 'verständigten', 'begegneten', 'mussten',
  'musste', 'konnte', 'konnten', 'wollte', 'wollten', 'sollte', 'sollten', 'durfte', 'durften', 'gestern',
  'vorgestern', 'damals', 'zuvor', 'bereits',
]);
const DE_FUTURE = new Set([
  'wird', 'werden', 'wirst', 'werde', 'will', 'wollen', 'soll', 'sollen', 'plant', 'planen', 'geplant',
  'morgen', 'übermorgen', 'künftig', 'demnächst', 'bald', 'kommenden', 'kommende', 'nächsten', 'nächste',
  'bevorstehenden', 'bevorstehende', 'beginnt', 'startet', 'findet', 'stattfinden', 'erwartet',
]);
const EN_PAST = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'took', 'made', 'gave', 'met', 'won', 'lost',
  'fell', 'rose', 'began', 'saw', 'found', 'left', 'held', 'sold', 'bought', 'paid', 'spent', 'struck',
  'got', 'became', 'ago', 'yesterday', 'earlier', 'last', 'previously', 'ran', 'shot', 'hit', 'set', 'put',
  'led', 'fled', 'brought', 'thought', 'knew', 'wrote', 'spoke', 'chose', 'drew', 'grew', 'flew', 'broke',
]);
const EN_FUTURE = new Set([
  'will', "'ll", 'shall', 'tomorrow', 'next', 'upcoming', 'coming', 'scheduled', 'plans', 'planned',
  'expected', 'expects', 'would', 'going', 'later',
]);

const WORD_RE = /[\p{L}']+/gu;

/** Tense markers of one sentence, with their offsets relative to `base`. */
export function tenseMarkers(sentence: string, lang: 'de' | 'en', base = 0): Marker[] {
  const out: Marker[] = [];
  const past = lang === 'de' ? DE_PAST : EN_PAST;
  const future = lang === 'de' ? DE_FUTURE : EN_FUTURE;
  let perfectAux = -1;
  for (const m of sentence.matchAll(WORD_RE)) {
    const raw = m[0];
    const w = raw.toLowerCase();
    const pos = base + m.index!;
    if (past.has(w)) out.push({ pos, tense: 'past' });
    else if (future.has(w)) out.push({ pos, tense: 'future' });
    else if (lang === 'de') {
      if (/^(hat|haben|habe|hast|ist|sind|bin)$/.test(w)) perfectAux = pos;
      // a perfect participle after a present auxiliary: `hat … beschlossen`, `ist … getötet worden`
      else if (perfectAux >= 0 && /^\p{Ll}/u.test(raw) && /^(ge\p{Ll}{3,}(t|en)|\p{Ll}+ge\p{Ll}{3,}(t|en)|worden)$/u.test(w)) {
        out.push({ pos: perfectAux, tense: 'past' });
        perfectAux = -1;
      }
    } else if (/^\p{Ll}{3,}ed$/u.test(raw) && !/(need|feed|seed|speed|breed|bleed|proceed|succeed|exceed)$/.test(w)) {
      out.push({ pos, tense: 'past' });
    }
  }
  return out;
}

/** The tense of the marker nearest to `pos`; `present` when there is none. */
export function tenseAt(markers: Marker[], pos: number): Tense {
  let best: Marker | null = null;
  for (const mk of markers) {
    if (!best || Math.abs(mk.pos - pos) < Math.abs(best.pos - pos)) best = mk;
  }
  return best ? best.tense : 'present';
}

// English cues right before a date that put it ahead of the report: `payable Dec. 7`,
// `as soon as Tuesday`, `is to resume trading Tuesday`, `plans to leave on Friday`, `by August` (only right before: `found by two fishermen`)
const EN_FUTURE_CUE = /(?<![\p{L}'])(?:will|'ll|shall|until|till|as\s+soon\s+as|scheduled|expected\s+to|set\s+to|plans?\s+to|planned\s+to|intends?\s+to|(?:is|are)\s+to|payable|effective|starting|beginning)(?![\p{L}])(?:(?![.;:!?]).)*$|(?<![\p{L}])by\s+(?:the\s+)?(?:end\s+of\s+)?$/iu;

/** How far back a local cue may stand from the expression (characters, same sentence). */
const CUE_WINDOW = 40;

/** A tense that the words just before an expression impose, or null. */
export function cueTense(text: string, sentenceStart: number, pos: number, lang: 'de' | 'en'): Tense | null {
  if (lang !== 'en') return null;
  const before = text.slice(Math.max(sentenceStart, pos - CUE_WINDOW), pos);
  return EN_FUTURE_CUE.test(before) ? 'future' : null;
}
