import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coarseType, spansOf, toIob2 } from '../src/extract/entities/tags.js';
import { decodeText, parseGold, readSmartData } from '../src/eval/gold/ner.js';

test('GermEval TSV: index column, comment lines, outer level read', () => {
  const text = [
    '#\thttp://de.wikipedia.org/wiki/X\t[2009-08-13]',
    '1\tDie\tO\tO',
    '2\tDeutsche\tB-ORG\tB-LOCderiv',
    '3\tBank\tI-ORG\tO',
    '4\tin\tO\tO',
    '5\tFrankfurt\tB-LOC\tO',
    '',
    '#\thttp://example.org\t[2010-01-01]',
    '1\t1980\tO\tO',
    '2\tkam\tO\tO',
    '',
  ].join('\n');
  const s = parseGold(text);
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.tokens, ['Die', 'Deutsche', 'Bank', 'in', 'Frankfurt']);
  assert.deepEqual(spansOf(s[0]!.tags), [
    { start: 1, end: 3, type: 'ORG' },
    { start: 4, end: 5, type: 'LOC' },
  ]);
  assert.deepEqual(s[1]!.tokens, ['1980', 'kam']);
});

test('GermEval train IOB2 without index: a number token is not taken for an index', () => {
  const s = parseGold('1980\tO\tO\nkam\tO\tO\nPutin\tB-PER\tO\n\n#\tO\tO\nrussischen\tB-LOCderiv\tO\n');
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.tokens, ['1980', 'kam', 'Putin']);
  assert.deepEqual(s[1]!.tokens, ['#', 'russischen']);
  assert.equal(coarseType('LOCderiv'), null);
  assert.equal(coarseType('OTH'), 'MISC');
});

test('CoNLL-2003: IOB1 tags, DOCSTART lines, last column', () => {
  const s = parseGold('-DOCSTART- -X- -X- O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nSmith NNP I-NP B-PER\n');
  assert.equal(s.length, 1);
  assert.deepEqual(spansOf(s[0]!.tags), [
    { start: 0, end: 1, type: 'ORG' },
    { start: 2, end: 3, type: 'MISC' },
    { start: 3, end: 5, type: 'PER' },
    { start: 5, end: 6, type: 'PER' },
  ]);
  assert.deepEqual(toIob2(['I-LOC', 'I-PER', 'I-PER']), ['B-LOC', 'B-PER', 'I-PER']);
});

test('UNER: comment lines with "#" and a CoNLL-U-like index column', () => {
  const s = parseGold('# sent_id = a-1\n# text = I love Paris\n1\tI\tO\t-\t-\n2\tlove\tO\t-\t-\n3\tParis\tB-LOC\t-\t-\n');
  assert.deepEqual(s[0]!.tokens, ['I', 'love', 'Paris']);
  assert.deepEqual(spansOf(s[0]!.tags), [{ start: 2, end: 3, type: 'LOC' }]);
});

test('Latin-1 bytes are decoded as Latin-1, UTF-8 as UTF-8', () => {
  assert.equal(decodeText(Buffer.from('Müller', 'latin1')), 'Müller');
  assert.equal(decodeText(Buffer.from('Müller', 'utf8')), 'Müller');
});

test('SmartData: concatenated pretty-printed JSON documents, gzip, types mapped', () => {
  const doc = (id: string, text: string, mentions: unknown[]) => JSON.stringify({ id, text, conceptMentions: { array: mentions } }, null, 2);
  const raw = doc('a', 'Bahn in Köln {x}', [
    { type: 'ORGANIZATION_COMPANY', span: { start: 0, end: 4 } },
    { type: 'LOCATION_CITY', span: { start: 8, end: 12 } },
    { type: 'DATE', span: { start: 0, end: 4 } },
  ]) + '\n' + doc('b', 'Ein "Zitat" }', [{ type: 'person', span: { start: 5, end: 10 } }])
    // the Avro JSON form wraps optional strings
    + JSON.stringify({ id: { string: 'c' }, text: { string: 'Merkel' }, conceptMentions: { array: [{ type: 'PERSON', span: { start: 0, end: 6 } }] } });
  const dir = mkdtempSync(join(tmpdir(), 'chronik-ner-'));
  const path = join(dir, 'x.json.gz');
  writeFileSync(path, gzipSync(Buffer.from(raw)));
  const docs = readSmartData(path);
  assert.equal(docs.length, 3);
  assert.equal(docs[2]!.text, 'Merkel');
  assert.deepEqual(docs[2]!.entities, [{ start: 0, end: 6, type: 'PER' }]);
  assert.deepEqual(docs[0]!.entities, [
    { start: 0, end: 4, type: 'ORG' },
    { start: 8, end: 12, type: 'LOC' },
  ]);
  assert.deepEqual(docs[1]!.entities, [{ start: 5, end: 10, type: 'PER' }]);
});

test('empty and junk input never crashes', () => {
  assert.deepEqual(parseGold(''), []);
  assert.deepEqual(parseGold('\n\n# only a comment\n'), []);
  assert.equal(parseGold('\u0000\u0001 weird\n').length, 1);
});
