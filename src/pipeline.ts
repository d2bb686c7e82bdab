import type { Article, Component, Doc } from './types.js';
import { sentences } from './text/index.js';
import { entities } from './extract/entities/index.js';
import { time } from './extract/time/index.js';
import { quotes } from './extract/quotes/index.js';

/** The default analysis: sentences → entities → time → quotes (quotes use the entities). */
export function defaultComponents(): Component[] {
  return [sentences, entities, time, quotes];
}

export function emptyDoc(article: Article): Doc {
  return { article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
}

/** Runs each component over a fresh Doc for the article. */
export function analyze(article: Article, components: Component[] = defaultComponents()): Doc {
  const doc = emptyDoc(article);
  for (const c of components) c.apply(doc);
  return doc;
}
