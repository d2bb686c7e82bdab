import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { splitSentences } from '../src/text/sentences.js';
import { entities } from '../src/extract/entities/index.js';
import { modelLangFor, taggerModel } from '../src/extract/entities/tagger.js';

function analyse(text: string, lang: string): Doc {
  const doc: Doc = {
    article: { id: 't', input: 't', url: null, source: null, title: null, text, lang, date: null, credits: [], contentHash: '' },
    sentences: splitSentences(text), mentions: [], entities: [], timexes: [], quotes: [], eventDate: null,
  };
  entities.apply(doc);
  return doc;
}

const mentioned = (doc: Doc) => doc.mentions.map((m) => `${m.text}/${m.type}`);

test('the shipped models load, with the tag sets Chronik maps from', () => {
  const de = taggerModel('de');
  const en = taggerModel('en');
  assert.ok(de && en);
  assert.ok(de.tags.includes('B-LOCderiv') && de.tags.includes('B-OTH'));
  assert.deepEqual([...new Set(en.tags.map((t) => t.replace(/^[BI]-/, '')))].sort(), ['LOC', 'MISC', 'O', 'ORG', 'PER']);
});

test('German: capitalised common nouns and titles are not names; names after titles are', () => {
  const doc = analyse('Präsident Emmanuel Macron sprach mit Kanzlerin Angela Merkel über die Zukunft der Europäischen Union. Der Präsident und die Kanzlerin trafen sich im Kanzleramt, sagte ein Sprecher der Regierung.', 'de');
  const m = mentioned(doc);
  assert.ok(m.includes('Emmanuel Macron/PER'), m.join(', '));
  assert.ok(m.includes('Angela Merkel/PER'), m.join(', '));
  for (const noun of ['Präsident', 'Kanzlerin', 'Sprecher', 'Regierung', 'Zukunft', 'Der', 'Die']) {
    assert.ok(!doc.mentions.some((x) => x.text === noun), `${noun} tagged: ${m.join(', ')}`);
  }
});

test('German: Die Grünen, Deutsche Bank, sentence-initial names', () => {
  const a = mentioned(analyse('Die Grünen forderten am Montag in Berlin einen Rücktritt von Verkehrsminister Andreas Scheuer.', 'de'));
  assert.ok(a.includes('Grünen/ORG') || a.includes('Die Grünen/ORG'), a.join(', '));
  assert.ok(a.includes('Berlin/LOC'), a.join(', '));
  assert.ok(a.includes('Andreas Scheuer/PER'), a.join(', '));
  const b = mentioned(analyse('Die Deutsche Bank hat ihren Sitz in Frankfurt.', 'de'));
  assert.ok(b.includes('Deutsche Bank/ORG'), b.join(', '));
  const c = mentioned(analyse('Siemens verlagert Arbeitsplätze nach China, teilte der Konzern in München mit.', 'de'));
  assert.ok(c.includes('Siemens/ORG'), c.join(', '));
  assert.ok(c.includes('China/LOC') && c.includes('München/LOC'), c.join(', '));
});

test('German: derived adjectives and hyphenated compounds are not entities', () => {
  const doc = analyse('Die russischen Truppen zogen sich aus der ukrainischen Stadt Cherson zurück. Das US-Außenministerium kritisierte das Trump-Wahlkampfteam scharf.', 'de');
  const m = mentioned(doc);
  assert.ok(!doc.mentions.some((x) => /russischen|ukrainischen/.test(x.text)), m.join(', '));
  assert.ok(!doc.mentions.some((x) => x.text === 'US-Außenministerium' && x.type === 'LOC'), m.join(', '));
  assert.ok(!doc.mentions.some((x) => x.text === 'Trump-Wahlkampfteam' && x.type === 'PER'), m.join(', '));
  assert.ok(m.includes('Cherson/LOC'), m.join(', '));
});

test('English: people, organisations, places, nationalities as MISC', () => {
  const m = mentioned(analyse('German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday. The European Union and Microsoft agreed on a deal.', 'en'));
  for (const want of ['Angela Merkel/PER', 'Emmanuel Macron/PER', 'Paris/LOC', 'European Union/ORG', 'Microsoft/ORG', 'German/MISC']) {
    assert.ok(m.includes(want), `${want} missing: ${m.join(', ')}`);
  }
  assert.ok(!m.some((x) => x.startsWith('Chancellor') || x.startsWith('President')), m.join(', '));
});

test('English possessives stay on the token but the entity is the name', () => {
  const doc = analyse("Obama's adviser met Barack Obama in Chicago.", 'en');
  const obama = doc.entities.find((e) => e.name === 'Barack Obama');
  assert.ok(obama, JSON.stringify(doc.entities));
  assert.equal(obama.mentions, 2);
});

test('other languages pick a model; bad input never crashes', () => {
  assert.equal(modelLangFor('de', []), 'de');
  assert.equal(modelLangFor('und', 'the man and the dog of the city'.split(' ')), 'en');
  assert.equal(modelLangFor('nl', 'der Mann und die Frau'.split(' ')), 'de');
  for (const text of ['', '   ', '\u0000\u200b\uFFFF', 'ß'.repeat(5000), 'A '.repeat(3000), '🙂 Émile Zola à Paris 🙂']) {
    const doc = analyse(text, 'fr');
    assert.ok(Array.isArray(doc.mentions));
    for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  }
});

test('a place with an article that makes a statement is an institution (ORG)', async () => {
  const { retypeInstitutions } = await import('../src/extract/entities/metonymy.js');
  const text = 'Wie der Kreml am Samstag mitteilte, reiste der Minister nach Moskau. Im Weißen Haus war es still.';
  const spans = [
    { text: 'Kreml', type: 'LOC' as const, start: text.indexOf('Kreml'), end: text.indexOf('Kreml') + 5 },
    { text: 'Moskau', type: 'LOC' as const, start: text.indexOf('Moskau'), end: text.indexOf('Moskau') + 6 },
    { text: 'Weißen Haus', type: 'LOC' as const, start: text.indexOf('Weißen'), end: text.indexOf('Weißen') + 11 },
  ];
  assert.deepEqual(retypeInstitutions(text, spans).map((m) => m.type), ['ORG', 'LOC', 'LOC']);
});
