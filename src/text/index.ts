import type { Component, Doc } from '../types.js';
import { splitSentences } from './sentences.js';

/** Pipeline component: splits the article body into sentences and tokens. */
export const sentences: Component = {
  name: 'sentences',
  apply(doc: Doc) {
    doc.sentences = splitSentences(doc.article.text);
  },
};
