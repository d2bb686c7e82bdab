// The 10kGNAD test texts as articles for the benchmarks. The corpus has no dates: the articles
// are spread over 700 days from 1 January of `firstYear`, in input order.
import { gnadDate, readGnadTexts } from '../src/eval/corpus/gnad.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import type { Article } from '../src/types.js';

export function gnadTexts(csv: string, limit: number): string[] {
  return readGnadTexts(csv).slice(0, limit);
}

export function gnadArticles(texts: string[], firstYear = 2015, idPrefix = ''): Article[] {
  return texts.map((text, i) => {
    const p = prepareArticle({ input: `10kgnad:${i + 1}`, id: `${idPrefix}g${i + 1}`, text, date: gnadDate(i, texts.length, firstYear) });
    if (p instanceof InputError) throw p;
    return p.article;
  });
}
