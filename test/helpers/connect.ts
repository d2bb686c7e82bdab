import type { Doc } from '../../src/types.js';
import { prepareArticle } from '../../src/ingest/prepare.js';
import { InputError } from '../../src/ingest/errors.js';
import { loadAnalysis } from '../../src/eval/cluster.js';
import { MemoryConnectState } from '../../src/connect/index.js';
import { articleFeatures, documentKeys } from '../../src/connect/profile.js';

export interface TestArticle {
  id: string;
  lang: string;
  title: string;
  text: string;
}

/**
 * Articles analysed and linked as the cluster eval does, their keys counted in one
 * in-memory connect state (for document frequencies).
 */
export async function analyseArticles(articles: TestArticle[]): Promise<{ items: { doc: Doc; ids: Map<string, string> }[]; state: MemoryConnectState }> {
  const { components, link } = await loadAnalysis();
  const state = new MemoryConnectState();
  const items = articles.map((a) => {
    const p = prepareArticle({ input: a.id, ...a });
    if (p instanceof InputError) throw p;
    const doc: Doc = { article: p.article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    for (const c of components) c.apply(doc);
    const ids = link(doc);
    state.addDocument(documentKeys(articleFeatures(doc, ids)));
    return { doc, ids };
  });
  return { items, state };
}

/** Dated test articles analysed and linked as the cluster eval does; those named in `undated` lose their date. */
export async function analyseDated(articles: (TestArticle & { date?: string })[], undated: string[] = []): Promise<{ doc: Doc; ids: Map<string, string> }[]> {
  const { components, link } = await loadAnalysis();
  return articles.map((x) => (undated.includes(x.id) ? { ...x, date: undefined } : x)).map((a) => {
    const p = prepareArticle({ input: a.id, ...a });
    if (p instanceof InputError) throw p;
    const doc: Doc = { article: p.article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
    for (const c of components) c.apply(doc);
    return { doc, ids: link(doc) };
  });
}
