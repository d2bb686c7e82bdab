import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureHash, FeatureTable, hashFeature } from '../src/extract/entities/feature-table.js';
import { taggerModel } from '../src/extract/entities/tagger.js';
import { buildAutoLexicon } from '../src/extract/entities/self-training.js';

test('hashed feature table: every feature of the shipped model found at its row, others not found', () => {
  const model = taggerModel('de');
  assert.ok(model);
  const names = [...model.features.keys()];
  const table = FeatureTable.fromNames(names);
  assert.ok(table, 'no hash collision among the model features');
  const h = new FeatureHash();
  names.forEach((f, row) => assert.equal(table.row(h.start().text(f)), row, f));
  for (const f of ['w=zzzqqx', 'p3=ÿÿÿ', '', 'b|', 'w-1|w=der|zzzqqx']) assert.equal(table.row(h.start().text(f)), -1, f);
});

test('features hashed in parts equal their whole string', () => {
  const h = new FeatureHash();
  const whole = (s: string) => {
    h.start().text(s);
    return [h.a, h.b];
  };
  const parts = (t: string, a?: string, b?: string, c?: string) => {
    hashFeature(h, t, a, b, c);
    return [h.a, h.b];
  };
  assert.deepEqual(parts('first'), whole('first'));
  assert.deepEqual(parts('w', 'merkel'), whole('w=merkel'));
  assert.deepEqual(parts('w-1|w', 'die', 'a|b'), whole('w-1|w=die|a|b'));
  assert.deepEqual(parts('sh-1|sh|sh+1', 'Xx', 'x', ''), whole('sh-1|sh|sh+1=Xx|x|'));
  assert.notDeepEqual(whole('w=ab'), whole('w=ba'));
  const table = FeatureTable.fromMap(new Map([['w=a', 0], ['w=b', 1]]));
  assert.equal(table?.row(hashFeature(h, 'w', 'b')), 1);
});

test('self-training lexicon: names the model finds in unlabelled text get their labels', () => {
  const model = taggerModel('de');
  assert.ok(model);
  const runs = [
    'Bundeskanzlerin Angela Merkel reiste am Montag nach Paris .'.split(' '),
    'In Paris traf Merkel den Präsidenten .'.split(' '),
    [],
  ];
  const lx = buildAutoLexicon(model, runs);
  assert.equal(lx.get('merkel'), 'PER');
  assert.equal(lx.get('paris'), 'LOC');
  assert.equal(lx.get('montag'), undefined);
  assert.equal(buildAutoLexicon(model, []).size, 0);
});
