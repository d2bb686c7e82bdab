import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Timex } from '../src/types.js';
import { tagTimexes } from '../src/extract/time/index.js';
import { RULES_DE } from '../src/extract/time/rules-de.js';
import { RULES_EN } from '../src/extract/time/rules-en.js';

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

test('English future cues, spoken years, clock times with days, weekends and halves', () => {
  // DCT 2016-09-06 is a Tuesday; a local cue puts a bare weekday or month ahead despite a past verb
  expect('The company declared a dividend payable Dec. 7 to holders.', 'en', 'Dec. 7', '2016-12-07');
  expect('Officials postponed the hearing until Friday.', 'en', 'Friday', '2016-09-09');
  expect('The talks, which stalled, are set to resume Monday in Geneva.', 'en', 'Monday', '2016-09-12');
  expect('The plant was found by two fishermen last November.', 'en', 'last November', '2015-11');
  expect('Atlanta, nineteen ninety-six. A bomb exploded.', 'en', 'nineteen ninety-six', '1996', 'DATE');
  expect('It happened in January nineteen ninety-seven.', 'en', 'January nineteen ninety-seven', '1997-01');
  expect('Prices were low in the winter of nineteen ninety-four.', 'en', 'nineteen ninety-four', '1994-WI');
  assert.ok(!tag('They kept the secret for two thousand years.', 'en').some((t) => t.value === '2000'));
  expect('The relatives have until 9 a.m. Friday to sign.', 'en', '9 a.m. Friday', '2016-09-09T09:00', 'TIME');
  expect('The store was robbed at 10 p.m. Sunday, police said.', 'en', '10 p.m. Sunday', '2016-09-04T22:00');
  expect('The offer expires at 5 p.m. EST, Sept. 30.', 'en', '5 p.m. EST, Sept. 30', '2016-09-30T17:00');
  expect('Negotiations broke off at noon Monday.', 'en', 'noon Monday', '2016-09-05T12:00');
  expect('Protesters gathered over the weekend in the capital.', 'en', 'the weekend', '2016-W35-WE');
  expect('They lived in the camps for 2 1/2 years.', 'en', '2 1/2 years', 'P2Y6M', 'DURATION');
  expect('The flight took 5 1/2 hours.', 'en', '5 1/2 hours', 'PT5H30M', 'DURATION');
  expect('Rates will not change for a couple of years.', 'en', 'couple of years', 'P2Y', 'DURATION');
  expect('Growth slowed in recent years.', 'en', 'recent years', 'PAST_REF', 'DATE');
  expect('The budget will soon be balanced.', 'en', 'soon', 'FUTURE_REF', 'DATE');
  assert.ok(!tag('Leave as soon as possible.', 'en').some((t) => t.text === 'soon'));
  expect('Der Bau dauerte eineinhalb Jahre.', 'de', 'eineinhalb Jahre', 'P1.5Y', 'DURATION');
});

test('keyword pre-checks leave the result unchanged', () => {
  const texts: Array<[string, 'de' | 'en']> = [
    ['Am Montag, dem 5. September 2016, um 20.30 Uhr trafen sie sich. Seit drei Jahren verhandeln sie. ' + 'Die Gespräche dauern an. '.repeat(40) + 'Im dritten Quartal 2017 und jeden Tag danach, zwei Wochen später, 14-18 Uhr.', 'de'],
    ['The offer expires at 5 p.m. EST. Wednesday is the deadline. ' + 'Nothing else happened. '.repeat(40) + 'Two weeks ago, in the third quarter of 1998, every week, 10 p.m. Tuesday, the 1990s.', 'en'],
  ];
  for (const [text, lang] of texts) {
    const keyed = tagTimexes(text, { lang, anchor: DCT });
    const rules = lang === 'de' ? RULES_DE : RULES_EN;
    const saved = rules.map((r) => r.keys);
    try {
      for (const r of rules) r.keys = undefined;
      assert.deepEqual(keyed, tagTimexes(text, { lang, anchor: DCT }));
    } finally {
      rules.forEach((r, i) => (r.keys = saved[i]));
    }
    assert.ok(keyed.length >= 6, `${lang}: ${keyed.map((t) => t.text).join(' | ')}`);
  }
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
