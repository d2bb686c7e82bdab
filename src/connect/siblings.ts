import type { View, Weighted } from './weigh.js';
import { normalize, type Vec } from './vector.js';

/** The views sibling events are told apart on: language-neutral terms, names, entities, figures. */
const VIEWS: readonly View[] = ['cross', 'titleX', 'entities', 'caps', 'numbers'];
/** The views that do not depend on the language an event was reported in. */
const NEUTRAL_VIEWS: readonly View[] = ['entities', 'numbers'];

/** One sibling event as the choice sees it: its views and the languages its articles are in. */
export interface Sibling {
  views: Record<View, Vec>;
  langs?: Record<string, number>;
}

/**
 * How strongly an article points to each of several events of one story by what sets each event
 * apart from its siblings. A key every sibling holds (the story's place, company, subject) says
 * nothing about which of them the article belongs to; a key only one sibling holds (the report's
 * author, the figure of the cost rise, the celebration's bus parade) does. Keys are weighted by
 * their inverse frequency among the siblings, and each event's views are unit length, so neither
 * the size of an event nor when it happened tilts the choice.
 *
 * Two things could hold nothing for a sibling yet tilt the choice: a view some sibling is empty in
 * (an event whose reports give no figures cannot disagree on figures), which is skipped; and the
 * language. An article shares words and title words with an event reported in its own language far
 * more readily than with one reported only in another, whose words reach it through the lexicon.
 * Where some siblings have reports in the article's language and others none, only the
 * language-neutral views (canonical entities, figures) are compared.
 */
export function siblingScores(article: Weighted, events: Sibling[], lang?: string): number[] {
  const scores = events.map(() => 0);
  const k = events.length;
  if (k < 2) return scores;
  const sameLang = events.map((e) => !lang || !e.langs || (e.langs[lang] ?? 0) > 0);
  const views = sameLang.every((s) => s === sameLang[0]) ? VIEWS : NEUTRAL_VIEWS;
  for (const v of views) {
    const units = events.map((e) => normalize(e.views[v] ?? {}));
    if (units.some((u) => !Object.keys(u).length)) continue;
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
