import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyQuotesFirst } from '../src/show/key-quotes.js';
import type { QuoteView } from '../src/show/views.js';

const quote = (text: string, form: QuoteView['form'], speaker: string | null): QuoteView =>
  ({ text, form, speaker, speakerEntity: null, start: 0, end: text.length, article: 'a', cue: null });

test("an event's telling quotes come first: own words, then paraphrase, fragments, bare reports, unattributed", () => {
  const report = quote('Calloway-Chef Daniel Whitfield zeigte sich zufrieden', 'reported', 'Daniel Whitfield');
  const fragment = quote('verdienten Niederlage', 'direct', 'Mario Santini');
  const nobody = quote('Wir machen weiter wie bisher', 'direct', null);
  const paraphrase = quote('Man werde einen guten Eigentümer finden', 'indirect', 'Daniel Whitfield');
  const own = quote('So einen Abend erlebt man vielleicht einmal im Leben', 'direct', 'Jonas Terhorst');
  const own2 = quote('Niemand hat an uns geglaubt, außer diesen Leuten hier', 'direct', 'Jonas Terhorst');
  const ordered = keyQuotesFirst([report, fragment, nobody, own, paraphrase, own2]);
  assert.deepEqual(ordered, [own, own2, paraphrase, fragment, report, nobody]);
  assert.deepEqual(keyQuotesFirst([]), []);
});
