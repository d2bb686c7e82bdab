import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CharClassifier, CharCounts, charNgrams } from '../src/extract/entities/char-classes.js';
import { emptyResources, wordFeatures, wordInfo } from '../src/extract/entities/features.js';
import { loadModel, saveModel, type TaggerModel } from '../src/extract/entities/model.js';
import type { GoldSentence } from '../src/extract/entities/tags.js';

/** Sentences naming people by `-mann`/`-ski`, places by `-stadt`/`-ingen`, with lower-case verbs. */
function sentences(): GoldSentence[] {
  const people = ['Hofmann', 'Zimmermann', 'Baumann', 'Kowalski', 'Nowakowski', 'Lewandowski'];
  const places = ['Neustadt', 'Altstadt', 'Kleinstadt', 'Tübingen', 'Göttingen', 'Sindelfingen'];
  const out: GoldSentence[] = [];
  people.forEach((p, i) => {
    const place = places[i]!;
    out.push({ tokens: [p, 'wohnt', 'in', place, 'und', 'arbeitet', 'gern'], tags: ['B-PER', 'O', 'O', 'B-LOC', 'O', 'O', 'O'] });
  });
  out.push({ tokens: ['die', 'russischen', 'Firmen', 'laufen'], tags: ['O', 'B-LOCderiv', 'O', 'O'] });
  return out;
}

test('character n-grams of a word carry its boundaries', () => {
  const grams = charNgrams('ab');
  assert.deepEqual(grams, ['^a', 'ab', 'b$', '^ab', 'ab$', '^ab$']);
  assert.deepEqual(charNgrams(''), ['^$']);
});

test('unseen words take the class their letters share with annotated names', () => {
  const clf = CharClassifier.fromCounts(CharCounts.fromSentences(sentences()));
  assert.equal(clf.classify('kaufmann')[0], 'PER');
  assert.equal(clf.classify('jankowski')[0], 'PER');
  assert.equal(clf.classify('reutlingen')[0], 'LOC');
  assert.equal(clf.classify('hauptstadt')[0], 'LOC');
  // a sureness bucket comes with the class
  assert.match(clf.classify('kaufmann')[1] ?? '', /^[0-3]$/);
  // no letters, empty or absurdly long: no evidence, no crash
  assert.deepEqual(clf.classify('1234'), []);
  assert.deepEqual(clf.classify(''), []);
  assert.deepEqual(clf.classify('x'.repeat(5000)), []);
  assert.deepEqual(CharClassifier.empty().classify('kaufmann'), []);
});

test('each word counts once per class; fold counts subtract out of the total', () => {
  const all = sentences();
  const a = CharCounts.fromSentences([...all.slice(0, 3), all[0]!]);
  const b = CharCounts.fromSentences(all.slice(3));
  // the repeated sentence adds nothing: 3 people, 3 places and the lower-case words once
  assert.equal(a.words[1], 3);
  assert.equal(a.words[2], 3);
  const total = new CharCounts().addAll(a).addAll(b);
  const rest = total.minus(a);
  assert.deepEqual(Array.from(rest.words), Array.from(b.words));
  assert.deepEqual(Array.from(rest.grams.get('ski$') ?? []), Array.from(b.grams.get('ski$') ?? []));
  assert.ok(!rest.grams.has('^hofm'), 'n-grams only the left-out fold had are gone');
});

test('the class reaches the word features and survives saving the model', () => {
  const resources = emptyResources();
  resources.charClasses = CharClassifier.fromCounts(CharCounts.fromSentences(sentences()));
  const feats = wordFeatures(wordInfo('Kaufmann', resources), resources);
  assert.ok(feats.includes('ch=PER'), feats.join(' '));
  assert.ok(feats.includes('ch|cap=PERC'));
  const model: TaggerModel = {
    lang: 'de',
    tags: ['O', 'B-PER', 'I-PER'],
    features: new Map([['ch=PER', 0]]),
    weights: Float32Array.from([0, 3, 0]),
    transitions: new Float32Array(12),
    resources,
    meta: {},
  };
  const path = join(mkdtempSync(join(tmpdir(), 'chronik-char-')), 'm.json.gz');
  saveModel(model, path);
  const loaded = loadModel(path);
  for (const w of ['kaufmann', 'reutlingen', 'laufen', 'russischen']) {
    assert.deepEqual(loaded.resources.charClasses.classify(w), resources.charClasses.classify(w), w);
  }
});
