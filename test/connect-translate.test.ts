// The language-neutral view of German words: translations share a word's weight (never a
// negative one), and compounds the lexicon lacks are translated through their parts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stem } from '../src/text/stem.js';
import { stemLexicon } from '../src/connect/lexicon.js';
import { translateWord } from '../src/connect/translate.js';
import { articleFeatures } from '../src/connect/profile.js';
import { weigh } from '../src/connect/weigh.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import { analyze } from '../src/pipeline.js';

const lexicon = stemLexicon();
const de = (w: string) => stem(w, 'de');
const total = (v: Record<string, number>) => Object.values(v).reduce((s, x) => s + x, 0);

test('a known term shares one unit of weight among its translations', (t) => {
  if (!lexicon.size) return t.skip('the shipped lexicon is missing');
  const known = [...lexicon].find(([, en]) => new Set(en).size >= 3)!;
  const word = known[0].charAt(0).toUpperCase() + known[0].slice(1);
  const out = translateWord(word, lexicon) ?? {};
  if (stem(word, 'de') !== known[0]) return t.skip(`${word} does not stem back to ${known[0]}`);
  assert.ok(Math.abs(total(out) - 1) < 1e-9);
  for (const e of known[1]) assert.ok(out[e]! > 0, `${known[0]} → ${e}`);
});

test('compounds the lexicon lacks are translated through their parts', (t) => {
  if (!lexicon.size) return t.skip('the shipped lexicon is missing');
  const head = de('Bericht'), modifier = de('Feuerwehr');
  assert.ok(lexicon.has(head) && lexicon.has(modifier), 'the parts are known');
  assert.ok(!lexicon.has(de('Feuerwehrbericht')), 'the compound itself is not');
  const closed = translateWord('Feuerwehrbericht', lexicon);
  assert.ok(closed, 'closed compound split');
  for (const e of [...lexicon.get(head)!, ...lexicon.get(modifier)!]) assert.ok(closed[e]! > 0, `Feuerwehrbericht → ${e}`);
  assert.ok(Math.abs(total(closed) - 1) < 1e-9);
  assert.equal(translateWord('feuerwehrbericht', lexicon), null, 'only nouns (capitalised) are split');

  // hyphenated: the known part translated, the unknown one kept as it is
  const hyphen = translateWord('Qwxzy-Feuerwehrbericht', lexicon) ?? {};
  assert.ok((hyphen[lexicon.get(head)![0]!] ?? 0) > 0, 'the known part translated');
  assert.equal(hyphen[de('Qwxzy')], 0.5, 'the unknown part kept with its share');

  // a name of the article is never split, alone or as a part
  assert.ok(translateWord('Wolkenheim', lexicon), 'an unknown capitalised compound is split');
  const names = new Set(['wolkenheim']);
  assert.equal(translateWord('Wolkenheim', lexicon, names), null);
  assert.equal(translateWord('Wolkenheim-Qwxzy', lexicon, names), null);
  assert.equal(translateWord('Qqqqxzzzzv', lexicon), null);
});

test('every weight of a German article language-neutral view is positive', async (t) => {
  if (!lexicon.size) return t.skip('the shipped lexicon is missing');
  const p = prepareArticle({
    input: 'bericht', id: 'bericht', lang: 'de', date: '2024-10-02',
    title: 'Bericht: Defekter Akku löste Brand in Lagerhalle aus',
    text: 'Ein Untersuchungsbericht der Feuerwehr nennt einen defekten Akku als Ursache des Brandes. Der Bericht wurde am Mittwoch vorgestellt. Die Lagerhalle soll wieder aufgebaut werden.',
  });
  if (p instanceof InputError) throw p;
  const w = weigh(articleFeatures(analyze(p.article), new Map()), () => 1);
  assert.ok(Object.keys(w.cross).length > 5);
  assert.ok((w.cross['x:report'] ?? 0) > 0, 'Bericht and Untersuchungsbericht reach report');
  for (const [k, x] of Object.entries({ ...w.cross, ...w.titleX })) assert.ok(x > 0, `${k} weighs ${x}`);
});

test('odd and huge words translate quickly or not at all', (t) => {
  if (!lexicon.size) return t.skip('the shipped lexicon is missing');
  const started = Date.now();
  for (const w of ['', '-', '---', 'Ä', '\u200b🙂', 'Berichte'.repeat(5000), 'Bericht-'.repeat(5000), 'X'.repeat(100_000)]) {
    const out = translateWord(w, lexicon);
    if (out) for (const x of Object.values(out)) assert.ok(Number.isFinite(x) && x > 0);
  }
  assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
});
