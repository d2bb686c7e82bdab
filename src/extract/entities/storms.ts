/**
 * Names of weather systems: `Hurrikan Alex`, `Mini-Hurrikan Danny`, `Orkantief „Xaver“`,
 * `Zyklon Pat`, `Hurricane Katrina`. Storms get people's first names, so the tagger takes
 * them for persons; a name right after a word for a storm is a storm's (MISC, as GermEval and
 * CoNLL annotate them), and so is every other mention of it in the article (`Alex zog weiter`).
 */
import type { EntityType } from '../../types.js';
import type { TypedSpan } from './metonymy.js';

/** A word for a weather system, alone or as a compound's last part (`Sturmtief`, `Mini-Hurrikan`). */
const STORM_WORD = /^(?:.*[-\p{Ll}])?(?:hurrikan|Hurrikan|taifun|Taifun|zyklon|Zyklon|orkan|Orkan|Wirbelsturm|Tropensturm|Wintersturm|Sturmtief|Orkantief|Tiefdruckgebiet|Hochdruckgebiet|Tief|Hoch|Hurricane|Typhoon|Cyclone|Storm)$/u;
/** Quotes and spaces between the storm word and the name (`Tief „Xaver“`). */
const GAP = /^[\s„“"»«‚'’]*$/u;

/** Is the mention right after a word for a storm? A place only after a storm's own word (`Hurricane Katrina`), not `Hoch`/`Tief`. */
function followsStormWord(text: string, m: TypedSpan): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const match = /(\S+)([\s„“"»«‚'’]*)$/u.exec(before);
  if (!match || !GAP.test(match[2]!) || !/\s/.test(match[2]!)) return false;
  const word = match[1]!.replace(/^[„“"»«(]+/u, '');
  return STORM_WORD.test(word) && (m.type === 'PER' || !/^(?:Hoch|Tief)$/.test(word));
}

/** Retypes one-word person (or place) mentions that name a storm, and their repeats in the article, as MISC. */
export function retypeStormNames<T extends TypedSpan>(text: string, mentions: T[]): T[] {
  const named = (m: TypedSpan) => (m.type === 'PER' || m.type === 'LOC') && !m.text.includes(' ');
  const storms = new Set(mentions.filter((m) => named(m) && followsStormWord(text, m)).map((m) => m.text));
  if (storms.size === 0) return mentions;
  return mentions.map((m) => (named(m) && storms.has(m.text) ? { ...m, type: 'MISC' as EntityType } : m));
}
