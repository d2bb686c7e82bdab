import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, EntityType } from '../src/types.js';
import { splitSentences } from '../src/text/sentences.js';
import { entities } from '../src/extract/entities/index.js';
import { isSubsidiaryWord, retypeSubsidiaries } from '../src/extract/entities/subsidiaries.js';

function docOf(text: string, lang: 'de' | 'en'): Doc {
  return {
    article: { id: 'a', input: 'a', url: null, source: null, title: null, text, lang, date: null, credits: [], contentHash: '' },
    sentences: splitSentences(text), mentions: [], entities: [], timexes: [], quotes: [], eventDate: null,
  };
}

test('a subsidiary word before a name: after a company name or a word for a company, not a daughter', () => {
  for (const w of ['Weserstrom-Tochter', 'VW-Tochter', 'Konzerntochter', 'Bahntochter', 'Tochterfirma', 'Tochtergesellschaft', 'subsidiary', 'unit']) assert.ok(isSubsidiaryWord(w), w);
  for (const w of ['Tochter', 'Königstochter', 'Schwiegertochter', 'Pfarrerstochter', 'tochter', 'Mutter', 'daughter']) assert.ok(!isSubsidiaryWord(w), w);
});

test('a name after a subsidiary word is an organisation, in German and English; a daughter stays a person', () => {
  const at = (text: string, name: string, type: EntityType) => ({ text: name, type, start: text.indexOf(name), end: text.indexOf(name) + name.length });
  const de = 'Der Konzern trennt sich von der Nordwerk-Tochter Lindqvist. Seine Tochter Anna kam mit.';
  assert.deepEqual(retypeSubsidiaries(de, [at(de, 'Lindqvist', 'PER'), at(de, 'Anna', 'PER')]).map((m) => m.type), ['ORG', 'PER']);
  const en = 'The group sold its software unit Halvorsen on Monday.';
  assert.deepEqual(retypeSubsidiaries(en, [at(en, 'Halvorsen', 'PER')]).map((m) => m.type), ['ORG']);
});

test('through the tagger: the subsidiary and its repeats are one organisation', () => {
  const doc = docOf(
    'Calloway muss sich von der Weserstrom-Tochter Gridlogic trennen, die Steuerungssoftware für Stromspeicher entwickelt, teilte die Behörde am Mittwoch in Brüssel mit. ' +
      'Man werde für Gridlogic „einen guten Eigentümer finden“, sagte er.',
    'de',
  );
  entities.apply(doc);
  const gridlogic = doc.entities.find((e) => e.name === 'Gridlogic');
  assert.ok(gridlogic, JSON.stringify(doc.entities));
  assert.equal(gridlogic.type, 'ORG');
  assert.equal(gridlogic.mentions, 2);
});
