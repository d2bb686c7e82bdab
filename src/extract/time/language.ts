/** German or English, by counting frequent function words (enough to pick a rule set). */
const DE = new Set(['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'sich', 'auf', 'für', 'ein', 'eine', 'dem', 'den', 'von', 'zu', 'im', 'wurde', 'sie', 'es']);
const EN = new Set(['the', 'and', 'of', 'to', 'is', 'in', 'that', 'for', 'on', 'with', 'was', 'as', 'it', 'by', 'at', 'from', 'he', 'said', 'be', 'are']);

export function guessLanguage(text: string): 'de' | 'en' {
  let de = 0;
  let en = 0;
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
    if (DE.has(m[0])) de++;
    if (EN.has(m[0])) en++;
  }
  return en > de ? 'en' : 'de';
}
