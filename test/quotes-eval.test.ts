import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedPath } from '../src/paths.js';
import { readGold } from '../src/eval/gold/quotes.js';
import { analyseDocs, evaluate, format, scoreDocs } from '../src/eval/quotes.js';

const trial = sharedPath('data', 'quotes', 'spkatt-wikinews-de', 'data', 'trial');

test('SpkAtt reader rebuilds a natural text with token offsets', (t) => {
  if (!trial) return t.skip('../shared/data/quotes is absent');
  const docs = readGold(trial);
  assert.equal(docs.length, 2);
  for (const d of docs) {
    for (const tok of d.tokens) assert.equal(d.text.slice(tok.start, tok.end), tok.text);
    assert.ok(d.annotations.length > 0);
  }
  const rtl = docs.find((d) => d.text.includes('Süddeutsche'))!;
  assert.ok(rtl.text.includes('Die „Süddeutsche Zeitung“ hatte gestern berichtet, 200 feste'));
  assert.ok(rtl.annotations.some((a) => a.form === 'direct'));
});

test('brat reader maps character spans to tokens (one annotator per text)', (t) => {
  const dev = sharedPath('data', 'quotes', 'polnear-en', 'data', 'dev');
  if (!dev) return t.skip('../shared/data/quotes/polnear-en is absent');
  const docs = readGold(dev);
  const names = new Set(docs.map((d) => d.name));
  assert.equal(names.size, docs.length);
  const withSource = docs.flatMap((d) => d.annotations).filter((a) => a.source.length);
  assert.ok(withSource.length > 100);
});

test('eval quotes scores the Wikinews trial and formats the result', async (t) => {
  if (!trial) return t.skip('../shared/data/quotes is absent');
  const r = (await evaluate({ gold: trial }, () => {})) as { task: string; quote: { f1: number; precision: number }; byForm: Record<string, unknown>; roles: Record<string, { f1: number }> };
  assert.equal(r.task, 'quotes');
  assert.ok(r.quote.f1 > 0.4 && r.quote.f1 <= 1);
  assert.ok('direct' in r.byForm && 'indirect' in r.byForm);
  assert.ok(r.roles.Message!.f1 > 0.3);
  assert.match(format(r), /speaker accuracy/);
});

test('scoring pre-analysed documents gives the same figures and reports every speaker decision', async (t) => {
  if (!trial) return t.skip('../shared/data/quotes is absent');
  const docs = readGold(trial);
  const inline = (await scoreDocs(docs, () => {})) as { speakerAccuracy: number; counts: { speakersScored: number } };
  const seen: boolean[] = [];
  const analysed = await analyseDocs(docs);
  const again = (await scoreDocs(docs, () => {}, (o) => seen.push(o.right), analysed)) as typeof inline;
  assert.equal(again.speakerAccuracy, inline.speakerAccuracy);
  assert.equal(seen.length, inline.counts.speakersScored);
  assert.equal(seen.filter(Boolean).length / seen.length, inline.speakerAccuracy);
});
