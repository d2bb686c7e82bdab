import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countHeads, endsPersonNames, headType, selectHeads, startsPersonNames } from '../src/extract/entities/name-heads.js';
import { nonPersonType, tidySpans } from '../src/extract/entities/tidy.js';
import { taggerModel } from '../src/extract/entities/tagger.js';
import { toIob2 } from '../src/extract/entities/tags.js';

const words = (s: string) => s.split(' ');

test('head words are learned from the last words of names in tagged sentences', () => {
  const sentence = (text: string, labels: string) => ({ tokens: words(text), tags: toIob2(words(labels)) });
  const data = [
    sentence('Aktien der Kaltherm Werke stiegen', 'O O B-ORG I-ORG O'),
    sentence('die Nordstahl Werke und Anna Becker', 'O B-ORG I-ORG O B-PER I-PER'),
    sentence('bei den Salzgitter Werke AG', 'O O B-ORG I-ORG O'),
    sentence('Becker sagte das', 'B-PER O O'),
    sentence('Anna Meier kam , Anna Schulz ging', 'B-PER I-PER O O B-PER I-PER O'),
  ];
  const table = selectHeads(countHeads(data));
  assert.deepEqual(table.heads, { werke: 'ORG' });
  assert.ok(table.personFinal.includes('becker') && table.personFinal.includes('meier'));
  assert.ok(!table.personFinal.includes('werke'));
  assert.deepEqual(table.personInitial, ['anna']);
  assert.deepEqual(selectHeads(countHeads([])), { heads: {}, personFinal: [], personInitial: [] });
});

test('the shipped table knows heads of organisation names, persons’ last and first words', () => {
  assert.equal(headType(words('Calloway Industries')), 'ORG');
  assert.equal(headType(words('Nordstern Holdings')), 'ORG');
  assert.equal(headType(words('Franzis Verlag')), 'ORG');
  assert.equal(headType(words('Industries')), null);
  assert.equal(headType(words('Angela Merkel')), null);
  assert.ok(endsPersonNames('Merkel') && !endsPersonNames('Industries'));
  assert.ok(startsPersonNames('Angela') && !startsPersonNames('Industries'));
});

test('a name tagged as a person whose last word heads organisations or is an ordinary word is an organisation', () => {
  const de = taggerModel('de')!.resources;
  const en = taggerModel('en')!.resources;
  assert.equal(nonPersonType(words('Brackley Freight'), 'en', en), 'ORG');
  assert.equal(nonPersonType(words("Brackley Freight's"), 'en', en), 'ORG');
  assert.equal(nonPersonType(words('Brackley Freight'), 'de', de), 'ORG');
  assert.equal(nonPersonType(words('Harmsen Industries'), 'de', de), 'ORG');
  assert.equal(nonPersonType(words('Axel Springer Verlag'), 'de', de), 'ORG');
  // persons stay persons: known surnames, first names in front, initials
  assert.equal(nonPersonType(words('Daniel Whitfield'), 'en', en), null);
  assert.equal(nonPersonType(words('John Baker'), 'en', en), null);
  assert.equal(nonPersonType(words('Anna Fischer'), 'de', de), null);
  assert.equal(nonPersonType(words('Angela Töpfer'), 'de', de), null);
  assert.equal(nonPersonType(words('T. Freight'), 'en', en), null);
  assert.equal(nonPersonType(words('Freight'), 'en', en), null);
  // through tidySpans, as the pipeline and the eval take spans
  const s = words('the fire destroyed Brackley Freight ’s warehouse');
  assert.deepEqual(tidySpans(s, [{ start: 3, end: 5, type: 'PER' }], 'en', undefined).map((x) => x.type), ['ORG']);
  const d = words('ein Lagerhaus des Logistikers Brackley Freight brannte');
  assert.deepEqual(tidySpans(d, [{ start: 4, end: 6, type: 'PER' }], 'de', de).map((x) => x.type), ['ORG']);
  const p = words('sagte Anna Fischer am Montag');
  assert.deepEqual(tidySpans(p, [{ start: 1, end: 3, type: 'PER' }], 'de', de).map((x) => x.type), ['PER']);
});
