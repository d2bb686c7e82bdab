import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../src/types.js';
import { quotesIn } from './helpers/quotes.js';

const run = (text: string, lang: string): Quote[] => quotesIn(text, lang);

const direct = (qs: Quote[]) => qs.filter((q) => q.form === 'direct');

test('an English quote split by its attribution is one quote', () => {
  const qs = direct(run('“We will not give up,” said Senator John Miller. “The vote is next week and we will win it.”\n\nThe debate went on.', 'en'));
  assert.equal(qs.length, 1);
  assert.ok(qs[0]!.text.startsWith('We will not give up'));
  assert.ok(qs[0]!.text.endsWith('we will win it.'));
  assert.equal(qs[0]!.speaker, 'John Miller');
});

test('a German quote split mid-sentence by its attribution is one quote', () => {
  const qs = direct(run('„Wir werden das Gesetz ändern“, sagte Ministerin Anna Berger, „und zwar noch in diesem Jahr.“', 'de'));
  assert.equal(qs.length, 1);
  assert.match(qs[0]!.text, /^Wir werden .* Jahr\.$/);
  assert.equal(qs[0]!.speaker, 'Anna Berger');
});

test('two German quotes in separate sentences stay two quotes', () => {
  const qs = direct(run('„Wir werden das Gesetz ändern“, sagte Ministerin Anna Berger. „Die Zeit drängt sehr.“', 'de'));
  assert.equal(qs.length, 2);
  assert.ok(qs.every((q) => q.speaker === 'Anna Berger'));
});

test('quotes of different speakers are not joined', () => {
  const qs = direct(run('“This plan will fail,” said Tom Brown, “and everyone knows it.” “It will not,” Mary Smith replied.', 'en'));
  assert.ok(qs.some((q) => q.speaker === 'Mary Smith' && q.text.startsWith('It will not')));
});

test('speakers: apposition, attached place, adverb, possessive, colon', () => {
  const text =
    'Der Leiter des Programms der WHO, Klaus Stöhr, sagte, die Gefahr sei real. ' +
    'Die US-Botschaft in Riad teilte dem Fernsehsender CNN mit, dass keine Bürger verletzt worden seien. ' +
    'Die Kanadier hingegen sagen, der Pilot trage die volle Verantwortung. ' +
    'Peter Krause wies die Vorwürfe zurück. Seiner Meinung nach hätte die Aufsicht die Landung verbieten müssen. ' +
    'Die Firma empfindet die Kritik als ungerechtfertigt: „Nun müssen wir die Ware irgendwo lagern.“';
  // the person as the entity tagger finds him in the pipeline: the source ranker weighs a person
  // before the verb against the object after it (`wies die Vorwürfe zurück`)
  const at = text.indexOf('Peter Krause');
  const qs = quotesIn(text, 'de', [{ text: 'Peter Krause', type: 'PER', start: at, end: at + 12, entity: 'peter krause' }], [
    { key: 'peter krause', name: 'Peter Krause', type: 'PER', aliases: [], mentions: 1 },
  ]);
  const by = (part: string) => qs.find((q) => q.text.includes(part));
  assert.equal(by('Gefahr sei real')?.speaker, 'Klaus Stöhr');
  assert.match(by('keine Bürger')?.speaker ?? '', /US-Botschaft in Riad/);
  assert.equal(by('Pilot trage')?.speaker, 'Die Kanadier');
  assert.equal(by('Aufsicht die Landung')?.speaker, 'Peter Krause');
  assert.equal(by('Ware irgendwo')?.speaker, 'Die Firma');
});

test('a lone verb of saying without a source is not reported speech', () => {
  const qs = run('Die Zahlen wurden am Montag bestätigt. Das Treffen wurde für Mai angekündigt.', 'de');
  assert.equal(qs.filter((q) => q.form === 'reported').length, 0);
});
