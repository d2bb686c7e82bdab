import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../src/types.js';
import { sharedPath } from '../src/paths.js';
import { quotesIn, quoteWith } from './helpers/quotes.js';

const seeds = sharedPath('seeds');

/** The seed article's body, without a leading photo-credit line. */
function seedQuotes(name: string): Quote[] {
  const raw = readFileSync(join(seeds!, name), 'utf8');
  // a first line that is a photo credit is not part of the body
  const text = /^-|Bildquelle|©/.test(raw.slice(0, raw.indexOf('\n'))) ? raw.slice(raw.indexOf('\n') + 1).trim() : raw.trim();
  return quotesIn(text, 'de');
}

const find = quoteWith;

test('seed 000: quotes and speakers of the G20 article', (t) => {
  if (!seeds) return t.skip('../shared/seeds is absent');
  const qs = seedQuotes('000_fa0c3632cc7c58cd.txt');
  const obama = find(qs, 'harte Verhandlungen');
  assert.equal(obama.form, 'direct');
  assert.equal(obama.speaker, 'Barack Obama');
  const merkel1 = find(qs, 'dass die Zeit drängt');
  assert.equal(merkel1.form, 'direct');
  assert.equal(merkel1.speaker, 'Angela Merkel');
  const merkel2 = find(qs, 'Wir brauchen einen längeren Waffenstillstand');
  assert.equal(merkel2.form, 'direct');
  assert.equal(merkel2.speaker, 'Angela Merkel');
  const putin = find(qs, 'Putin habe großen Einfluss');
  assert.equal(putin.form, 'indirect');
  assert.equal(putin.speaker, 'Angela Merkel');
  const sprecher = find(qs, 'eine Zeit der Ruhe');
  assert.equal(sprecher.speaker, 'ein Sprecher');
  assert.equal(sprecher.speakerKey, null);
  assert.match(find(qs, 'einigen schwierigen Fragen').speaker ?? '', /Kerry/);
  assert.match(find(qs, 'dramatische Erklärungen').speaker ?? '', /russischen Außenministerium/);
  assert.equal(find(qs, 'nur technische Details').speaker, 'Diplomaten');
  assert.equal(find(qs, 'Russland sei in einigen Punkten').speaker, 'US-Diplomaten');
  assert.equal(find(qs, 'Es sei um Syrien').speaker, 'Dmitri Peskow');
});

test('seed 004: scare quotes are not direct quotes; laut/zufolge/heißt es are found', (t) => {
  if (!seeds) return t.skip('../shared/seeds is absent');
  const qs = seedQuotes('004_137170573b2b3442.txt');
  assert.ok(!qs.some((q) => q.form === 'direct' && q.text === 'Islamischer Staat'));
  const decl = find(qs, 'keine militärische Lösung');
  assert.equal(decl.form, 'direct');
  assert.equal(decl.cue, 'heißt es');
  assert.match(find(qs, 'verständigten sich Trump und Putin').speaker ?? '', /Kreml/);
  assert.match(find(qs, 'Zusammenarbeit im Kampf').speaker ?? '', /Angaben/);
  assert.match(find(qs, 'bekräftigten').speaker ?? '', /Kreml/);
});
