import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Timex } from '../src/types.js';
import { tagTimexes } from '../src/extract/time/index.js';

const DCT = '2016-09-06'; // a Tuesday

function tag(text: string, lang: 'de' | 'en', anchor: string | null = DCT, narrative = false): Timex[] {
  const out = tagTimexes(text, { lang, anchor, narrative });
  for (const t of out) assert.equal(text.slice(t.start, t.end), t.text, 'offsets point at the expression');
  return out;
}

/** The expression whose text contains `phrase`, asserted to exist. */
function find(out: Timex[], phrase: string): Timex {
  const t = out.find((x) => x.text.includes(phrase));
  assert.ok(t, `an expression containing "${phrase}" in ${JSON.stringify(out.map((x) => x.text))}`);
  return t;
}

function expect(text: string, lang: 'de' | 'en', phrase: string, value: string, type?: Timex['type'], anchor: string | null = DCT) {
  const t = find(tag(text, lang, anchor), phrase);
  assert.equal(t.value, value, `${phrase} in "${text}"`);
  if (type) assert.equal(t.type, type, `type of ${phrase}`);
  return t;
}

test('German seed sentences resolve against the publication date', () => {
  expect('Obama und Putin konnten ihre Differenzen bei einem Treffen am Montag nicht ausräumen.', 'de', 'Montag', '2016-09-05', 'DATE');
  const out = tag('Diplomaten sagten am Montag, nur technische Details hätten eine Lösung verhindert. Tags zuvor hatte es nach einer Einigung ausgesehen.', 'de');
  assert.equal(find(out, 'Montag').value, '2016-09-05');
  assert.equal(find(out, 'Tags zuvor').value, '2016-09-04');
  expect('Wie der Kreml am Samstag mitteilte, bekräftigten beide ihre Entschlossenheit.', 'de', 'Samstag', '2017-11-11', 'DATE', '2017-11-11');
  expect('Die beiden Mächte verhandeln seit Monaten über Syrien.', 'de', 'Monaten', 'PXM', 'DURATION');
  expect('Die Gespräche sollen jetzt aber in den nächsten Tagen fortgesetzt werden.', 'de', 'nächsten Tagen', 'FUTURE_REF', 'DATE');
  expect('In fünf Jahren Bürgerkrieg sind etwa 400 000 Menschen getötet worden.', 'de', 'fünf Jahren', 'P5Y', 'DURATION');
  expect('Sie riefen alle Parteien in dem seit sechs Jahren währenden Bürgerkrieg auf.', 'de', 'sechs Jahren', 'P6Y', 'DURATION');
});

test('weekdays stay underspecified without a day-precise anchor', () => {
  expect('Wie der Kreml am Samstag mitteilte, trafen sie sich.', 'de', 'Samstag', '2017-11-XX', 'DATE', '2017-11');
  expect('Wie der Kreml am Samstag mitteilte, trafen sie sich.', 'de', 'Samstag', 'XXXX-XX-XX', 'DATE', null);
  expect('The Kremlin said on Saturday that they met.', 'en', 'Saturday', 'XXXX-XX-XX', 'DATE', null);
});

test('German tense decides the direction of weekdays and months', () => {
  expect('Am Freitag wird das Parlament abstimmen.', 'de', 'Freitag', '2016-09-09');
  expect('Am Freitag hatte das Parlament abgestimmt.', 'de', 'Freitag', '2016-09-02');
  expect('Die Abstimmung am 21. Dezember hatten sie nicht angekündigt.', 'de', '21. Dezember', '2015-12-21', 'DATE', '2016-01-14');
});

test('German absolute dates, ranges and times', () => {
  expect('Am 5. September 2016 trafen sie sich.', 'de', '5. September 2016', '2016-09-05', 'DATE');
  expect('Berlin, 12.03.2018: Die Sitzung beginnt.', 'de', '12.03.2018', '2018-03-12', 'DATE');
  const range = tag('Der Gipfel findet vom 4. bis 5. September statt.', 'de');
  assert.deepEqual(range.map((t) => t.value), ['2016-09-04', '2016-09-05']);
  expect('Die Feier beginnt um 20.30 Uhr.', 'de', '20.30 Uhr', '2016-09-06T20:30', 'TIME');
  expect('Am Montagabend wurde verhandelt.', 'de', 'Montagabend', '2016-09-05TEV', 'TIME');
  expect('Die Preise steigen seit 2014.', 'de', '2014', '2014', 'DATE');
  expect('Die Kirche wurde im Jahr 480 v. Chr. gebaut.', 'de', '480 v. Chr.', 'BC0480', 'DATE');
});

test('German relative units, modifiers, seasons, quarters, decades and holidays', () => {
  expect('Nächstes Jahr wird gewählt.', 'de', 'Nächstes Jahr', '2017');
  expect('Im vergangenen Jahr stieg der Umsatz.', 'de', 'vergangenen Jahr', '2015');
  expect('In der vergangenen Woche wurde verhandelt.', 'de', 'vergangenen Woche', '2016-W35');
  const anfang = expect('Anfang 2017 soll das Gesetz gelten.', 'de', '2017', '2017');
  assert.equal(anfang.mod, 'START');
  assert.equal(anfang.text, 'Anfang 2017');
  assert.equal(expect('Mitte Juni hatte die Regierung entschieden.', 'de', 'Juni', '2016-06').mod, 'MID');
  assert.equal(expect('Bis Ende des Jahres soll alles fertig sein.', 'de', 'Ende des Jahres', '2016').mod, 'END');
  expect('Im Sommer 2015 kamen viele Flüchtlinge.', 'de', 'Sommer 2015', '2015-SU');
  expect('Im dritten Quartal stieg der Gewinn.', 'de', 'dritten Quartal', '2016-Q3');
  expect('In den 90er Jahren war alles anders.', 'de', '90er Jahre', '199');
  expect('Im 19. Jahrhundert entstand die Stadt.', 'de', '19. Jahrhundert', '18');
  expect('Zu Ostern 2017 kommt die Familie.', 'de', 'Ostern 2017', '2017-04-16');
  expect('Weihnachten feiern wir zu Hause.', 'de', 'Weihnachten', '2016-12-25');
});

test('German durations, references and sets', () => {
  expect('Vor drei Tagen begann der Streik.', 'de', 'drei Tagen', 'P3D', 'DURATION');
  expect('Zweitägige Verhandlungen brachten kein Ergebnis.', 'de', 'Zweitägige', 'P2D', 'DURATION');
  expect('Das dauerte anderthalb Stunden.', 'de', 'anderthalb Stunden', 'PT1.5H', 'DURATION');
  expect('Derzeit gibt es keine Lösung.', 'de', 'Derzeit', 'PRESENT_REF');
  expect('Damals war alles anders.', 'de', 'Damals', 'PAST_REF');
  expect('Der Bericht erscheint jährlich.', 'de', 'jährlich', 'P1Y', 'SET');
  expect('Die Gruppe trifft sich jeden Montag.', 'de', 'jeden Montag', 'XXXX-WXX-1', 'SET');
  // ages are not temporal expressions
  assert.equal(tag('Der 55-jährige Politiker trat zurück.', 'de').length, 0);
});

test('narrative texts resolve against the last mentioned date', () => {
  const out = tag('Im Mai 1920 begann der Krieg. Im folgenden Jahr wurde Frieden geschlossen. Am 28. Januar kam es zu Kämpfen.', 'de', null, true);
  assert.equal(find(out, 'Mai 1920').value, '1920-05');
  assert.equal(find(out, 'folgenden Jahr').value, '1921');
  assert.equal(find(out, '28. Januar').value, '1921-01-28');
  const later = tag('Am 21. Februar 2003 gab er bekannt, dass er bereit sei. Zwei Tage später begann der Angriff.', 'de', null, true);
  assert.equal(find(later, 'Zwei Tage später').value, '2003-02-23');
});

test('English dates, relative expressions and references', () => {
  expect('The ceasefire collapsed last Saturday.', 'en', 'last Saturday', '2016-09-03', 'DATE');
  expect('Officials said on Monday that talks failed.', 'en', 'Monday', '2016-09-05', 'DATE');
  expect('Talks will resume in the coming days.', 'en', 'coming days', 'FUTURE_REF', 'DATE');
  expect('The market is now recovering.', 'en', 'now', 'PRESENT_REF', 'DATE');
  expect('He left three years ago.', 'en', 'three years ago', '2013', 'DATE');
  expect('Prices fell last year.', 'en', 'last year', '2015', 'DATE');
  expect('The plant closed yesterday.', 'en', 'yesterday', '2016-09-05', 'DATE');
  expect('They met on March 5, 2015 in Paris.', 'en', 'March 5, 2015', '2015-03-05', 'DATE');
  expect('The vote took place on Monday night.', 'en', 'Monday night', '2016-09-05TNI', 'TIME');
  expect('The session starts at 5 p.m. sharp.', 'en', '5 p.m.', '2016-09-06T17:00', 'TIME');
});

test('English modifiers, quarters, decades, seasons, holidays, durations and sets', () => {
  assert.equal(expect('The law takes effect in early 2017.', 'en', '2017', '2017').mod, 'START');
  assert.equal(expect('It was popular in the mid-1990s.', 'en', '1990s', '199').mod, 'MID');
  expect('Earnings rose in the third quarter.', 'en', 'third quarter', '2016-Q3');
  expect('Sales peaked in summer 2015.', 'en', 'summer 2015', '2015-SU');
  expect('It shaped the 20th century.', 'en', '20th century', '19');
  expect('Stores open late before Christmas.', 'en', 'Christmas', '2016-12-25');
  expect('Easter 2016 fell in March.', 'en', 'Easter 2016', '2016-03-27');
  expect('The war lasted two years.', 'en', 'two years', 'P2Y', 'DURATION');
  expect('The board meets every week.', 'en', 'every week', 'P1W', 'SET');
  assert.equal(tag('The 6-year-old boy was found.', 'en').length, 0);
});

test('bad input does not crash', () => {
  assert.deepEqual(tagTimexes('', { lang: 'de', anchor: DCT }), []);
  assert.doesNotThrow(() => tagTimexes('\u0000\uFFFF🙂 a\u0301m M\u0308ontag 31. Februar 2016 99.99.9999 25:61 Uhr', { lang: 'de', anchor: DCT }));
  const huge = 'Am Montag, dem 5. September 2016, um 20 Uhr trafen sie sich seit Jahren. '.repeat(5000);
  const out = tagTimexes(huge, { lang: 'xx', anchor: 'garbage' });
  assert.ok(out.length >= 5000);
  // an impossible date is not produced
  assert.ok(!tagTimexes('Am 31. Februar 2016 passierte nichts.', { lang: 'de', anchor: DCT }).some((t) => t.value === '2016-02-31'));
});
