import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../src/types.js';
import { retypeStormNames } from '../src/extract/entities/storms.js';
import { findMentions } from '../src/extract/entities/index.js';
import { splitSentences } from '../src/text/sentences.js';

/** Mentions of the given names, at their first occurrences from `from` on, with the tagger's type. */
function mentionsOf(text: string, names: [string, EntityType][]) {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { text: name, type, start, end: start + name.length };
  });
}

test('a name after a word for a storm names the storm, and so do its repeats', () => {
  const text = 'Mini-Hurrikan Tamsin zieht nach Norden. Tamsin bringt Regen, sagte Tamsin Holt vom Wetterdienst.';
  const out = retypeStormNames(text, mentionsOf(text, [['Tamsin', 'PER'], ['Tamsin', 'PER'], ['Tamsin Holt', 'PER']]));
  assert.deepEqual(out.map((m) => m.type), ['MISC', 'MISC', 'PER']);
  const quoted = 'Das Orkantief „Wendelin“ erreicht die Küste.';
  assert.equal(retypeStormNames(quoted, mentionsOf(quoted, [['Wendelin', 'PER']]))[0]!.type, 'MISC');
  const en = 'Hurricane Orla hit the coast.';
  assert.equal(retypeStormNames(en, mentionsOf(en, [['Orla', 'LOC']]))[0]!.type, 'MISC');
});

test('a person or place after other words stays, and so does a place after Hoch or Tief', () => {
  const text = 'Trainerin Tamsin Holt lobte Tamsin. Ein Tief Skandinavien gibt es nicht.';
  const out = retypeStormNames(text, mentionsOf(text, [['Tamsin Holt', 'PER'], ['Tamsin', 'PER'], ['Skandinavien', 'LOC']]));
  assert.deepEqual(out.map((m) => m.type), ['PER', 'PER', 'LOC']);
  assert.deepEqual(retypeStormNames('', []), []);
});

test('the German entity stage does not take a hurricane for a person', () => {
  const text = 'Hurrikan Alex zieht über den Atlantik. Alex war der früheste Hurrikan seit Jahren.';
  const doc = { article: { id: 'a', input: 'a', url: null, source: null, title: null, text, lang: 'de', date: null, credits: [], contentHash: '' }, sentences: splitSentences(text), mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
  const alex = findMentions(doc).filter((m) => m.text === 'Alex');
  assert.ok(alex.length >= 1);
  assert.ok(alex.every((m) => m.type === 'MISC'), alex.map((m) => m.type).join(','));
});
