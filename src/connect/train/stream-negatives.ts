/**
 * Join examples from a diverse news stream. ECB+ teaches joins where most candidates report the
 * same kind of happening; a real stream mostly offers candidates that only share common words
 * and a country. The 10kGNAD articles (one Austrian newspaper, nine desks, no event gold) are
 * replayed online, each as its own event, with dates spread over two years in the corpus's
 * order; a candidate from another desk reports another happening for sure (label 0). Candidates
 * from the same desk are left out: some of them report the same happening.
 */
import type { AnalysedArticle } from '../../eval/cluster.js';
import type { Example } from './fit.js';
import { teacherExamples } from './teacher.js';

export interface StreamArticle extends AnalysedArticle {
  /** The newspaper desk the article appeared under. */
  category: string;
}

export function streamNegatives(items: StreamArticle[], weight = 1): { examples: Example[]; retrieval: number } {
  const deskOf = new Map(items.map((it) => [it.cluster, it.category]));
  const { examples, retrieval } = teacherExamples(items, 25, (it, candidate) => deskOf.get(candidate) !== it.category);
  return { examples: weight === 1 ? examples : examples.map((e) => ({ ...e, w: weight })), retrieval };
}

/**
 * How a connect run over the stream joined (`clusters`: each article's event, or its story):
 * clusters of several articles, the articles in them, and how many of those share their cluster
 * with another desk's article (surely wrong for events; for stories mostly wrong, though a
 * story may span desks).
 */
export function streamJoins(items: StreamArticle[], clusters: string[]): { clusters: number; articlesJoined: number; crossDesk: number } {
  const members = new Map<string, StreamArticle[]>();
  items.forEach((it, i) => members.set(clusters[i]!, [...(members.get(clusters[i]!) ?? []), it]));
  let articlesJoined = 0, crossDesk = 0, multi = 0;
  for (const list of members.values()) {
    if (list.length < 2) continue;
    multi++;
    articlesJoined += list.length;
    for (const it of list) if (list.some((o) => o.category !== it.category)) crossDesk++;
  }
  return { clusters: multi, articlesJoined, crossDesk };
}
