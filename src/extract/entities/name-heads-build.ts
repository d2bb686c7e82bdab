/**
 * Rebuilds models/name-heads.json.gz from the NER training sets in the shared data
 * (GermEval 2014 train, CoNLL-2003 English train, WikiNEuRal silver German and English).
 * Run: `npx tsx src/extract/entities/name-heads-build.ts [out-file]`.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { modelPath, sharedPath } from '../../paths.js';
import { readGoldFile } from '../../eval/gold/ner.js';
import { countHeads, selectHeads, type HeadCounts } from './name-heads.js';

const SOURCES = [
  ['ner', 'germeval2014', 'NER-de-train.iob2'],
  ['ner', 'conll2003-en', 'eng.train'],
  ['ner', 'wikineural-silver-de-en', 'de', 'val.conllu'],
  ['ner', 'wikineural-silver-de-en', 'de', 'test.conllu'],
  ['ner', 'wikineural-silver-de-en', 'en', 'val.conllu'],
  ['ner', 'wikineural-silver-de-en', 'en', 'test.conllu'],
];

function main(): void {
  const counts: HeadCounts = new Map();
  const used: string[] = [];
  for (const parts of SOURCES) {
    const p = sharedPath('data', ...parts);
    if (!p) {
      console.error(`missing: data/${parts.join('/')}`);
      continue;
    }
    countHeads(readGoldFile(p), counts);
    used.push(parts.join('/'));
  }
  if (used.length === 0) throw new Error('no NER training data found (CHRONIK_SHARED)');
  const { heads, personFinal, personInitial } = selectHeads(counts);
  const out = process.argv[2] ?? modelPath('name-heads.json.gz');
  writeFileSync(out, gzipSync(JSON.stringify({ sources: used, heads, personFinal, personInitial }), { level: 9 }));
  const n = (t: string) => Object.values(heads).filter((x) => x === t).length;
  console.log(`${Object.keys(heads).length} head words (ORG ${n('ORG')}, LOC ${n('LOC')}), ${personFinal.length} words ending persons' names, ${personInitial.length} starting them, from ${counts.size} name-final words → ${out}`);
}

main();
