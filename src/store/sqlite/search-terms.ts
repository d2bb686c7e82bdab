import { tokenize } from '../../text/tokenize.js';
import { stem } from '../../text/stem.js';

/**
 * The words of a text as search terms: Snowball stems with umlauts folded, so that
 * `Präsidenten`, `Präsident` and `praesident` meet. Used for indexing and for queries.
 */
export function searchTerms(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) {
    const w = t.text.replace(/\.$/, '');
    if (!/[\p{L}\p{N}]/u.test(w)) continue;
    // split compounds joined by hyphens (US-Außenministerium) and index the parts as well
    const parts = w.includes('-') ? [w, ...w.split('-')] : [w];
    for (const p of parts) if (p) out.push(stem(p, lang === 'en' ? 'en' : 'de').replace(/[^\p{L}\p{N}]/gu, ''));
  }
  return out.filter(Boolean);
}
