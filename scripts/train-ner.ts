/**
 * Trains Chronik's NER taggers (German and English) and writes models/ner-de.json.gz and
 * models/ner-en.json.gz. Reproducible: fixed seeds, fixed data order.
 *
 *   npm run train:ner                      # both languages
 *   npm run train:ner -- --lang de --epochs 8
 *
 * Data (read from ../shared/data, never copied): see models/ner.md.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { modelPath, sharedPath } from '../src/paths.js';
import { type GoldSentence } from '../src/extract/entities/tags.js';
import { readGoldFile } from '../src/eval/gold/ner.js';
import { emptyResources } from '../src/extract/entities/features.js';
import { buildClusters, buildLexicon, buildLowerRatio } from '../src/extract/entities/resources.js';
import type { FeatureResources } from '../src/extract/entities/features.js';
import { buildGazetteer } from '../src/extract/entities/gazetteer.js';
import { buildExonyms } from '../src/extract/entities/exonyms.js';
import { saveModel } from '../src/extract/entities/model.js';
import { trainTagger } from '../src/extract/entities/train.js';
import { splitSentences } from '../src/text/sentences.js';

const { values } = parseArgs({
  options: {
    lang: { type: 'string', default: 'all' },
    epochs: { type: 'string', default: '10' },
    'min-count': { type: 'string', default: '2' },
    'no-clusters': { type: 'boolean', default: false },
    'min-weight': { type: 'string', default: '0.5' },
    'skip-exonyms': { type: 'boolean', default: false },
    /** A folder to keep the (slow, deterministic) word clusters in between runs. */
    'cluster-cache': { type: 'string' },
    folds: { type: 'string', default: '10' },
    /** Write the models here instead of models/ (to compare before replacing). */
    'out-dir': { type: 'string' },
  },
});

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

function need(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) throw new Error(`missing shared data: ${parts.join('/')} (set CHRONIK_SHARED)`);
  return p;
}

/** Sentences of raw text files, tokenised by Chronik's own splitter. */
function* textRuns(texts: Iterable<string>): Generator<string[]> {
  for (const t of texts) for (const s of splitSentences(t)) yield s.tokens.map((k) => k.text);
}

function* gnadTexts(): Generator<string> {
  const p = sharedPath('data', 'corpus', '10kgnad-de', 'test.csv');
  if (!p) return;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const k = line.indexOf(';');
    if (k > 0) yield line.slice(k + 1).replace(/^'|'$/g, '');
  }
}

function* ecbTexts(): Generator<string> {
  const dir = sharedPath('data', 'events', 'ecbplus-en', 'docs');
  if (!dir) return;
  for (const sub of readdirSync(dir).sort()) {
    for (const f of readdirSync(join(dir, sub)).sort()) {
      if (!f.endsWith('.json')) continue;
      try {
        const doc = JSON.parse(readFileSync(join(dir, sub, f), 'utf8')) as { text?: string };
        if (doc.text) yield doc.text;
      } catch {
        // skip a broken file
      }
    }
  }
}

interface LangSetup {
  lang: 'de' | 'en';
  train: GoldSentence[];
  dev: GoldSentence[];
  unlabelled: () => Iterable<string[]>;
}

function setup(lang: 'de' | 'en'): LangSetup {
  if (lang === 'de') {
    const train = readGoldFile(need('data', 'ner', 'germeval2014', 'NER-de-train.iob2'));
    const dev = readGoldFile(need('data', 'ner', 'germeval2014', 'NER-de-dev.tsv'));
    return {
      lang, train, dev,
      unlabelled: function* () {
        for (const s of train) yield s.tokens;
        yield* textRuns(gnadTexts());
      },
    };
  }
  const train = readGoldFile(need('data', 'ner', 'conll2003-en', 'eng.train'));
  const dev = readGoldFile(need('data', 'ner', 'conll2003-en', 'eng.testa'));
  const wikigold = sharedPath('data', 'ner', 'wikigold-en', 'wikigold.conll.txt');
  return {
    lang, train, dev,
    unlabelled: function* () {
      for (const s of train) yield s.tokens;
      if (wikigold && existsSync(wikigold)) for (const s of readGoldFile(wikigold)) yield s.tokens;
      yield* textRuns(ecbTexts());
    },
  };
}

// German ↔ English exonyms from Wiktionary (CC BY-SA): Genf ↔ Geneva, Moskau ↔ Moscow
if (!values['skip-exonyms']) {
  const tsv = need('data', 'lexicon', 'wiktionary-de-en', 'de-en.wiktionary.tsv');
  const exonyms = buildExonyms(readFileSync(tsv, 'utf8'));
  writeFileSync(modelPath('ner-exonyms.json.gz'), gzipSync(Buffer.from(JSON.stringify(exonyms, Object.keys(exonyms).sort())), { level: 9 }));
  log(`exonyms: ${Object.keys(exonyms).length} German names`);
}

const langs = values.lang === 'all' ? (['de', 'en'] as const) : [values.lang as 'de' | 'en'];
for (const lang of langs) {
  const s = setup(lang);
  log(`${lang}: ${s.train.length} training sentences, ${s.dev.length} dev sentences`);
  const resources = emptyResources();
  const runs = [...s.unlabelled()];
  log(`${lang}: ${runs.length} unlabelled sentences, ${runs.reduce((a, r) => a + r.length, 0)} tokens`);
  resources.lowerRatio = buildLowerRatio(runs);
  resources.gazetteer = buildGazetteer(lang);
  if (!values['no-clusters']) {
    const cache = values['cluster-cache'] ? join(values['cluster-cache'], `ner-clusters-${lang}.json`) : null;
    if (cache && existsSync(cache)) {
      resources.clusters = new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8')) as Record<string, string>));
      log(`${lang}: clusters read from ${cache}`);
    } else {
      resources.clusters = buildClusters(runs, { sizes: [32, 128, 512], minCount: 3, contextWords: 800, iterations: 8, seed: 17, log });
      if (cache) writeFileSync(cache, JSON.stringify(Object.fromEntries(resources.clusters)));
    }
  }
  // entity lexicon: from all training data for the model, from the other folds while training
  resources.lexicon = buildLexicon(s.train);
  const k = Number(values.folds);
  const foldResources: FeatureResources[] = [];
  for (let f = 0; f < k; f++) {
    foldResources.push({ ...resources, lexicon: buildLexicon(s.train.filter((_, i) => i % k !== f)) });
  }
  log(`${lang}: ${resources.lowerRatio.size} lower-ratio words, ${resources.clusters.size} clustered words, ${resources.gazetteer.size} gazetteer words, ${resources.lexicon.size} lexicon words`);
  const model = trainTagger({
    lang,
    train: s.train,
    dev: s.dev,
    resources,
    resourcesFor: k > 1 ? (i) => foldResources[i % k]! : undefined,
    epochs: Number(values.epochs),
    seed: 42,
    minCount: Number(values['min-count']),
    log,
  });
  model.meta.trainedOn = lang === 'de' ? ['GermEval 2014 train (CC BY 4.0)'] : ['CoNLL-2003 English train'];
  const out = values['out-dir'] ? join(values['out-dir'], `ner-${lang}.json.gz`) : modelPath(`ner-${lang}.json.gz`);
  const saved = saveModel(model, out, Number(values['min-weight']));
  log(`${lang}: wrote ${out}: ${saved.features} features, ${(saved.bytes / 1e6).toFixed(2)} MB`);
}
