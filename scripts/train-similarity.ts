/**
 * Trains Chronik's graded article similarity and its same-event decision
 * (`npm run train:similarity [-- --dry]`): models/connect-similarity.json from the SemEval-2022
 * task 8 training pairs (titles split off, evaluation rows excluded) and ECB+ pairs. Every choice
 * is made by 5-fold cross-validation on the training pairs. `--dry` prints without writing;
 * `--graded-all` compares the graded feature sets instead of keeping the shipped one;
 * `--classifier-extras` also offers the same-event classifier the specific-detail and day features
 * (chosen together with ECB+ transfer F1; not shipped, see models/connect-event.md).
 */
import { writeFileSync } from 'node:fs';
import { modelPath, sharedPath } from '../src/paths.js';
import { analyseGold, loadClusterGold } from '../src/eval/cluster.js';
import { analysePairs, pairFeatures } from '../src/eval/similarity.js';
import { ecbSimilarityPairs } from '../src/connect/train/ecb-pairs.js';
import { similarityFeatureSets, similarityTrainingPairs, trainSimilarity, GRADED_FEATURES } from '../src/connect/train/similarity-model.js';

const log = (m: string) => console.error(`[train:similarity] ${m}`);

function need(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) throw new Error(`shared data missing: ${parts.join('/')}`);
  return p;
}

const pairs = similarityTrainingPairs(need('data', 'similarity', 'semeval2022-task8'));
log(`SemEval training pairs: ${pairs.length} (${pairs.filter((p) => p.a.title).length + pairs.filter((p) => p.b.title).length} of ${2 * pairs.length} texts with a title)`);
const semeval = await analysePairs(pairs, log);
const { items } = await analyseGold(loadClusterGold(need('data', 'events', 'ecbplus-en')), log);
const semevalSims = pairFeatures(semeval);
const ecbPairs = ecbSimilarityPairs(items);
const ecbSims = pairFeatures(ecbPairs);
const model = trainSimilarity(
  semeval.map((p, i) => ({ sims: semevalSims[i]!, overall: p.pair.overall })),
  ecbPairs.map((p, i) => ({ sims: ecbSims[i]!, overall: p.pair.overall })),
  log, 5,
  {
    gradedSets: process.argv.includes('--graded-all') ? similarityFeatureSets() : [GRADED_FEATURES],
    classifierExtras: process.argv.includes('--classifier-extras'),
  },
);
if (process.argv.includes('--dry')) log('--dry: connect-similarity.json not written');
else writeFileSync(modelPath('connect-similarity.json'), JSON.stringify(model, null, 1) + '\n');
log('done');
