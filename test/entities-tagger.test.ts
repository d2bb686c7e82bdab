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

test('German: a name inside a compound becomes a mention of its name part', () => {
  const text = 'Die USA und Russland haben sich beim G20-Gipfel nicht auf eine Waffenruhe geeinigt. Die Lufthansa-Maschine landete in Da Nang.';
  const doc = analyse(text, 'de');
  const m = mentioned(doc);
  assert.ok(m.includes('G20/ORG') || m.includes('G20/MISC'), m.join(', '));
  assert.ok(m.includes('Lufthansa/ORG'), m.join(', '));
  assert.ok(m.includes('Da Nang/LOC') && !m.some((x) => x.startsWith('Nang')), m.join(', '));
  assert.ok(!doc.mentions.some((x) => x.text.endsWith('-Gipfel') || x.text.endsWith('-Maschine')), m.join(', '));
  for (const x of doc.mentions) assert.equal(text.slice(x.start, x.end), x.text);
});

test('German: Arabic name particles (al-, Al-) stay inside person names', () => {
  const m = mentioned(analyse('Der syrische Präsident Baschar al-Assad traf in Damaskus den Gesandten. Baschar Al-Assad schwieg.', 'de'));
  assert.ok(m.includes('Baschar al-Assad/PER'), m.join(', '));
  assert.ok(m.includes('Baschar Al-Assad/PER'), m.join(', '));
});

test('eval on a CoNLL-2003 gold scores German *deriv predictions as MISC and says so', async (t) => {
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { evaluate } = await import('../src/eval/ner.js');
  const dir = mkdtempSync(join(tmpdir(), 'chronik-ner-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const rows = [['Die', 'O'], ['russischen', 'I-MISC'], ['Truppen', 'O'], ['zogen', 'O'], ['nach', 'O'], ['Berlin', 'I-LOC'], ['.', 'O']];
  const gold = join(dir, 'deu.sample');
  writeFileSync(gold, '-DOCSTART- -X- -X- O\n\n' + rows.map(([w, tag]) => `${w} ${w} X ${tag}`).join('\n') + '\n\n');
  const r = (await evaluate({ gold }, () => {})) as { schemaMapping?: string; perType: Record<string, { f1: number }> };
  assert.match(r.schemaMapping ?? '', /deriv.*MISC/);
  assert.equal(r.perType.MISC?.f1, 1);
  assert.equal(r.perType.LOC?.f1, 1);
});
