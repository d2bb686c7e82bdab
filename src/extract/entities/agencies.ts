/**
 * News agencies named in a dateline (`GENEVA (Northwire) -`, `BERLIN (dpa) –`) or as the
 * article's source are organisations, whatever the tagger made of them: an agency's name is
 * often a made-up word that looks like a place or a person.
 */
import type { EntityType } from '../../types.js';
import type { TypedSpan } from './metonymy.js';

// an opening dateline: place(s) in capitals, the agency in parentheses, a dash
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'\/-]{1,60}\(([^()\n]{2,40})\)\s*[-–—]/u;

/** The character span of the agency's name in an opening dateline, or null. */
export function datelineAgency(text: string): { start: number; end: number } | null {
  const m = DATELINE.exec(text.slice(0, 200));
  if (!m) return null;
  const start = m.index + m[0].indexOf('(') + 1;
  return { start, end: start + m[1]!.length };
}

/** Retypes as ORG the mentions of the dateline's agency and of the article's source. */
export function retypeAgencies<T extends TypedSpan>(text: string, mentions: T[], source: string | null): T[] {
  const agency = datelineAgency(text);
  const names = new Set<string>();
  if (agency) names.add(text.slice(agency.start, agency.end).trim().toLowerCase());
  if (source?.trim()) names.add(source.trim().toLowerCase());
  if (names.size === 0) return mentions;
  return mentions.map((m) => (m.type !== 'ORG' && names.has(m.text.toLowerCase()) ? { ...m, type: 'ORG' as EntityType } : m));
}
