import type { View, Weighted } from './weigh.js';
import { normalize, type Vec } from './vector.js';

/** The views sibling events are told apart on: language-neutral terms, names, entities, figures. */
const VIEWS: readonly View[] = ['cross', 'titleX', 'entities', 'caps', 'numbers'];

/**
 * How strongly an article points to each of several events of one story by what sets each event
 * apart from its siblings. A key every sibling holds (the story's place, company, subject) says
 * nothing about which of them the article belongs to; a key only one sibling holds (the report's
 * author, the figure of the cost rise, the celebration's bus parade) does. Keys are weighted by
 * their inverse frequency among the siblings, and each event's views are unit length, so neither
 * the size of an event nor when it happened tilts the choice.
 */
export function siblingScores(article: Weighted, events: Record<View, Vec>[]): number[] {
  const scores = events.map(() => 0);
  const k = events.length;
  if (k < 2) return scores;
  for (const v of VIEWS) {
    const units = events.map((e) => normalize(e[v] ?? {}));
    const a = article[v];
    for (const key in a) {
      const holders = units.filter((u) => (u[key] ?? 0) > 0).length;
      if (!holders || holders === k) continue;
      const w = Math.log(k / holders);
      units.forEach((u, i) => {
        const y = u[key];
        if (y) scores[i]! += a[key]! * y * w;
      });
    }
  }
  return scores;
}
