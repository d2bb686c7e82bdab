// Throughput of the whole pipeline on real German news (10kGNAD test split, read from ../shared).
// Prints articles/s for analysis alone (the baseline) and for full ingest into SQLite
// (analysis + linking + clustering + storage), and the per-article cost early and late in the run.
//   npx tsx bench/ingest.ts [N]
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from '../src/paths.js';
import { analyze } from '../src/pipeline.js';
import { gnadArticles, gnadTexts } from './gnad-articles.js';
import { SqliteStore } from '../src/store/sqlite/store.js';

const csv = sharedPath('data', 'corpus', '10kgnad-de', 'test.csv');
if (!csv) {
  console.log('skipped: ../shared/data/corpus/10kgnad-de is absent');
  process.exit(0);
}
const limit = Number(process.argv[2] ?? 1028);

const articles = gnadArticles(gnadTexts(csv, limit));

analyze(articles[0]!); // load the models before timing
let t = performance.now();
for (const a of articles) analyze(a);
const analyseRate = articles.length / ((performance.now() - t) / 1000);

const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'chronik-bench-')), 'bench.db'));
const perArticle: number[] = [];
t = performance.now();
// committed in groups of 50, as `chronik ingest` does; a group's commit is timed with its last article
for (let i = 0; i < articles.length; i += 50) {
  let t0 = performance.now();
  await store.group(async () => {
    for (const a of articles.slice(i, i + 50)) {
      await store.addDoc(analyze(a));
      const t1 = performance.now();
      perArticle.push(t1 - t0);
      t0 = t1;
    }
  });
  perArticle[perArticle.length - 1]! += performance.now() - t0;
}
const fullRate = articles.length / ((performance.now() - t) / 1000);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);
const k = Math.min(200, Math.floor(articles.length / 4));
const stats = await store.stats();
await store.close();

console.log(`articles: ${articles.length} (10kGNAD test, German)`);
console.log(`analysis only (baseline): ${analyseRate.toFixed(1)} articles/s`);
console.log(`full ingest into SQLite:  ${fullRate.toFixed(1)} articles/s (${(fullRate / analyseRate).toFixed(2)} × baseline)`);
console.log(`per article, first ${k}: ${mean(perArticle.slice(0, k)).toFixed(1)} ms; last ${k}: ${mean(perArticle.slice(-k)).toFixed(1)} ms`);
console.log(`store: ${stats.events} events, ${stats.stories} stories, ${stats.entities} entities`);
