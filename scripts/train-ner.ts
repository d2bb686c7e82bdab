/**
 * Trains Chronik's NER taggers (German and English) and writes models/ner-de.json.gz and
 * models/ner-en.json.gz. Reproducible: fixed seeds, fixed data order.
 *
 *   npm run train:ner:run                      # both languages, one run each
 *   npm run train:ner:run -- --lang de --epochs 8
 *   npm run train:ner:run -- --lang de --silver 0 --out-dir /tmp/ner   # a variant, to compare on dev
 *   npm run train:ner:run -- --lang de --margin 4 --char-classes --variants "seed=7;pa-c=0.03" --out-dir /tmp/ner
 *                                              # several learners on one feature build
 *
 * German: GermEval 2014 train + WikiNEuRal silver (weight 0.5); English: CoNLL-2003 train.
 * Both print the dev score per epoch and keep the best epoch. The shipped German model is one
 * run (`--margin 4 --char-classes`, seed 42), which `npm run train:ner`
 * (scripts/train-ner-shipped.ts) reproduces.
 * Data (read from ../shared/data, never copied): see models/ner.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { modelPath, sharedPath } from '../src/paths.js';
import { type GoldSentence } from '../src/extract/entities/tags.js';
import { readGoldFile } from '../src/eval/gold/ner.js';
import { emptyResources } from '../src/extract/entities/features.js';
import { buildClusters, buildLexicon, buildLowerRatio, buildPhraseLexicon, mergePhrases } from '../src/extract/entities/resources.js';
import type { FeatureResources } from '../src/extract/entities/features.js';
import { addCommonNouns, buildGazetteer, buildPlacePhrases } from '../src/extract/entities/gazetteer.js';
import { buildExonyms } from '../src/extract/entities/exonyms.js';
import { loadModel, saveModel } from '../src/extract/entities/model.js';
import { buildAutoLexicon } from '../src/extract/entities/self-training.js';
import { CharClassifier, CharCounts } from '../src/extract/entities/char-classes.js';
import { averageModels } from '../src/extract/entities/average.js';
import { modelWord } from '../src/extract/entities/tagger.js';
import { prepareTraining, trainPrepared, type TrainOptions } from '../src/extract/entities/train.js';
import { toGermEvalScheme } from '../src/extract/entities/silver.js';
import { ecbTexts, gnadTexts, semevalTexts, spkattRuns, textRuns, wikineuralRuns } from '../src/extract/entities/corpora.js';

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
    /** Cluster sizes, coarse to fine, and the number of frequent words used as context. */
    'cluster-sizes': { type: 'string', default: '32,128,512' },
    'context-words': { type: 'string', default: '800' },
    'cluster-window': { type: 'string', default: '1' },
    /** German: only the original unlabelled text (training tokens + 10kGNAD), for comparison. */
    'base-text': { type: 'boolean', default: false },
    /** German: update weight of the WikiNEuRal silver sentences added to the training data (0: none). */
    silver: { type: 'string', default: '0.5' },
    /** Leave out the Wiktionary common-noun class (German). */
    'no-nouns': { type: 'boolean', default: false },
    /** Leave out the multi-word place-name features. */
    'no-phrases': { type: 'boolean', default: false },
    /** Also match the multi-word entity names of the training data (built out-of-fold). */
    'phrase-lexicon': { type: 'boolean', default: false },
    /** Map typographic quotes to `"` in the training data as the tagger does at run time. */
    'map-quotes': { type: 'boolean', default: false },
    /** German: leave out the entity lexicon of the silver sentences (its own feature, out-of-fold for them). */
    'no-silver-lexicon': { type: 'boolean', default: false },
    /**
     * German: a model file that tags the unlabelled news text (not the training or silver
     * sentences) for the self-training lexicon; none: no such lexicon.
     */
    'auto-lexicon': { type: 'string' },
    /** German: the character n-gram class of each word as a feature (trained out-of-fold). */
    'char-classes': { type: 'boolean', default: false },
    /** Shuffle seed. */
    seed: { type: 'string', default: '42' },
    /**
     * Instead of training: average these model files (comma-separated, same tag set and
     * resources; the first one's resources ship) into `--out-dir` or models/.
     */
    average: { type: 'string' },
    /** Word dropout rate while training (German), see `TrainOptions.dropout`. */
    dropout: { type: 'string', default: '0' },
    /** Cost-augmented training: the margin per wrong token (`TrainOptions.margin`; 0: plain perceptron). */
    margin: { type: 'string', default: '0' },
    /** Passive-aggressive (PA-I) step sizes capped at this value (`TrainOptions.paC`; 0: perceptron steps). */
    'pa-c': { type: 'string', default: '0' },
    /** Cost-augmented training: cost of a missed name token (O for a name) as a multiple of the margin. */
    'miss-cost': { type: 'string', default: '1' },
    /**
     * Several learners on one feature build (`margin=4,miss-cost=1.5;pa-c=0.1`: `;` between
     * variants, `,` between settings of epochs, seed, dropout, margin, pa-c, miss-cost, silver); each
     * model goes to `--out-dir`/v1, v2, …
     */
    variants: { type: 'string' },
    /** Write the models here instead of models/ (to compare before replacing). */
    'out-dir': { type: 'string' },
  },
});

/** Learner settings of one `--variants` entry. */
function parseVariant(text: string): Partial<TrainOptions> & { silver?: number } {
  const out: Partial<TrainOptions> & { silver?: number } = {};
  for (const part of text.split(',')) {
    const [key, value] = part.split('=');
    const n = Number(value);
    if (!key || value === undefined || !Number.isFinite(n)) throw new Error(`bad variant setting: ${part}`);
    if (key === 'silver') {
      out.silver = n;
      continue;
    }
    const name = ({ epochs: 'epochs', seed: 'seed', dropout: 'dropout', margin: 'margin', 'pa-c': 'paC', 'miss-cost': 'missCost' } as const)[key as 'epochs'];
    if (!name) throw new Error(`unknown variant setting: ${key}`);
    out[name] = n;
  }
  return out;
}

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

function need(...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) throw new Error(`missing shared data: ${parts.join('/')} (set CHRONIK_SHARED)`);
  return p;
}

/** WikiNEuRal silver sentences of a language, in the labels that language's tagger learns. */
function silverSentences(lang: 'de' | 'en'): GoldSentence[] {
  const dir = need('data', 'ner', 'wikineural-silver-de-en', lang);
  const out: GoldSentence[] = [];
  for (const split of ['val', 'test']) {
    for (const sent of readGoldFile(join(dir, `${split}.conllu`))) out.push(lang === 'de' ? toGermEvalScheme(sent) : sent);
  }
  return asTagged(lang, out);
}

interface LangSetup {
  lang: 'de' | 'en';
  train: GoldSentence[];
  dev: GoldSentence[];
  unlabelled: () => Iterable<string[]>;
  /** Unlabelled text other than the training and silver sentences (for the self-training lexicon). */
  news: () => Iterable<string[]>;
}

/** The sentence's words as the tagger sees them at run time (typographic quotes as `"`). */
function asTagged(lang: 'de' | 'en', sents: GoldSentence[]): GoldSentence[] {
  if (!values['map-quotes']) return sents;
  return sents.map((s) => ({ tokens: s.tokens.map((w) => modelWord(w, lang)), tags: s.tags }));
}

function setup(lang: 'de' | 'en'): LangSetup {
  if (lang === 'de') {
    const train = asTagged(lang, readGoldFile(need('data', 'ner', 'germeval2014', 'NER-de-train.iob2')));
    const dev = asTagged(lang, readGoldFile(need('data', 'ner', 'germeval2014', 'NER-de-dev.tsv')));
    return {
      lang, train, dev,
      unlabelled: function* () {
        for (const s of train) yield s.tokens;
        yield* textRuns(gnadTexts());
        if (values['base-text']) return;
        yield* wikineuralRuns('de');
        yield* textRuns(semevalTexts('de'));
        yield* spkattRuns();
      },
      news: function* () {
        yield* textRuns(gnadTexts());
        yield* textRuns(semevalTexts('de'));
        yield* spkattRuns();
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
    news: () => textRuns(ecbTexts()),
  };
}

if (values.average) {
  const files = values.average.split(',');
  const model = averageModels(files.map((f) => loadModel(f)));
  const name = `ner-${model.lang}.json.gz`;
  const out = values['out-dir'] ? join(values['out-dir'], name) : modelPath(name);
  mkdirSync(dirname(out), { recursive: true });
  const saved = saveModel(model, out, Number(values['min-weight']));
  log(`${model.lang}: averaged ${files.length} models into ${out}: ${saved.features} features, ${(saved.bytes / 1e6).toFixed(2)} MB`);
  process.exit(0);
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
  // German only so far: the shipped English model predates these features
  if (lang === 'de' && !values['no-phrases']) resources.phrases = buildPlacePhrases();
  if (lang === 'de' && !values['no-nouns']) {
    const tsv = need('data', 'lexicon', 'wiktionary-de-en', 'de-en.wiktionary.tsv');
    log(`${lang}: ${addCommonNouns(resources.gazetteer, readFileSync(tsv, 'utf8'))} common nouns from Wiktionary`);
  }
  if (!values['no-clusters']) {
    const cache = values['cluster-cache'] ? join(values['cluster-cache'], `ner-clusters-${lang}.json`) : null;
    if (cache && existsSync(cache)) {
      resources.clusters = new Map(Object.entries(JSON.parse(readFileSync(cache, 'utf8')) as Record<string, string>));
      log(`${lang}: clusters read from ${cache}`);
    } else {
      resources.clusters = buildClusters(runs, { sizes: values['cluster-sizes']!.split(',').map(Number), minCount: 3, contextWords: Number(values['context-words']), window: Number(values['cluster-window']), iterations: 8, seed: 17, log });
      if (cache) writeFileSync(cache, JSON.stringify(Object.fromEntries(resources.clusters)));
    }
  }
  if (values['auto-lexicon'] && values['auto-lexicon'] !== 'none') {
    const tagger = loadModel(values['auto-lexicon']);
    resources.autoLexicon = buildAutoLexicon(tagger, s.news(), (w) => modelWord(w, lang));
    log(`${lang}: ${resources.autoLexicon.size} self-training lexicon words (tagged by ${values['auto-lexicon']})`);
  }
  // entity lexicon: from all training data for the model, from the other folds while training
  resources.lexicon = buildLexicon(s.train);
  const places = resources.phrases;
  const withNames = (train: GoldSentence[]) => (values['phrase-lexicon'] ? mergePhrases(places, buildPhraseLexicon(train)) : places);
  resources.phrases = withNames(s.train);
  const k = Number(values.folds);
  const foldResources: FeatureResources[] = [];
  for (let f = 0; f < k; f++) {
    const others = s.train.filter((_, i) => i % k !== f);
    foldResources.push({ ...resources, lexicon: buildLexicon(others), phrases: withNames(others) });
  }
  log(`${lang}: ${resources.lowerRatio.size} lower-ratio words, ${resources.clusters.size} clustered words, ${resources.gazetteer.size} gazetteer words, ${resources.lexicon.size} lexicon words`);
  // silver sentences (machine-annotated Wikipedia) after the gold ones, with a smaller step;
  // the lexicon of all gold data is out-of-fold for them
  const silverWeight = lang === 'de' ? Number(values.silver) : 0;
  const silver = silverWeight > 0 ? silverSentences(lang) : [];
  if (silver.length) log(`${lang}: ${silver.length} silver sentences at weight ${silverWeight}`);
  const gold = s.train.length;
  // silver lexicon: all silver sentences for the model and the gold sentences, the other
  // silver folds for each silver sentence
  const silverFolds: FeatureResources[] = [];
  if (silver.length && !values['no-silver-lexicon']) {
    resources.silverLexicon = buildLexicon(silver);
    for (const r of foldResources) r.silverLexicon = resources.silverLexicon;
    for (let f = 0; f < k; f++) silverFolds.push({ ...resources, silverLexicon: buildLexicon(silver.filter((_, i) => i % k !== f)) });
    log(`${lang}: ${resources.silverLexicon.size} silver lexicon words`);
  }
  // character n-gram classes: gold and silver fold f are left out of the counts for fold f
  if (values['char-classes']) {
    const foldCounts = Array.from({ length: k }, (_, f) =>
      CharCounts.fromSentences([...s.train.filter((_, i) => i % k === f), ...silver.filter((_, i) => i % k === f)]),
    );
    const total = foldCounts.reduce((a, c) => a.addAll(c), new CharCounts());
    resources.charClasses = CharClassifier.fromCounts(total, 2);
    foldCounts.forEach((c, f) => {
      const classes = CharClassifier.fromCounts(total.minus(c), 2);
      foldResources[f]!.charClasses = classes;
      if (silverFolds[f]) silverFolds[f]!.charClasses = classes;
    });
    log(`${lang}: character n-gram classes from ${total.words.reduce((a, b) => a + b, 0)} words, ${resources.charClasses.size} n-grams`);
  }
  const trainOptions: TrainOptions = {
    lang,
    train: [...s.train, ...silver],
    dev: s.dev,
    resources,
    resourcesFor: (i) => (i >= gold ? silverFolds[(i - gold) % k] ?? resources : k <= 1 ? resources : foldResources[i % k]!),
    weightOf: (i) => (i >= gold ? silverWeight : 1),
    epochs: Number(values.epochs),
    seed: Number(values.seed),
    minCount: Number(values['min-count']),
    dropout: lang === 'de' ? Number(values.dropout) : 0,
    margin: Number(values.margin),
    paC: Number(values['pa-c']),
    missCost: Number(values['miss-cost']),
    isLexical: (f) => /^(w|W|lx|lx\|cap|sx|sx\|cap|ax|ax\|cap|w-1\|w|w\|w\+1)=/.test(f),
    log,
  };
  const prepared = prepareTraining(trainOptions);
  // one model, or (`--variants`) one per learner setting, each into its own folder
  const variants = values.variants ? values.variants.split(';').map(parseVariant) : [null];
  variants.forEach((variant, v) => {
    if (variant) log(`${lang}: variant ${v + 1}: ${JSON.stringify(variant)}`);
    const silverStep = variant?.silver;
    const weightOf = silverStep === undefined ? trainOptions.weightOf : (i: number) => (i >= gold ? silverStep : 1);
    const model = trainPrepared(prepared, { ...trainOptions, ...variant, weightOf });
    model.meta.trainedOn = lang === 'de' ? ['GermEval 2014 train (CC BY 4.0)'] : ['CoNLL-2003 English train'];
    if (silver.length) (model.meta.trainedOn as string[]).push(`WikiNEuRal ${lang} val+test silver (CC BY-NC-SA 4.0), weight ${silverStep ?? silverWeight}`);
    const dir = values['out-dir'] ? (variant ? join(values['out-dir'], `v${v + 1}`) : values['out-dir']) : null;
    if (variant && !dir) throw new Error('--variants needs --out-dir');
    const out = dir ? join(dir, `ner-${lang}.json.gz`) : modelPath(`ner-${lang}.json.gz`);
    mkdirSync(dirname(out), { recursive: true });
    const saved = saveModel(model, out, Number(values['min-weight']));
    log(`${lang}: wrote ${out}: ${saved.features} features, ${(saved.bytes / 1e6).toFixed(2)} MB`);
  });
}
