import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../src/types.js';
import { splitSentences } from '../src/text/sentences.js';
import { entities } from '../src/extract/entities/index.js';
import { descriptorLength, hasTrailingPlural, nameRuns, tidySpans } from '../src/extract/entities/tidy.js';
import { taggerModel } from '../src/extract/entities/tagger.js';
import { mergeMentions, type RawMention } from '../src/extract/entities/merge.js';
import { linkEntities } from '../src/extract/entities/link.js';
import { MemoryEntityDirectory } from '../src/extract/entities/memory-directory.js';
import type { EntityType } from '../src/types.js';

function docOf(text: string, lang: 'de' | 'en'): Doc {
  return {
    article: { id: 'a', input: 'a', url: null, source: null, title: null, text, lang, date: null, credits: [], contentHash: '' },
    sentences: splitSentences(text), mentions: [], entities: [], timexes: [], quotes: [], eventDate: null,
  };
}

const words = (s: string) => s.split(' ');

test('an English span splits where a verb shows two names in it; particles and German lower-case words stay', () => {
  const w = words('Calloway sells Weserstrom software');
  assert.deepEqual(nameRuns(w, 0, 3, 'ORG', 'en'), [[0, 1], [2, 3]]);
  assert.deepEqual(nameRuns(words('Bank of America'), 0, 3, 'ORG', 'en'), [[0, 3]]);
  assert.deepEqual(nameRuns(words('dpa'), 0, 1, 'ORG', 'en'), [[0, 1]]);
  assert.deepEqual(nameRuns(words('Bundesverband deutscher Banken'), 0, 3, 'ORG', 'de'), [[0, 3]]);
  // titles of works stay whole
  assert.deepEqual(nameRuns(words('Gone with the wind'), 0, 4, 'MISC', 'en'), [[0, 4]]);
});

test('a dash between words parts two names (line-ups, fixtures, a name and its long form); a title keeps its dash', () => {
  assert.deepEqual(nameRuns(words('Fuchs – Baumgartlinger'), 0, 3, 'PER', 'de'), [[0, 1], [2, 3]]);
  assert.deepEqual(nameRuns(words('Chicago Bulls – San Antonio Spurs'), 0, 6, 'ORG', 'en'), [[0, 2], [3, 6]]);
  assert.deepEqual(nameRuns(words('APA - Austria Presse Agentur'), 0, 5, 'ORG', 'de'), [[0, 1], [2, 5]]);
  assert.deepEqual(nameRuns(words('Batman – The Dark Knight Rises'), 0, 6, 'MISC', 'en'), [[0, 6]]);
  assert.deepEqual(nameRuns(words('Heinz-Christian Strache'), 0, 2, 'PER', 'de'), [[0, 2]], 'a hyphen inside a word parts nothing');
});

test('an English possessive ends a name, except inside a company name', () => {
  assert.deepEqual(nameRuns(words('Brackley Freight’s Harwick warehouse'), 0, 3, 'ORG', 'en'), [[0, 2], [2, 3]]);
  assert.deepEqual(nameRuns(words("Russia's Vladimir Putin"), 0, 3, 'PER', 'en'), [[0, 1], [1, 3]]);
  assert.deepEqual(nameRuns(words("Moody's Investors Service"), 0, 3, 'ORG', 'en'), [[0, 3]]);
  assert.deepEqual(nameRuns(words("McDonald's"), 0, 1, 'ORG', 'en'), [[0, 1]]);
});

test('a German role noun in front of a name is not part of it; names that start with a noun stay whole', () => {
  const res = taggerModel('de')!.resources;
  assert.equal(descriptorLength(words('Vorstandschefin Katrin Volkmer'), 'PER', res), 1);
  // a hyphenated role (its last part a common noun), not a hyphenated first name
  assert.equal(descriptorLength(words('Ubuntu-Gründer Shuttleworth'), 'PER', res), 1);
  assert.equal(descriptorLength(words('Top-Stürmer Neymar'), 'PER', res), 1);
  assert.equal(descriptorLength(words('Jean-Claude Juncker'), 'PER', res), 0);
  assert.equal(descriptorLength(words('Karl-Heinz Grasser'), 'PER', res), 0);
  assert.equal(descriptorLength(words('AfD-Vize Gauland'), 'PER', res), 1);
  assert.equal(descriptorLength(words('PAUL-JOACHIM Meier'), 'PER', res), 0);
  assert.equal(descriptorLength(words('Chemieherstellers Kaltherm'), 'ORG', res), 1);
  assert.equal(descriptorLength(words('Staatsanwaltschaft Magdeburg'), 'ORG', res), 0);
  assert.equal(descriptorLength(words('Ernst Müller'), 'PER', res), 0);
  assert.equal(descriptorLength(words('Deutsche Bank'), 'ORG', res), 0);
});

test('through the tagger: the descriptor goes, the short form of a company joins its full name', () => {
  const doc = docOf(
    'Das Angebot der Calloway Industries kam am Montag. Calloway bietet 38 Euro je Aktie. ' +
      '„Wir wachsen schneller“, sagte Vorstandschefin Katrin Volkmer. Volkmer sagte, Calloway sei ein guter Partner. ' +
      'Die Staatsanwaltschaft ermittelt gegen zwei Angestellte des Chemieherstellers Kaltherm.',
    'de',
  );
  entities.apply(doc);
  const names = doc.entities.map((e) => `${e.name}/${e.type}`);
  assert.ok(doc.entities.some((e) => e.name === 'Katrin Volkmer' && e.type === 'PER'), names.join(', '));
  assert.ok(!doc.entities.some((e) => /Vorstandschefin|Chemieherstellers/.test(e.name)), names.join(', '));
  assert.ok(doc.entities.some((e) => e.name === 'Kaltherm'), names.join(', '));
  const calloway = doc.entities.filter((e) => /Calloway/.test(e.name));
  assert.equal(calloway.length, 1, names.join(', '));
  assert.equal(calloway[0]!.type, 'ORG');
  assert.equal(calloway[0]!.mentions, 3);
  for (const m of doc.mentions) assert.equal(doc.article.text.slice(m.start, m.end), m.text);
});

test('a dateline in capitals gives way to the name as written; a lone surname may name a known company', () => {
  const text = 'KALTENBACH – In Kaltenbach feierten Tausende.';
  const raw: RawMention[] = (['KALTENBACH', 'Kaltenbach'] as const).map((n) => {
    const start = text.indexOf(n, n === 'Kaltenbach' ? 12 : 0);
    return { text: n, type: 'LOC' as EntityType, start, end: start + n.length };
  });
  const merged = mergeMentions(raw);
  assert.equal(merged.entities.length, 1);
  assert.equal(merged.entities[0]!.name, 'Kaltenbach');

  const dir = new MemoryEntityDirectory();
  const first = docOf('Calloway Industries will Weserstrom kaufen.', 'de');
  first.entities = [{ key: 'calloway industries', name: 'Calloway Industries', type: 'ORG', aliases: ['Calloway'], mentions: 2 }];
  const orgId = linkEntities(first, dir).get('calloway industries');
  const second = docOf('Calloway bestätigte den Kauf.', 'de');
  second.entities = [{ key: 'calloway', name: 'Calloway', type: 'PER', aliases: [], mentions: 1 }];
  assert.equal(linkEntities(second, dir).get('calloway'), orgId);
  const org = dir.all().find((c) => c.id === orgId)!;
  assert.equal(org.type, 'ORG');
  // a person of that surname known before is preferred
  const third = docOf('Der Manager John Calloway trat zurück. Calloway sagte nichts.', 'de');
  third.entities = [{ key: 'john calloway', name: 'John Calloway', type: 'PER', aliases: ['Calloway'], mentions: 2 }];
  const personId = linkEntities(third, dir).get('john calloway');
  assert.notEqual(personId, orgId);
});

test('the capitalised article opening a German sentence is not part of the name', () => {
  assert.deepEqual(nameRuns(words('Der Bayerische Rundfunk'), 0, 3, 'ORG', 'de'), [[1, 3]]);
  // inside a sentence a capitalised article belongs to the name (`Den Haag`, `Die Linke`)
  assert.deepEqual(nameRuns(words('in Den Haag'), 1, 3, 'LOC', 'de'), [[1, 3]]);
  assert.deepEqual(nameRuns(words('München – Der Bayerische Rundfunk'), 2, 5, 'ORG', 'de'), [[3, 5]]);
  const res = taggerModel('de')!.resources;
  assert.equal(descriptorLength(words('Elektroautobauer Tesla'), 'ORG', res), 1);
  assert.equal(descriptorLength(words('Landgericht Berlin'), 'ORG', res), 0);
  assert.equal(descriptorLength(words('Süddeutscher Zeitung'), 'ORG', res), 0);
  assert.equal(descriptorLength(words('Erika Ziltener'), 'PER', res), 0);
  assert.equal(descriptorLength(words('Franzis Verlag'), 'ORG', res), 0);
});

test('a lone common noun after a determiner or an amount is no name; a known name after one stays', () => {
  const res = taggerModel('de')!.resources;
  const kept = (sentence: string, at: number, type: string) => tidySpans(words(sentence), [{ start: at, end: at + 1, type }], 'de', res).length === 1;
  assert.equal(kept('für das Bad müssten Bäume fallen', 2, 'LOC'), false);
  assert.equal(kept('der Neubau des Hallenbads wird teurer', 3, 'LOC'), false);
  // rivers, countries and other names that take an article keep their tag
  assert.equal(kept('Schiffe auf dem Rhein stauen sich', 3, 'LOC'), true);
  assert.equal(kept('Urlaub auf die Bahamas', 3, 'LOC'), true);
  assert.equal(kept('Bad Wendhausen baut', 0, 'LOC'), true);
});

test('a lone common noun after a preposition that takes no names, or a plural listed with a plural noun, is no name', () => {
  const res = taggerModel('de')!.resources;
  const kept = (sentence: string, at: number, type: string) => tidySpans(words(sentence), [{ start: at, end: at + 1, type }], 'de', res).length === 1;
  assert.equal(kept('Jeder Monat ohne Bad kostet Geld', 3, 'LOC'), false);
  assert.equal(kept('Schulen und Kitas in der Innenstadt blieben zu', 2, 'PER'), false);
  assert.equal(kept('Kitas und Schulen in der Innenstadt blieben zu', 0, 'PER'), false);
  assert.equal(kept('Die Stadt baut Horte oder Schulen', 3, 'ORG'), false);
  // names stay: after prepositions that take them, and beside other names or a noun in the singular
  assert.equal(kept('Wir fahren nach Bad Wendhausen', 3, 'LOC'), true);
  assert.equal(kept('ohne Merkel geht es nicht', 1, 'PER'), true);
  assert.equal(kept('Die Lage in Böhmen und Ungarns Städten', 5, 'LOC'), true);
  assert.equal(kept('Schulen und Siemens stehen bereit', 2, 'ORG'), true);
  assert.equal(kept('Die Schule und Kowalski stehen bereit', 3, 'PER'), true);
});

test('through the tagger: no German list of things or bare noun becomes a name', () => {
  const doc = docOf('Schulen und Kitas in der Innenstadt waren vorsorglich geschlossen. Jeder Monat ohne Bad koste die Stadt Geld, sagte Anna Lindqvist.', 'de');
  entities.apply(doc);
  const names = doc.entities.map((e) => `${e.name}/${e.type}`);
  assert.ok(!names.some((n) => /^(?:Kitas|Bad)\//.test(n)), names.join(', '));
  assert.ok(names.includes('Anna Lindqvist/PER'), names.join(', '));
});

test('an organisation name continues over `and` between capitalised words, and over German `für` + field', () => {
  const en = words('a report by Lincolnshire Fire and Rescue on Wednesday');
  const enSpans = tidySpans(en, [{ start: 3, end: 5, type: 'ORG' }], 'en', undefined);
  assert.deepEqual(enSpans.map((s) => en.slice(s.start, s.end).join(' ')), ['Lincolnshire Fire and Rescue']);
  const pg = words('shares of Procter and Gamble rose');
  assert.deepEqual(tidySpans(pg, [{ start: 2, end: 3, type: 'ORG' }], 'en', undefined).map((s) => pg.slice(s.start, s.end).join(' ')), ['Procter and Gamble']);
  // two names joined by `and` stay two; a person's name takes nothing in
  const two = words('Microsoft and Apple agreed');
  assert.deepEqual(tidySpans(two, [{ start: 0, end: 1, type: 'ORG' }, { start: 2, end: 3, type: 'ORG' }], 'en', undefined).map((s) => two.slice(s.start, s.end).join(' ')), ['Microsoft', 'Apple']);
  const per = words('John Smith and Wesson came');
  assert.deepEqual(tidySpans(per, [{ start: 0, end: 2, type: 'PER' }], 'en', undefined).map((s) => per.slice(s.start, s.end).join(' ')), ['John Smith']);
  const res = taggerModel('de')!.resources;
  const de = words('Ein Sprecher des Eidgenössischen Departements für auswärtige Angelegenheiten sagte das');
  assert.deepEqual(tidySpans(de, [{ start: 3, end: 5, type: 'ORG' }], 'de', res).map((s) => de.slice(s.start, s.end).join(' ')), ['Eidgenössischen Departements für auswärtige Angelegenheiten']);
  const list = words('das Bundesministerium für Umwelt , Naturschutz und Reaktorsicherheit prüft');
  assert.deepEqual(tidySpans(list, [{ start: 1, end: 4, type: 'ORG' }], 'de', res).map((s) => list.slice(s.start, s.end).join(' ')), ['Bundesministerium für Umwelt , Naturschutz und Reaktorsicherheit']);
  const institute = words('Forscher vom Institut für Weltwirtschaft warnen');
  assert.deepEqual(tidySpans(institute, [{ start: 2, end: 3, type: 'ORG' }], 'de', res).map((s) => institute.slice(s.start, s.end).join(' ')), ['Institut für Weltwirtschaft']);
  // only an office's own word goes on over `für`: a name (an acronym, a company) does not, nor does a determiner
  for (const [sentence, from, to, name] of [
    ['Die EU für eine Verteilung der Flüchtlinge', 1, 2, 'EU'],
    ['Die ÖVP für Wohnungsstadträtin Gaál', 1, 2, 'ÖVP'],
    ['Das sorgte bei Lufthansa für Aufsehen', 3, 4, 'Lufthansa'],
    ['Ein Preis von Servus TV für junge Fernsehmacher', 3, 5, 'Servus TV'],
    ['Das Institut für eine Verteilung', 1, 2, 'Institut'],
  ] as const) {
    const w = words(sentence);
    assert.deepEqual(tidySpans(w, [{ start: from, end: to, type: 'ORG' }], 'de', res).map((s) => w.slice(s.start, s.end).join(' ')), [name], sentence);
  }
  // `für` + a lower-case word only is no part of the name
  const verb = words('Siemens für gut befunden');
  assert.deepEqual(tidySpans(verb, [{ start: 0, end: 1, type: 'ORG' }], 'de', res).map((s) => verb.slice(s.start, s.end).join(' ')), ['Siemens']);
});

test('a German plural glued onto an organisation name is cut off: the name is known from the training data or the article', () => {
  const res = taggerModel('de')!.resources;
  const cut = (sentence: string, from: number, to: number) => {
    const w = words(sentence);
    return tidySpans(w, [{ start: from, end: to, type: 'ORG' }], 'de', res).map((s) => w.slice(s.start, s.end).join(' '));
  };
  assert.deepEqual(cut('verlangt die IG Metall Garantien für die Beschäftigten', 2, 5), ['IG Metall']);
  // names that end in a plural, or in a noun after an adjective, stay whole
  assert.deepEqual(cut('die Vereinten Nationen tagten', 1, 3), ['Vereinten Nationen']);
  assert.deepEqual(cut('bei den Olympischen Spielen', 2, 4), ['Olympischen Spielen']);
  assert.equal(hasTrailingPlural(words('IG Nordstahl Garantien'), 'ORG', res), false);
  // a one-word name and a plural may be one company's name: `German Pellets` stays whole
  assert.deepEqual(cut('Insolvenzverfahren für German Pellets eröffnet', 2, 4), ['German Pellets']);
  const doc = docOf('Die Gewerkschaft IG Nordstahl kritisierte den Plan. Nach der Übernahme verlangt die IG Nordstahl Garantien für die Beschäftigten.', 'de');
  entities.apply(doc);
  assert.deepEqual(doc.entities.map((e) => `${e.name}/${e.type}/${e.mentions}`), ['IG Nordstahl/ORG/2']);
  assert.deepEqual(doc.mentions.map((m) => doc.article.text.slice(m.start, m.end)), ['IG Nordstahl', 'IG Nordstahl']);
});

test('a retweet mark before a handle is no part of the name', () => {
  assert.deepEqual(nameRuns(words('RT @ welt'), 0, 3, 'ORG', 'de'), [[1, 3]]);
  assert.deepEqual(nameRuns(words('RT @welt'), 0, 2, 'ORG', 'en'), [[1, 2]]);
  // `RT` alone or before a name without a handle stays as tagged
  assert.deepEqual(nameRuns(words('RT'), 0, 1, 'ORG', 'de'), [[0, 1]]);
  assert.deepEqual(nameRuns(words('RT Deutsch'), 0, 2, 'ORG', 'de'), [[0, 2]]);
});
