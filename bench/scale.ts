// Does the per-article cost stay flat as the store grows? Ingests the 10kGNAD test articles
// (read from ../shared) again and again into one SQLite store, each round two years after the
// one before, as new articles (ids and content hashes of their own). The same names and terms come
// back every round, so the index's posting lists grow with the store as they would over years of
// news; an article is compared only with what its index lookup returns.
//   npx tsx bench/scale.ts [rounds=8] [articles per round=1028]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { sharedPath } from '../src/paths.js';
import { analyze } from '../src/pipeline.js';
import { gnadArticles, gnadTexts } from './gnad-articles.js';
import { SqliteStore } from '../src/store/sqlite/store.js';
import type { Article } from '../src/types.js';

const csv = sharedPath('data', 'corpus', '10kgnad-de', 'test.csv');
if (!csv) {
  console.log('skipped: ../shared/data/corpus/10kgnad-de is absent');
  process.exit(0);
}
const rounds = Number(process.argv[2] ?? 8);
const texts = gnadTexts(csv, Number(process.argv[3] ?? 1028));

/** The corpus as round `r`: dates spread over 700 days starting two years after round r − 1. */
function round(r: number): Article[] {
  // the same text again is a new article here, not a duplicate to skip
  return gnadArticles(texts, 2015 + 2 * r, `r${r}-`)
    .map((a) => ({ ...a, contentHash: createHash('sha256').update(`${a.contentHash}:${r}`).digest('hex') }));
}

const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'chronik-scale-')), 'scale.db'));
analyze(round(0)[0]!); // load the models before timing
console.log(`${rounds} rounds of ${texts.length} 10kGNAD test articles (German), committed in groups of 50`);
console.log('round  store before  analysis ms/article  link+cluster+store ms/article  articles/s');
const rows: { analysis: number; store: number }[] = [];
for (let r = 0; r < rounds; r++) {
  const articles = round(r);
  const before = r * texts.length;
  let analysis = 0;
  let storing = 0;
  const t = performance.now();
  for (let i = 0; i < articles.length; i += 50) {
    await store.group(async () => {
      for (const a of articles.slice(i, i + 50)) {
        const t0 = performance.now();
        const doc = analyze(a);
        const t1 = performance.now();
        await store.addDoc(doc);
        analysis += t1 - t0;
        storing += performance.now() - t1;
      }
    });
  }
  // the commits count towards storing
  storing = performance.now() - t - analysis;
  const row = { analysis: analysis / articles.length, store: storing / articles.length };
  rows.push(row);
  const rate = articles.length / ((performance.now() - t) / 1000);
  console.log(`${String(r + 1).padStart(5)}  ${String(before).padStart(12)}  ${row.analysis.toFixed(1).padStart(19)}  ${row.store.toFixed(1).padStart(29)}  ${rate.toFixed(1).padStart(10)}`);
}
const stats = await store.stats();
await store.close();
const first = rows[0]!, last = rows[rows.length - 1]!;
console.log(`link+cluster+store per article: first round ${first.store.toFixed(1)} ms, last round ${last.store.toFixed(1)} ms (${(last.store / first.store).toFixed(2)} ×)`);
console.log(`store: ${rounds * texts.length} articles, ${stats.events} events, ${stats.stories} stories, ${stats.entities} entities`);
