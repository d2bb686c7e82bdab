// The 10kGNAD test texts as articles for the benchmarks. The corpus has no dates: the articles
// are spread over 700 days from 1 January of `firstYear`, in input order.
import { readGnadTexts } from '../src/eval/corpus/gnad.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import type { Article } from '../src/types.js';

const DAY = 86_400_000;

export function gnadTexts(csv: string, limit: number): string[] {
  return readGnadTexts(csv).slice(0, limit);
}

export function gnadArticles(texts: string[], firstYear = 2015, idPrefix = ''): Article[] {
  return texts.map((text, i) => {
    const day = new Date(Date.UTC(firstYear, 0, 1) + Math.floor((i / texts.length) * 700) * DAY).toISOString().slice(0, 10);
    const p = prepareArticle({ input: `10kgnad:${i + 1}`, id: `${idPrefix}g${i + 1}`, text, date: day });
    if (p instanceof InputError) throw p;
    return p.article;
  });
}
