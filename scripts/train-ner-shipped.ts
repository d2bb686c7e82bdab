/**
 * Reproduces the shipped NER models: the English tagger and the German tagger (one run each,
 * printing its dev score per epoch; `scripts/train-ner.ts`, which `npm run train:ner:run` calls
 * for a single configurable run). About 15 minutes on one idle core. With `--average` the
 * German model is instead the weight average of four runs with other seeds and dropout rates
 * (the previous recipe; with the current learner it scores lower on GermEval dev, see models/ner.md).
 *
 *   npm run train:ner                          # writes models/ner-en.json.gz, ner-de.json.gz, ner-exonyms.json.gz
 *   npm run train:ner -- --out-dir /tmp/ner    # writes there instead, to compare before replacing
 *   npm run train:ner -- --lang de             # only the German model
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/paths.js';

const { values } = parseArgs({
  options: {
    'out-dir': { type: 'string' },
    /** fewer epochs, for a quick check of the recipe */
    epochs: { type: 'string' },
    /** `de` or `en`: only that language's model (default both) */
    lang: { type: 'string', default: 'all' },
    /** German: the weight average of four runs instead of the one shipped run */
    average: { type: 'boolean', default: false },
    /** a folder with the German word clusters of an earlier run (deterministic), to skip computing them */
    'cluster-cache': { type: 'string' },
  },
});
const work = mkdtempSync(join(tmpdir(), 'chronik-ner-'));
const clusters = values['cluster-cache'] ?? join(work, 'clusters');
mkdirSync(clusters, { recursive: true });
const out = values['out-dir'] ? ['--out-dir', values['out-dir']] : [];
const epochs = values.epochs ? ['--epochs', values.epochs] : [];

/** One run of scripts/train-ner.ts; stops everything when it fails. */
function run(args: string[]): void {
  console.error(`\n> train-ner ${args.join(' ')}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(packageRoot(), 'scripts', 'train-ner.ts'), ...args], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`train-ner failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
}

// English (and the exonym table), one run
// (the exonym table is written to models/ only when the models are)
if (values.lang !== 'de') run(['--lang', 'en', ...(values['out-dir'] ? ['--skip-exonyms'] : []), ...(epochs.length ? epochs : ['--epochs', '12']), ...out]);
if (values.lang === 'en') process.exit(0);
// every German run: cost-augmented training (margin 4) and the character n-gram class features
const learner = ['--lang', 'de', '--skip-exonyms', '--cluster-cache', clusters, '--margin', '4', '--char-classes'];
if (!values.average) {
  // the shipped German model: one run, shuffle seed 42, no word dropout
  run([...learner, ...epochs, ...out]);
} else {
  // four runs sharing one cluster computation, then their average
  const german: [string, string[]][] = [
    ['a', []],
    ['b', ['--dropout', '0.2']],
    ['c', ['--seed', '7']],
    ['d', ['--seed', '99', '--dropout', '0.1']],
  ];
  for (const [name, extra] of german) run([...learner, ...extra, ...epochs, '--out-dir', join(work, name)]);
  run(['--average', german.map(([name]) => join(work, name, 'ner-de.json.gz')).join(','), '--min-weight', '0.25', ...out]);
}
console.error(`\nwork folder: ${work}`);
