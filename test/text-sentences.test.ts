import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../src/text/sentences.js';
import { tokenize } from '../src/text/tokenize.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('German abbreviations do not end a sentence', () => {
  const text = 'Es gibt z. B. Äpfel, u. a. aus Tirol. Dr. Müller kam am Montag. Prof. Dr. Weber bzw. seine Frau blieben.';
  assert.deepEqual(sentencesOf(text), [
    'Es gibt z. B. Äpfel, u. a. aus Tirol.',
    'Dr. Müller kam am Montag.',
    'Prof. Dr. Weber bzw. seine Frau blieben.',
  ]);
});

test('ordinals before month names and lower-case words stay inside the sentence', () => {
  const text = 'Der Gipfel beginnt am 5. September in Hangzhou. Zum 3. Mal treffen sich beide. Das war 2016. Danach kam nichts.';
  assert.deepEqual(sentencesOf(text), [
    'Der Gipfel beginnt am 5. September in Hangzhou.',
    'Zum 3. Mal treffen sich beide.',
    'Das war 2016.',
    'Danach kam nichts.',
  ]);
});

test("a club's ordinal stays with its name; a table place before a plain word still ends a sentence", () => {
  const text = 'Ingolstadt spielte gegen den 1. FC Köln 1:1. Der 1. VfL Bochum siegte. Tabelle: 1. TPS Turku 5 Punkte. Bochum stand auf Platz 2. Die Saison geht weiter.';
  assert.deepEqual(sentencesOf(text), [
    'Ingolstadt spielte gegen den 1. FC Köln 1:1.',
    'Der 1. VfL Bochum siegte.',
    'Tabelle: 1. TPS Turku 5 Punkte.',
    'Bochum stand auf Platz 2.',
    'Die Saison geht weiter.',
  ]);
});

test('closing quotes stay with their sentence; headings and paragraphs split', () => {
  const text = 'Merkel sagte: "Wir brauchen Zeit." Putin schwieg.\n\nAssad-Armee soll Angriffe einstellen\n\nDie beiden Mächte verhandeln.';
  assert.deepEqual(sentencesOf(text), [
    'Merkel sagte: "Wir brauchen Zeit."',
    'Putin schwieg.',
    'Assad-Armee soll Angriffe einstellen',
    'Die beiden Mächte verhandeln.',
  ]);
});

test('English initials and titles', () => {
  const text = 'Mr. Smith met John F. Kennedy Jr. in Washington. They talked for hours.';
  assert.deepEqual(sentencesOf(text), ['Mr. Smith met John F. Kennedy Jr. in Washington.', 'They talked for hours.']);
});

test('tokens keep hyphenated compounds and numbers whole, with offsets into the text', () => {
  const text = 'Das US-Außenministerium meldete 400.000 Opfer, sagte Trump-Sprecher O’Neil.';
  const tokens = tokenize(text);
  assert.ok(tokens.some((t) => t.text === 'US-Außenministerium'));
  assert.ok(tokens.some((t) => t.text === '400.000'));
  assert.ok(tokens.some((t) => t.text === 'Trump-Sprecher'));
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  assert.equal(tokens.at(-1)!.text, '.');
});

test('scores and clock times are one token', () => {
  assert.deepEqual(tokenize('nach dem 0:1 (0:1) um 15:30 Uhr: Tor').map((t) => t.text), ['nach', 'dem', '0:1', '(', '0:1', ')', 'um', '15:30', 'Uhr', ':', 'Tor']);
});
