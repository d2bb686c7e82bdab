import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanBody } from '../src/ingest/clean.js';
import { parseTxt } from '../src/ingest/formats/txt.js';
import { sharedPath } from '../src/paths.js';

test('credit lines are removed and kept as metadata', () => {
  const { text, credits } = cleanBody('- Bildquelle: dpa/Max Muster © dpa\n\nDer Rat tagte am Montag.\n\nFoto: Reuters/Jane Doe\n© AFP\nImage: Getty Images\nEr beschloss nichts.');
  assert.equal(text, 'Der Rat tagte am Montag.\n\nEr beschloss nichts.');
  assert.equal(credits.length, 4);
  assert.match(credits[0]!, /^Bildquelle: dpa\/Max Muster/);
});

test('an inline credit after a caption removes the caption too', () => {
  const { text, credits } = cleanBody('Händedruck im Regen: Die Ministerin begrüßt ihren Gast. Bildrechte: imago/Foto-Agentur Laut dem Ministerium dauerte das Treffen zwei Stunden.');
  assert.equal(text, 'Laut dem Ministerium dauerte das Treffen zwei Stunden.');
  assert.deepEqual(credits, ['Händedruck im Regen: Die Ministerin begrüßt ihren Gast. Bildrechte: imago/Foto-Agentur']);
});

test('words like "Bild" inside running text are left alone', () => {
  const input = 'Die Zeitung Bild berichtete zuerst. Das Foto zeigt den Minister.';
  assert.equal(cleanBody(input).text, input);
});

test('txt format: date header on the same line as the body, title line', () => {
  const a = parseTxt(' date 2017-11 Die USA und Russland wollen weiter verhandeln.', 'x.txt', 'x');
  assert.equal(a.date, '2017-11');
  assert.equal(a.title, undefined);
  assert.equal(a.text, 'Die USA und Russland wollen weiter verhandeln.');
  const b = parseTxt(' date 2024-03-14\nGespräche in Genf\n\nDie Delegationen trafen sich.', 'y.txt', 'y');
  assert.equal(b.date, '2024-03-14');
  assert.equal(b.title, 'Gespräche in Genf');
  assert.equal(b.text, 'Die Delegationen trafen sich.');
});

test('seed articles lose every photo credit', (t) => {
  const dir = sharedPath('seeds');
  if (!dir) return t.skip('../shared/seeds is absent');
  for (const name of ['000_fa0c3632cc7c58cd.txt', '004_137170573b2b3442.txt']) {
    const raw = parseTxt(readFileSync(join(dir, name), 'utf8'), name, name);
    const { text, credits } = cleanBody(raw.text);
    for (const trace of ['Bildquelle', 'Bildrechte', 'dpa/ALEXEI', 'imago/ITAR-TASS', 'Seidenhemd']) assert.ok(!text.includes(trace), `${name}: ${trace}`);
    assert.ok(credits.length >= 1);
    assert.ok(text.includes('Laut dem Kreml') || text.startsWith('Die USA und Russland haben'), name);
  }
});

test('site furniture scraped with the article is dropped, the article and news about cookies stay', () => {
  const body = [
    'Die Polizei im Kreis Olpe führt in den kommenden Tagen Geschwindigkeitskontrollen durch.',
    'Inhalt ARTIKEL AUF EINER SEITE LESEN > Vorherige Seite Nächste Seite',
    'Wir setzen auf unserer Website Cookies und andere Technologien ein, um Ihnen den vollen Funktionsumfang unseres Angebotes anzubieten. Durch die weitere Nutzung unserer Website erklären Sie sich mit dem Einsatz von Cookies einverstanden.',
    'Die Datenschutzbehörde verlangt, dass Nutzer Cookies ausdrücklich zustimmen müssen.',
    'Please enable Javascript to watch this video',
    'Original-Content von: Polizei Braunschweig, übermittelt durch news aktuell',
    '(This story has not been edited by Business Standard staff and is auto-generated from a syndicated feed.)',
    'Gemessen wird vor allem an Schulen und Kindergärten.',
  ].join('\n\n');
  const { text, credits } = cleanBody(body);
  assert.equal(
    text,
    [
      'Die Polizei im Kreis Olpe führt in den kommenden Tagen Geschwindigkeitskontrollen durch.',
      'Die Datenschutzbehörde verlangt, dass Nutzer Cookies ausdrücklich zustimmen müssen.',
      'Gemessen wird vor allem an Schulen und Kindergärten.',
    ].join('\n\n'),
  );
  assert.equal(credits.length, 5);
});

test('a photo agency named after the slash keeps its own name, and the sentence after it stays', () => {
  const { text, credits } = cleanBody('Jubel im Stadion: Der Torwart nach dem Elfmeter. Bildrechte: imago/Sportfoto Rudel Kapitän Kevin Osei hatte die Gastgeber in Führung gebracht.');
  assert.equal(text, 'Kapitän Kevin Osei hatte die Gastgeber in Führung gebracht.');
  assert.deepEqual(credits, ['Jubel im Stadion: Der Torwart nach dem Elfmeter. Bildrechte: imago/Sportfoto Rudel']);
  // a sentence opener is no part of the agency's name
  const plain = cleanBody('Jubel nach Abpfiff. Bildrechte: imago/Sportfoto Die Mannschaft feierte bis in die Nacht.');
  assert.equal(plain.text, 'Die Mannschaft feierte bis in die Nacht.');
  assert.deepEqual(plain.credits, ['Jubel nach Abpfiff. Bildrechte: imago/Sportfoto']);
});

test("a publisher's notice that the text was withdrawn is cut wherever it stands; a report about withdrawn articles stays", () => {
  const { text, credits } = cleanBody(
    'Reaktion auf Schelte von EU und IWF. Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen nicht mehr zur Verfügung.',
  );
  assert.equal(text, 'Reaktion auf Schelte von EU und IWF.');
  assert.equal(credits.length, 1);
  const en = cleanBody('Markets fell. This article is no longer available.\n\nThe archive said the full text of the report had been removed.');
  assert.equal(en.text, 'Markets fell.\n\nThe archive said the full text of the report had been removed.');
});
