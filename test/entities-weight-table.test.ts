import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { FeatureHash, FeatureTable, HashFilter, WeightTable } from '../src/extract/entities/feature-table.js';
import { shapeOf } from '../src/extract/entities/features.js';
import { loadModel, tagWords } from '../src/extract/entities/model.js';
import { modelPath } from '../src/paths.js';
import { PackedTable } from '../src/extract/entities/packed-table.js';
import { modelWord } from '../src/extract/entities/tagger.js';

/** A small deterministic generator (tests must not depend on Math.random). */
function numbers(seed: number): () => number {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
}

function features(count: number, seed: number): string[] {
  const next = numbers(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`t${next() % 40}=${next().toString(36)}|${next() % 1000}`);
  return [...new Set(out)];
}

test('weight table: every feature adds exactly its row of weights times the scale, others add nothing', () => {
  const T = 24;
  const names = features(5000, 7);
  const next = numbers(11);
  const weights = Int16Array.from({ length: names.length * T }, () => (next() % 65535) - 32767);
  const scale = 0.000123;
  const table = WeightTable.fromLines(names.join('\n'), names.length, weights, T);
  assert.ok(table);
  const h = new FeatureHash();
  const out = new Float32Array(2 * T);
  names.forEach((f, row) => {
    out.fill(0);
    h.start().text(f);
    table.addTo(out, T, h.a, h.b, scale);
    const expected = new Float32Array(T);
    for (let t = 0; t < T; t++) expected[t] = weights[row * T + t]! * scale;
    assert.deepEqual(out.subarray(T), expected, f);
    assert.ok(out.subarray(0, T).every((v) => v === 0), 'nothing before base');
  });
  // features not in the table: nothing added (the filter and the probe both)
  const known = new Set(names);
  for (const f of features(20000, 99)) {
    if (known.has(f)) continue;
    out.fill(0);
    h.start().text(f);
    table.addTo(out, 0, h.a, h.b, scale);
    assert.ok(out.every((v) => v === 0), f);
  }
});

test('weight table: English-sized rows fit a slot too; too few weights give null', () => {
  const names = features(300, 3);
  const T = 9;
  const weights = Int16Array.from({ length: names.length * T }, (_, i) => i % 200);
  const table = WeightTable.fromLines(names.join('\n'), names.length, weights, T);
  assert.ok(table);
  const h = new FeatureHash().start().text(names[5]!);
  const out = new Float32Array(T);
  table.addTo(out, 0, h.a, h.b, 1);
  assert.deepEqual(Array.from(out), Array.from(weights.subarray(5 * T, 6 * T)));
  assert.equal(WeightTable.fromLines(names.join('\n'), names.length, weights.subarray(0, 10), T), null);
});

test('hash filter: keys added always pass, others rarely', () => {
  const filter = new HashFilter(10_000);
  const next = numbers(5);
  const keys = Array.from({ length: 10_000 }, () => [next() | 0, next() | 0] as const);
  for (const [a, b] of keys) filter.add(a, b);
  assert.ok(keys.every(([a, b]) => filter.mayHave(a, b)));
  let passed = 0;
  for (let i = 0; i < 10_000; i++) if (filter.mayHave(next() | 0, next() | 0)) passed++;
  assert.ok(passed < 500, `${passed} of 10,000 absent keys passed`);
});

test('feature table with its filter: rows of keyed lines found, absent keys not', () => {
  const names = features(3000, 21);
  const text = names.map((n, i) => `${n}\t${i}\n`).join('');
  const table = FeatureTable.fromKeyedLines(text, names.length);
  assert.ok(table);
  const h = new FeatureHash();
  names.forEach((f, row) => assert.equal(table.row(h.start().text(f)), row, f));
  const known = new Set(names);
  for (const f of features(3000, 22)) if (!known.has(f)) assert.equal(table.row(h.start().text(f)), -1, f);
});

/** The word shape as it was computed before (one-letter strings compared), the reference. */
function referenceShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if (code >= 48 && code <= 57) c = 'd';
      else if (code >= 65 && code <= 90) c = 'X';
      else if (code >= 97 && code <= 122) c = 'x';
      else c = ch;
    } else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (lower !== upper) c = ch === upper ? 'X' : 'x';
      else c = ch;
    }
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

test('word shapes of odd Unicode match the letter-by-letter reference', () => {
  const words = ['Ärzte', 'ΑΘΗΝΑ', 'Ελλάδα', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'G20', 'US-Außenministerium', '—', 'x²', '😀😀a', 'Cafe\u0301', '中国', 'ǅemal', 'ß', 'İstanbul', '«»', '', 'dXd', 'ÄÄ--ää', 'a\u200bb', '١٢٣'];
  for (const w of words) assert.equal(shapeOf(w), referenceShape(w), w);
});

test('a fresh German model tags as one whose word caches are full, sentence by sentence', (t) => {
  const path = modelPath('ner-de.json.gz');
  if (!existsSync(path)) return t.skip('models/ner-de.json.gz not present');
  const sentences = [
    ['Angela', 'Merkel', 'besuchte', 'am', 'Montag', 'die', 'Siemens', 'AG', 'in', 'München', '.'],
    ['Der', '„', 'Tatort', '“', 'aus', 'New', 'York', 'lief', 'im', 'Ersten', '.'],
    ['Die', 'US-Außenministerin', 'traf', 'Kowalski', 'in', 'Reutlingen', '.'],
    // many new words at once: the score slab is refilled inside one sentence
    Array.from({ length: 300 }, (_, i) => (i % 3 ? `Wort${i}` : `wort${i}x`)),
    ['ΑΘΗΝΑ', '😀', '', '\u0301', 'x'.repeat(5000)],
  ];
  const warm = loadModel(path);
  for (const s of sentences) tagWords(warm, s);
  const again = sentences.map((s) => tagWords(warm, s));
  const fresh = loadModel(path);
  const cold = [...sentences].reverse().map((s) => tagWords(fresh, s)).reverse();
  assert.deepEqual(cold, again);
  assert.deepEqual(again[0]!.slice(0, 2), ['B-PER', 'I-PER']);
  assert.equal(again[3]!.length, 300);
  assert.deepEqual(tagWords(fresh, []), []);
});

/** A word table read line by line into a map, as loading did before `PackedTable`. */
function lineMap(text: string): Map<string, string> {
  const map = new Map<string, string>();
  let from = 0;
  while (from < text.length) {
    const tab = text.indexOf('\t', from);
    const nl = text.indexOf('\n', from);
    if (tab < 0 || nl < 0) break;
    map.set(text.slice(from, tab), text.slice(tab + 1, nl));
    from = nl + 1;
  }
  return map;
}

test('packed word tables answer as maps read line by line: keys, values, size, order, changes', () => {
  const next = numbers(17);
  const keys = Array.from({ length: 3000 }, (_, i) => (i % 7 ? `wort${next() % 5000}` : `ärger€${i}`));
  const lines = keys.map((k, i) => `${k}\t${i % 5},${next() % 100}\n`);
  const texts = [
    lines.join(''), // keys repeat: read into the map at once
    [...new Set(keys)].map((k, i) => `${k}\t${i % 9}\n`).join(''),
    'a\tb\nohne Tab\nc\td\n',
    '',
    'x\t\n\ty\n',
  ];
  for (const text of texts) {
    const packed = new PackedTable(text);
    const plain = lineMap(text);
    assert.equal(packed.size, plain.size);
    for (const k of [...plain.keys(), 'wort-1', 'ärger€', '', 'x', 'y']) {
      assert.equal(packed.get(k), plain.get(k), k);
      assert.equal(packed.has(k), plain.has(k), k);
    }
    assert.deepEqual([...packed], [...plain]);
    packed.set('neu', '1');
    assert.equal(packed.get('neu'), '1');
    assert.equal(packed.size, plain.size + (plain.has('neu') ? 0 : 1));
  }
});

test('the shipped German model\'s word tables answer as maps read line by line', (t) => {
  const path = modelPath('ner-de.json.gz');
  if (!existsSync(path)) return t.skip('models/ner-de.json.gz not present');
  const res = loadModel(path).resources;
  for (const table of [res.clusters, res.gazetteer, res.lexicon]) {
    assert.ok(table instanceof PackedTable);
    const probe = ['der', 'berlin', 'merkel', 'zzqx', ''];
    const answers = probe.map((k) => table.get(k));
    const plain = new Map(table); // iterating reads the whole table
    assert.ok(plain.size > 1000);
    assert.deepEqual(probe.map((k) => plain.get(k)), answers);
  }
});

test('typographic quotes become the training data\'s quote marks, nothing else changes', () => {
  for (const q of ['„', '“', '”', '«', '»']) assert.equal(modelWord(q, 'de'), '"', q);
  for (const q of ['‚', '‘', '’']) assert.equal(modelWord(q, 'de'), "'", q);
  for (const w of ['"', "'", '„„', '‹', 'a', '', '»x', '’s']) assert.equal(modelWord(w, 'de'), w, w);
  assert.equal(modelWord('Obama’s', 'en'), 'Obama');
  assert.equal(modelWord('Obama’s', 'de'), 'Obama’s');
});
