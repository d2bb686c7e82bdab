import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../src/types.js';
import { retypeAfterPlaceWords } from '../src/extract/entities/place-words.js';

function mention(text: string, name: string, type: EntityType) {
  const start = text.indexOf(name);
  return { text: name, type, start, end: start + name.length };
}

test('a name taken for a person right after a word for a kind of place is a place', () => {
  for (const [text, name] of [
    ['An der Haltestelle Brandtweg stieg er aus.', 'Brandtweg'],
    ['Im Flüchtlingslager Morvik warten Tausende.', 'Morvik'],
    ['Der Ortsteil Heidemann wächst.', 'Heidemann'],
    ['der internationale Flughafen Lena Kostas in der Hauptstadt', 'Lena Kostas'],
  ]) assert.equal(retypeAfterPlaceWords(text!, [mention(text!, name!, 'PER')])[0]!.type, 'LOC', text);
});

test('persons after other words, and other kinds of names, keep their type', () => {
  for (const [text, name, type] of [
    ['Bürgermeisterin Lena Kostas sprach.', 'Lena Kostas', 'PER'],
    ['Im Lager traf er Lena Kostas.', 'Lena Kostas', 'PER'],
    ['Der Flughafen Kelvana Air ist neu.', 'Kelvana Air', 'ORG'],
  ] as [string, string, EntityType][]) assert.equal(retypeAfterPlaceWords(text, [mention(text, name, type)])[0]!.type, type, text);
  assert.deepEqual(retypeAfterPlaceWords('', []), []);
});
