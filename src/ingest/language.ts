import { eld } from 'eld/medium';

/**
 * Detects the language of an article from its title and body. German and English are
 * preferred when close (news headlines are entity-heavy); other languages are tagged, never
 * dropped; `und` when the text is too short or unclear.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000);
  if (sample.replace(/[^\p{L}]/gu, '').length < 12) return 'und';
  const result = eld.detect(sample);
  const scores = result.getScores();
  const best = result.language;
  if (!best) return 'und';
  for (const preferred of ['de', 'en']) {
    const s = scores[preferred] ?? 0;
    if (best !== preferred && s > 0 && s >= (scores[best] ?? 0) - 0.03) return preferred;
  }
  if (!result.isReliable() && best !== 'de' && best !== 'en') return sample.length > 200 ? best : 'und';
  return best;
}
