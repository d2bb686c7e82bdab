import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyResources, phraseMatches, sentenceFeatures, wordInfo } from '../src/extract/entities/features.js';
import { addCommonNouns, buildPlacePhrases } from '../src/extract/entities/gazetteer.js';
import { toGermEvalScheme } from '../src/extract/entities/silver.js';
import { buildPhraseLexicon, mergePhrases } from '../src/extract/entities/resources.js';

test('multi-word names: longest match first, B/I positions, unmatched tokens empty', () => {
  const phrases = new Map([['da nang', 'LOC'], ['new york', 'LOC'], ['new york city', 'LOC']]);
  const words = ['in', 'new', 'york', 'city', 'und', 'da', 'nang', 'da', 'war'];
  assert.deepEqual(phraseMatches(words, phrases), ['', 'LOC-B', 'LOC-I', 'LOC-I', '', 'LOC-B', 'LOC-I', '', '']);
  assert.deepEqual(phraseMatches([], phrases), []);
  assert.deepEqual(phraseMatches(['da'], phrases), ['']);
  assert.deepEqual(phraseMatches(words, new Map()), words.map(() => ''));
});

test('place phrases come from the city and country packages', () => {
  const phrases = buildPlacePhrases();
  assert.equal(phrases.get('da nang'), 'LOC');
  assert.equal(phrases.get('new york city'), 'LOC');
  assert.ok(![...phrases.keys()].some((k) => !k.includes(' ')));
});

test('phrase features reach the token features', () => {
  const res = emptyResources();
  res.phrases = new Map([['da nang', 'LOC']]);
  const feats = sentenceFeatures(['Gipfel', 'in', 'Da', 'Nang'], res);
  assert.ok(feats[2]!.includes('ph=LOC-B'));
  assert.ok(feats[3]!.includes('ph=LOC-I'));
  assert.ok(!feats[1]!.some((f) => f.startsWith('ph=')));
});

test('common nouns: exact and inflected forms, names are not nouns', () => {
  const gaz = new Map([['hof', 'LOC.city']]);
  const tsv = 'Haus\thouse\tNOUN\tu1\tm1\nHaus\thome\tNOUN\tu1\tm3\nBahn\trailway\tNOUN\tu1\tm1\nHof\tcourt\tNOUN\tu1\tm1\nschnell\tfast\tADJ\tu1\tm1\nNew York\tx\tNOUN\tu1\tm1\n\nbroken line';
  assert.equal(addCommonNouns(gaz, tsv), 3);
  assert.equal(gaz.get('hof'), 'LOC.city|noun');
  assert.equal(gaz.get('schnell'), undefined);
  const res = emptyResources();
  res.gazetteer = gaz;
  assert.deepEqual(wordInfo('Haus', res).gazetteer, ['noun']);
  assert.deepEqual(wordInfo('Hauses', res).gazetteer, ['noun.infl']);
  assert.deepEqual(wordInfo('Bahnen', res).gazetteer, ['noun.infl']);
  assert.deepEqual(wordInfo('Berlin', res).gazetteer, []);
  assert.deepEqual(wordInfo('', res).gazetteer, []);
});

test('silver CoNLL labels map onto GermEval: adjectives LOCderiv, other MISC OTH', () => {
  const s = toGermEvalScheme({
    tokens: ['Die', 'französischen', 'und', 'US-amerikanische', 'Truppen', 'sahen', 'Star', 'Wars', 'in', 'Paris'],
    tags: ['O', 'B-MISC', 'O', 'B-MISC', 'O', 'O', 'B-MISC', 'I-MISC', 'O', 'B-LOC'],
  });
  assert.deepEqual(s.tags, ['O', 'B-LOCderiv', 'O', 'B-LOCderiv', 'O', 'O', 'B-OTH', 'I-OTH', 'O', 'B-LOC']);
  assert.deepEqual(toGermEvalScheme({ tokens: [], tags: [] }), { tokens: [], tags: [] });
});

test('phrase lexicon: multi-word names of annotated sentences by majority type', () => {
  const sents = [
    { tokens: ['Die', 'Deutsche', 'Bank', 'in', 'New', 'York'], tags: ['O', 'B-ORG', 'I-ORG', 'O', 'B-LOC', 'I-LOC'] },
    { tokens: ['Deutsche', 'Bank', 'und', 'Siemens'], tags: ['B-ORG', 'I-ORG', 'O', 'B-ORG'] },
    { tokens: ['Deutsche', 'Bank', 'Park'], tags: ['B-LOC', 'I-LOC', 'O'] },
    { tokens: ['Apec', 'Gipfel'], tags: ['B-ORGpart', 'I-ORGpart'] },
  ];
  const lx = buildPhraseLexicon(sents);
  assert.deepEqual([...lx.entries()].sort(), [['deutsche bank', 'lx.ORG'], ['new york', 'lx.LOC']]);
  const merged = mergePhrases(new Map([['new york', 'LOC'], ['da nang', 'LOC']]), lx);
  assert.equal(merged.get('new york'), 'LOC|lx.LOC');
  assert.equal(merged.get('da nang'), 'LOC');
  assert.equal(merged.get('deutsche bank'), 'lx.ORG');
});

test('the tagger\'s cached per-word scores give the same tags as the training-time features', async () => {
  const { taggerModel } = await import('../src/extract/entities/tagger.js');
  const { allowedTransitions, emissionScores, tagWords, viterbi } = await import('../src/extract/entities/model.js');
  const model = taggerModel('de');
  assert.ok(model);
  const sentences = [
    'Bundeskanzlerin Angela Merkel traf am Montag in Da Nang den US-Präsidenten .',
    'Die Deutsche Bank und die Lufthansa-Tochter Eurowings verloren an der Frankfurter Börse .',
    'G20 .',
  ].map((s) => s.split(' '));
  for (const words of sentences) {
    const rows = sentenceFeatures(words, model.resources).map((fs) => fs.flatMap((f) => {
      const id = model.features.get(f);
      return id === undefined ? [] : [id];
    }));
    const T = model.tags.length;
    const best = viterbi(emissionScores(rows, model.weights, T), words.length, T, model.transitions, allowedTransitions(model.tags));
    const tags: string[] = model.tags;
    assert.deepEqual(tagWords(model, words), Array.from(best, (t): string => tags[t]!), words.join(' '));
  }
});

test('quoted stretches: B/I positions with a length bucket; unclosed and long quotes mark nothing', async () => {
  const { quoteContext } = await import('../src/extract/entities/features.js');
  assert.deepEqual(quoteContext(['die', 'Sendung', '„', 'oper', 'kompakt', '“', '.']), ['', '', '', 'B2', 'I2', '', '']);
  assert.deepEqual(quoteContext(['"', 'Tatort', '"', 'und', '"', 'X']), ['', 'B1', '', '', '', '']);
  const speech = ['"', ...'wir werden das schaffen und noch viel mehr als das was alle denken'.split(' '), '"'];
  assert.deepEqual(quoteContext(speech), speech.map(() => ''));
  assert.deepEqual(quoteContext([]), []);
  assert.deepEqual(quoteContext(['"', '"']), ['', '']);
  const feats = sentenceFeatures(['Er', 'sah', '«', 'Jahr', 'des', 'Drachens', '»', '.'], emptyResources());
  assert.ok(feats[3]!.includes('q=B3') && feats[5]!.includes('q=I3'));
  assert.ok(!feats[1]!.some((f) => f.startsWith('q=')));
});

test('the word shape keeps case classes outside ASCII and runs of a class collapse', async () => {
  const { shapeOf } = await import('../src/extract/entities/features.js');
  assert.equal(shapeOf('Putin'), 'Xx');
  assert.equal(shapeOf('G20'), 'Xd');
  assert.equal(shapeOf('US-Außenministerium'), 'X-Xx');
  assert.equal(shapeOf('Ölförderung'), 'Xx');
  assert.equal(shapeOf('ÖBB'), 'X');
  assert.equal(shapeOf('straße'), 'x');
  assert.equal(shapeOf('a|b'), 'x|x');
  assert.equal(shapeOf(''), '');
});
