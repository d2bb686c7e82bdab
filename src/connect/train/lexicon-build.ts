import { readFileSync } from 'node:fs';
import { stem } from '../../text/stem.js';
import { isStopword } from '../../text/stopwords.js';

const MAX_TRANSLATIONS = 4;

/**
 * Derives the German→English stem lexicon from Wiktionary translation pairs
 * (`german<TAB>english<TAB>…`): German headwords are stemmed as connect stems German text,
 * English targets are cleaned of glosses and stemmed (content words of multi-word targets:
 * `Bürgerkrieg → civil war` gives `civil`, `war`). The first senses come first in the source
 * and are kept first; at most four English stems per German stem.
 */
export function buildStemLexicon(tsvPath: string): Record<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(tsvPath, 'utf8').split('\n')) {
    const [de, en] = line.split('\t');
    if (!de || !en || /\s/.test(de.trim())) continue;
    const deStem = stem(de.trim(), 'de');
    if (deStem.length < 2) continue;
    const clean = en.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
    for (const alt of clean.split(/[;,]/)) {
      const words = alt.trim().split(/\s+/).filter((w) => /^\p{L}[\p{L}'-]*$/u.test(w) && !isStopword(w));
      if (!words.length || words.length > 3) continue;
      const list = out.get(deStem) ?? [];
      for (const w of words) {
        const s = stem(w, 'en');
        if (s.length >= 2 && !list.includes(s) && list.length < MAX_TRANSLATIONS) list.push(s);
      }
      out.set(deStem, list);
    }
  }
  return Object.fromEntries([...out].filter(([, v]) => v.length));
}
