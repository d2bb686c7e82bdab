/**
 * Reproduces the shipped NER models: the English tagger (one run) and the German tagger as the
 * weight average of four runs with different shuffle seeds and word-dropout rates, each run
 * printing its dev score per epoch (`scripts/train-ner.ts`, which `npm run train:ner:run`
 * calls for a single configurable run). About 20 minutes on one idle core.
 *
 *   npm run train:ner                       # writes models/ner-en.json.gz, ner-de.json.gz, ner-exonyms.json.gz
 *   npm run train:ner -- --out-dir /tmp/ner # writes there instead, to compare before replacing
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/paths.js';

const { values } = parseArgs({ options: { 'out-dir': { type: 'string' }, /** fewer epochs, for a quick check of the recipe */ epochs: { type: 'string' } } });
const work = mkdtempSync(join(tmpdir(), 'chronik-ner-'));
const clusters = join(work, 'clusters');
mkdirSync(clusters);
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
run(['--lang', 'en', ...(values['out-dir'] ? ['--skip-exonyms'] : []), ...(epochs.length ? epochs : ['--epochs', '12']), ...out]);
// German: four runs sharing one cluster computation, then their average
const german: [string, string[]][] = [
  ['a', []],
  ['b', ['--dropout', '0.2']],
  ['c', ['--seed', '7']],
  ['d', ['--seed', '99', '--dropout', '0.1']],
];
for (const [name, extra] of german) run(['--lang', 'de', '--skip-exonyms', '--cluster-cache', clusters, ...extra, ...epochs, '--out-dir', join(work, name)]);
run(['--average', german.map(([name]) => join(work, name, 'ner-de.json.gz')).join(','), '--min-weight', '0.25', ...out]);
console.error(`\nruns kept in ${work}`);
