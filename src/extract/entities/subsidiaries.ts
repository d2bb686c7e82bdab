/**
 * Companies named after a word for a subsidiary: `der Weserstrom-Tochter Gridlogic`, `die
 * Konzerntochter Nordlicht`, `die Tochterfirma Alvero`, `its software unit Gridlogic`. German
 * `Tochter` is a daughter too (`seine Tochter Anna`, `die Königstochter`), but not after a
 * company's name (`X-Tochter`) or a word for a company (`Konzern-`, `Bank-`).
 */
import { headType } from './name-heads.js';
import type { TypedSpan } from './metonymy.js';
import { retypeAfterWord } from './word-before.js';

/** First parts of `…tochter` compounds that make it a subsidiary (`Konzerntochter`, `Unternehmenstochter`). */
const COMPANY_PART = /^(?:konzern|unternehmens|firmen|bank|holding|gruppen|versicherungs|auslands|handels|vertriebs|software|technik|energie|bahn|post)$/;

/** Does `word`, right before a name, say the name is a subsidiary company? */
export function isSubsidiaryWord(word: string): boolean {
  // `Tochterfirma`, `Tochtergesellschaft`, `Tochterunternehmen`
  if (/^Tochter(?:firma|gesellschaft|unternehmen)$/.test(word)) return true;
  // `Weserstrom-Tochter`, `VW-Tochter`, `Post-Tochter`: a name before the hyphen
  if (/^[\p{Lu}\p{N}][\p{L}\p{N}&.]*-Tochter$/u.test(word)) return true;
  const m = /^(\p{Lu}\p{Ll}+)tochter$/u.exec(word);
  if (!m) return /^(?:subsidiary|unit|division|affiliate)$/.test(word);
  const part = m[1]!;
  return COMPANY_PART.test(part.toLowerCase()) || headType(['', part]) === 'ORG';
}

/** Retypes person and place mentions that stand right after a subsidiary word as organisations. */
export function retypeSubsidiaries<T extends TypedSpan>(text: string, mentions: T[]): T[] {
  return retypeAfterWord(text, mentions, ['PER', 'LOC'], isSubsidiaryWord, 'ORG', true);
}
