/**
 * Places that act as institutions: `der Kreml teilte mit`, `laut dem Weißen Haus`,
 * `the Pentagon said`. A LOC mention with a definite article that is the source of a
 * statement names the institution (ORG), as the GermEval and CoNLL guidelines read it.
 */
import type { EntityType } from '../../types.js';

const ARTICLE_BEFORE = /(?:^|\s)(?:der|dem|des|den|die|das|the)\s+$/iu;
// speech and announcement cues, before or after the mention, within the clause
const CUE = /\b(?:teilte|teilt|mitteil\w*|erklärte|erklärt|sagte|sagt|hieß|heißt|betonte|kündigte|warnte|bestätigte|dementierte|forderte|reagierte|verlautete|laut|zufolge|said|says|announced|stated|told|warned|confirmed|denied|according)\b/iu;

export interface TypedSpan {
  text: string;
  type: EntityType;
  start: number;
  end: number;
}

/** Retypes LOC mentions that stand for an institution speaking. */
export function retypeInstitutions<T extends TypedSpan>(text: string, mentions: T[]): T[] {
  return mentions.map((m) => {
    if (m.type !== 'LOC') return m;
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (!ARTICLE_BEFORE.test(before)) return m;
    const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'), before.lastIndexOf(';'));
    const after = text.slice(m.end, m.end + 80).split(/[.;]/)[0] ?? '';
    const clause = (clauseStart >= 0 ? before.slice(clauseStart + 1) : before) + ' ' + after;
    return CUE.test(clause) ? { ...m, type: 'ORG' as EntityType } : m;
  });
}
