/**
 * ECB+ article pairs as graded-similarity examples on SemEval's Overall scale (1 = very similar …
 * 4 = very dissimilar): two reports of the same event 1, two events of the same kind (the topic
 * mates ECB+ is built around) 3, unrelated topics 4. ECB+ texts are clean and titled, where the
 * SemEval training texts are truncated, partly machine-translated and mostly without titles, so
 * these pairs teach the title and lead features what the noisy pairs cannot.
 */
import type { AnalysedArticle } from '../../eval/cluster.js';
import type { AnalysedPair } from '../../eval/similarity.js';

export const ECB_OVERALL = { sameEvent: 1, topicMate: 3, otherTopic: 4 } as const;

/** Per article (in id order): its next same-event article, next topic mate and one other-topic article. */
export function ecbSimilarityPairs(items: AnalysedArticle[]): AnalysedPair[] {
  const sorted = [...items].sort((a, b) => (a.doc.article.id < b.doc.article.id ? -1 : a.doc.article.id > b.doc.article.id ? 1 : 0));
  const pair = (a: AnalysedArticle, b: AnalysedArticle, overall: number): AnalysedPair => ({
    pair: {
      id: `${a.doc.article.id}_${b.doc.article.id}`,
      langs: `${a.doc.article.lang}-${b.doc.article.lang}`,
      a: { input: a.doc.article.id, text: a.doc.article.text },
      b: { input: b.doc.article.id, text: b.doc.article.text },
      overall,
      narrative: null,
    },
    a: a.doc, b: b.doc, aIds: a.entityIds, bIds: b.entityIds,
  });
  const out: AnalysedPair[] = [];
  sorted.forEach((a, i) => {
    const after = [...sorted.slice(i + 1), ...sorted.slice(0, i)];
    const topic = a.topic ?? a.cluster;
    const same = after.find((b) => b.cluster === a.cluster);
    const mate = after.find((b) => (b.topic ?? b.cluster) === topic && b.cluster !== a.cluster);
    // a different topic each time, spread by position rather than always the next one
    const others = after.filter((b) => (b.topic ?? b.cluster) !== topic);
    const other = others[(i * 7) % Math.max(1, others.length)];
    if (same) out.push(pair(a, same, ECB_OVERALL.sameEvent));
    if (mate) out.push(pair(a, mate, ECB_OVERALL.topicMate));
    if (other) out.push(pair(a, other, ECB_OVERALL.otherTopic));
  });
  return out;
}
