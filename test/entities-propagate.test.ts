import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/text/sentences.js';
import { propagateNames } from '../src/extract/entities/propagate.js';
import type { RawMention } from '../src/extract/entities/merge.js';
import type { EntityType } from '../src/types.js';

function mention(text: string, name: string, type: EntityType, from = 0): RawMention {
  const start = text.indexOf(name, from);
  assert.ok(start >= 0, name);
  return { text: name, type, start, end: start + name.length };
}

test('a name tagged in one sentence is found again where the tagger missed it, with its majority type', () => {
  const text = 'Calloway Industries will Weserstrom kaufen. Weserstrom lehnt ab. Der Vorstand von Calloway Industries schweigt. Das Bad bleibt zu.';
  const tagged = [mention(text, 'Calloway Industries', 'ORG'), mention(text, 'Weserstrom', 'ORG'), mention(text, 'Bad', 'LOC')];
  const out = propagateNames(text, splitSentences(text), tagged, (w) => w === 'Bad');
  const texts = out.map((m) => `${m.text}@${m.start}/${m.type}`);
  assert.deepEqual(texts, [
    'Calloway Industries@0/ORG',
    'Weserstrom@25/ORG',
    'Weserstrom@44/ORG',
    `Calloway Industries@${text.indexOf('Calloway Industries', 10)}/ORG`,
    `Bad@${text.indexOf('Bad')}/LOC`,
  ]);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('words that are no names do not spread; tagged spans are never overlapped', () => {
  const text = 'Das Bad ist neu. Im Bad gibt es Wasser. Die Stadt Bad Wendhausen zahlt.';
  const tagged = [mention(text, 'Bad', 'LOC'), mention(text, 'Bad Wendhausen', 'LOC')];
  const out = propagateNames(text, splitSentences(text), tagged, (w) => w === 'Bad');
  assert.equal(out.length, 2);
  const none = propagateNames(text, splitSentences(text), [], () => false);
  assert.deepEqual(none, []);
});
