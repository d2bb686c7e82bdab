import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../src/types.js';
import { retypeAfterCompanyWords } from '../src/extract/entities/company-words.js';
import { findMentions } from '../src/extract/entities/index.js';
import { splitSentences } from '../src/text/sentences.js';

function mention(text: string, name: string, type: EntityType) {
  const start = text.indexOf(name);
  return { text: name, type, start, end: start + name.length };
}

test('a person or place name right after a word for a company is an organisation', () => {
  const cases: [string, string, EntityType][] = [
    ['Der indische Mutterkonzern Orvik Motor schwieg.', 'Orvik Motor', 'LOC'],
    ['Die Digitalagentur Lena Brandt wächst.', 'Lena Brandt', 'PER'],
    ['Der Luxusauto-Hersteller Kelvana streicht Stellen.', 'Kelvana', 'PER'],
    ['Der US-Zulieferer Dorrant gehört nun dazu.', 'Dorrant', 'LOC'],
  ];
  for (const [text, name, type] of cases) assert.equal(retypeAfterCompanyWords(text, [mention(text, name, type)])[0]!.type, 'ORG', text);
});

test('a name after other words, or after a company word that also names people, keeps its type', () => {
  const cases: [string, string, EntityType][] = [
    ['Konzernchef Lena Brandt sprach.', 'Lena Brandt', 'PER'],
    ['Die Gesellschaft Lena Brandts gefiel ihm.', 'Lena Brandts', 'PER'],
    ['Der Konzern wuchs in Bremen.', 'Bremen', 'LOC'],
    ['Unterhändler Russlands und der Ukraine trafen sich.', 'Russlands', 'LOC'],
    ['Der Waffenhändler Viktor Brandt wurde verhaftet.', 'Viktor Brandt', 'PER'],
  ];
  for (const [text, name, type] of cases) assert.equal(retypeAfterCompanyWords(text, [mention(text, name, type)])[0]!.type, type, text);
  assert.deepEqual(retypeAfterCompanyWords('', []), []);
});

test('the German entity stage types a company after a company word as an organisation', () => {
  const text = 'Der Mutterkonzern Tata Motor war für eine Stellungnahme nicht zu erreichen.';
  const doc = { article: { id: 'a', input: 'a', url: null, source: null, title: null, text, lang: 'de', date: null, credits: [], contentHash: '' }, sentences: splitSentences(text), mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
  const tata = findMentions(doc).find((m) => m.text === 'Tata Motor');
  assert.equal(tata?.type, 'ORG');
});
