/**
 * Trains connect's models from the shared gold data (`npm run train:connect`):
 *   models/connect-lexicon-de-en.json.gz  German→English stem lexicon (Wiktionary)
 *   models/connect-event.json             join-or-new model for events (ECB+ teacher-forced
 *                                         online examples + SemEval-2022 task 8 train pairs),
 *                                         threshold chosen by cross-validation over ECB+ topics
 *                                         or fixed by `--threshold` (the npm script fixes 0.3),
 *                                         its bars (merge, conflict, far, mergeUndated) by the CV
 *   models/connect-story.json             join-or-new model for stories
 * Every run also replays half of the 10kGNAD test articles as a diverse stream and counts the
 * event model's surely wrong joins there (articles beside another desk's in one event).
 * `--out DIR` writes the models to DIR instead of models/; `--stream-weight W` trains the event
 * model also on the other half's candidates of another desk.
 * The graded article similarity (models/connect-similarity.json) has its own script,
 * `npm run train:similarity` (its training texts have their titles split off).
 * Deterministic: same data, same models. Held-back evaluation pairs are never used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { modelPath, sharedPath } from '../src/paths.js';
import { buildStemLexicon } from '../src/connect/train/lexicon-build.js';
import { LEXICON_FILE } from '../src/connect/lexicon.js';
import { analyseGold, loadClusterGold, runConnect, type GoldArticle } from '../src/eval/cluster.js';
import { gnadDate, readGnad } from '../src/eval/corpus/gnad.js';
import type { StreamArticle } from '../src/connect/train/stream-negatives.js';
import { analysePairs } from '../src/eval/similarity.js';
import { trainModels, type TrainedModels } from '../src/connect/train/train-models.js';
import { semevalTrainingPairs } from '../src/connect/train/semeval-pairs.js';
import { clusterScores } from '../src/connect/partition-scores.js';

const log = (m: string) => console.error(`[train:connect] ${m}`);

function need(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) throw new Error(`shared data missing: ${parts.join('/')}`);
  return p;
}

// Options, read before the long analysis so that a bad one fails at once:
// `--trees`: boosted trees on top of the linear event model; `--write event,story`: which model
// files to replace, both by default; `--threshold T`: the event threshold fixed at T instead of
// chosen by the cross-validation
const args = process.argv.slice(2);
const writeArg = args.indexOf('--write');
const write = new Set(writeArg >= 0 ? (args[writeArg + 1] ?? '').split(',') : ['event', 'story']);
if (write.has('similarity')) {
  log('connect-similarity.json is trained by `npm run train:similarity`; leaving it out here');
  write.delete('similarity');
}
// `--out DIR`: the model files go there instead of models/ (to compare runs before choosing)
const outArg = args.indexOf('--out');
const outDir = outArg >= 0 ? args[outArg + 1] : undefined;
const thresholdArg = args.lastIndexOf('--threshold'); // the last one given wins over the npm script's
const fixedThreshold = thresholdArg >= 0 ? Number(args[thresholdArg + 1]) : undefined;
if (fixedThreshold !== undefined && !(fixedThreshold > 0 && fixedThreshold < 1)) throw new Error('--threshold needs a number between 0 and 1');
// `--stream-weight W`: the odd half's candidates of another desk join the event model's examples
// at weight W (not by default: see models/connect-event.md, "A diverse stream")
const weightArg = args.indexOf('--stream-weight');
const streamWeight = weightArg >= 0 ? Number(args[weightArg + 1]) : 0;
if (!(streamWeight >= 0)) throw new Error('--stream-weight needs a number of 0 or more');

// 1. Lexicon
const tsv = need('data', 'lexicon', 'wiktionary-de-en', 'de-en.wiktionary.tsv');
const lexicon = buildStemLexicon(tsv);
mkdirSync(dirname(modelPath(LEXICON_FILE)), { recursive: true });
writeFileSync(modelPath(LEXICON_FILE), gzipSync(JSON.stringify(lexicon), { level: 9 }));
log(`lexicon: ${Object.keys(lexicon).length} German stems → ${modelPath(LEXICON_FILE)}`);

// 2. Analysed training data: SemEval train-batch pairs (evaluation rows excluded) and ECB+.
const trainPairs = semevalTrainingPairs(need('data', 'similarity', 'semeval2022-task8'));
log(`SemEval training pairs: ${trainPairs.length}`);
const semeval = await analysePairs(trainPairs, log);
const { items } = await analyseGold(loadClusterGold(need('data', 'events', 'ecbplus-en')), log);
// A diverse stream (stream-negatives.ts): the 10kGNAD test articles, dated over two years in
// their order; the even ones are held out to count the final model's surely wrong joins.
const gnad = readGnad(need('data', 'corpus', '10kgnad-de', 'test.csv'));
const gnadGold: GoldArticle[] = gnad.map((row, i) => ({
  raw: { input: `10kgnad:${i + 1}`, id: `g${i + 1}`, text: row.text, date: gnadDate(i, gnad.length) },
  cluster: `g${i + 1}`,
  topic: null,
}));
const deskOf = new Map(gnad.map((row, i) => [`g${i + 1}`, row.category]));
const streamItems: StreamArticle[] = (await analyseGold(gnadGold, log)).items.map((it) => ({ ...it, category: deskOf.get(it.cluster)! }));
const odd = (it: StreamArticle) => Number(it.cluster.slice(1)) % 2 === 1;
const stream = {
  weight: streamWeight,
  train: streamWeight > 0 ? streamItems.filter(odd) : [],
  heldOut: streamItems.filter((it) => !odd(it)),
};

// 3. Models
const models: TrainedModels = trainModels(items, semeval, log, 5, args.includes('--trees'), undefined, fixedThreshold, stream);
for (const [name, model] of Object.entries(models)) {
  if (write.has(name)) writeFileSync(outDir ? join(outDir, `connect-${name}.json`) : modelPath(`connect-${name}.json`), JSON.stringify(model, null, 1) + '\n');
  else log(`connect-${name}.json trained but not written (--write)`);
}
if (models.event) {
  const check = runConnect(items);
  log(`ECB+ (training data, not a test): B3 F1 ${clusterScores(items.map((it) => it.cluster), check.events).bcubed.f1.toFixed(3)}`);
}
log('done');
