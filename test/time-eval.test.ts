import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sharedPath } from '../src/paths.js';
import { evaluate, format, normaliseValue, parseInline, score } from '../src/eval/timex.js';

const TML = `<?xml version="1.0" ?><TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2010-02-20" functionInDocument="CREATION_TIME">2010-02-20</TIMEX3></DCT>
<TEXT>Sie laden am <TIMEX3 tid="t2" type="DATE" value="2010-02-25">Donnerstag, 25. Februar</TIMEX3> um <TIMEX3 tid="t4" type="TIME" value="2010-02-25T20.30">20.30 Uhr</TIMEX3> ein &amp; feiern.<TIMEX3 tid="t5" type="DATE" value="2010" /></TEXT></TimeML>`;

test('inline TimeML is read into text and spans (non-consuming timexes skipped)', () => {
  const { text, timexes } = parseInline(TML, 'TIMEX3');
  assert.equal(text, 'Sie laden am Donnerstag, 25. Februar um 20.30 Uhr ein & feiern.');
  assert.equal(timexes.length, 2);
  assert.equal(text.slice(timexes[0]!.start, timexes[0]!.end), 'Donnerstag, 25. Februar');
  assert.equal(timexes[1]!.value, '2010-02-25T20.30');
  const t2 = parseInline('<TEXT>Ende <TIMEX2 val="2002" mod="END">2002</TIMEX2> kam es.</TEXT>', 'TIMEX2');
  assert.deepEqual(t2.timexes, [{ start: 5, end: 9, type: null, value: '2002' }]);
});

test('values are compared in a normal form', () => {
  assert.equal(normaliseValue('2010-02-25T20.30'), normaliseValue('2010-02-25T20:30'));
  assert.equal(normaliseValue('2011-03-17T8:30'), '2011-03-17T08:30');
  assert.equal(normaliseValue('2000-W7'), '2000-W07');
  assert.notEqual(normaliseValue('2010-02-25'), normaliseValue('2010-02-26'));
});

test('scoring: strict, relaxed and value matches', () => {
  const gold = [{ start: 0, end: 10, type: 'DATE', value: '2010' }, { start: 20, end: 25, type: 'TIME', value: 'X' }];
  const sys = [{ start: 0, end: 10, type: 'DATE', value: '2010' }, { start: 22, end: 30, type: 'DATE', value: 'Y' }, { start: 40, end: 45, type: 'DATE', value: 'Z' }];
  assert.deepEqual(score(gold, sys, true), { gold: 2, predicted: 3, strict: 1, relaxed: 2, type: 1, value: 1 });
});

test('KRAUTS development documents are scored with the HeidelTime baseline', async (t) => {
  const dir = sharedPath('data', 'time', 'krauts', 'KRAUTS', 'KRAUTS_Dolomiten-42');
  if (!dir) return t.skip('KRAUTS not found under ../shared/data/time');
  const r = (await evaluate({ gold: dir, limit: 10 }, () => {})) as Record<string, any>;
  assert.equal(r.task, 'timex');
  assert.ok(r.relaxed.f1 > 0.7, `relaxed F1 ${r.relaxed.f1}`);
  assert.ok(r.value.f1 > 0.5, `value F1 ${r.value.f1}`);
  assert.ok(r.baseline && r.baseline.relaxed.f1 > 0, 'HeidelTime baseline scored');
  assert.match(format(r), /baseline: HeidelTime/);
});

test('WikiWarsDE TIMEX2 keys are read as narratives', async (t) => {
  const dir = sharedPath('data', 'time', 'wikiwarsde', 'WikiWarsDE_20110412', 'keyinline');
  if (!dir) return t.skip('WikiWarsDE not found under ../shared/data/time');
  const r = (await evaluate({ gold: join(dir, '07_IraqWar.key.xml') }, () => {})) as Record<string, any>;
  assert.equal(r.type, null, 'TIMEX2 has no types');
  assert.ok(r.relaxed.f1 > 0.8, `relaxed F1 ${r.relaxed.f1}`);
});
