import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArticleEntity, Doc, EntityType } from '../src/types.js';
import { linkEntities, translitSkeleton } from '../src/extract/entities/link.js';
import { MemoryEntityDirectory } from '../src/extract/entities/memory-directory.js';
import { nameKey } from '../src/extract/entities/names.js';

let n = 0;
/** A Doc carrying only article entities (the linker reads nothing else). */
function docWith(lang: string, entities: [string, EntityType, string[]?][]): Doc {
  const ents: ArticleEntity[] = entities.map(([name, type, aliases]) => ({ key: nameKey(name), name, type, aliases: aliases ?? [], mentions: 1 + (aliases?.length ?? 0) }));
  return {
    article: { id: `a${++n}`, input: 'test', url: null, source: null, title: null, text: '', lang, date: null, credits: [], contentHash: '' },
    sentences: [], mentions: [], entities: ents, timexes: [], quotes: [], eventDate: null,
  };
}

test('transliteration skeletons meet across German and English spellings', () => {
  for (const [a, b] of [['lawrow', 'lavrov'], ['sergej', 'sergey'], ['peskow', 'peskov'], ['wladimir putin', 'vladimir putin'], ['dmitri', 'dmitry'], ['selenskyj', 'zelensky']]) {
    assert.equal(translitSkeleton(a!), translitSkeleton(b!), `${a} / ${b}`);
  }
  assert.notEqual(translitSkeleton('merkel'), translitSkeleton('markel'));
});

test('one canonical entity per person and place across articles and languages', () => {
  const dir = new MemoryEntityDirectory();
  const de = docWith('de', [
    ['Wladimir Putin', 'PER', ['Putin', 'Putins']], ['Sergej Lawrow', 'PER', ['Lawrow']], ['Dmitri Peskow', 'PER'],
    ['Genf', 'LOC'], ['Moskau', 'LOC'], ['Syrien', 'LOC', ['Syriens']],
  ]);
  const en = docWith('en', [
    ['Vladimir Putin', 'PER'], ['Sergey Lavrov', 'PER'], ['Peskov', 'PER'], ['Geneva', 'LOC'], ['Moscow', 'LOC'], ['Syria', 'LOC'],
  ]);
  const short = docWith('de', [['Putin', 'PER'], ['Lawrow', 'PER']]);
  const m1 = linkEntities(de, dir);
  const m2 = linkEntities(en, dir);
  const m3 = linkEntities(short, dir);
  const same = (a: string, b: string, ma = m1, mb = m2) => assert.equal(ma.get(nameKey(a)), mb.get(nameKey(b)), `${a} = ${b}`);
  same('Wladimir Putin', 'Vladimir Putin');
  same('Sergej Lawrow', 'Sergey Lavrov');
  same('Dmitri Peskow', 'Peskov');
  same('Genf', 'Geneva');
  same('Moskau', 'Moscow');
  same('Syrien', 'Syria');
  same('Wladimir Putin', 'Putin', m1, m3);
  same('Sergej Lawrow', 'Lawrow', m1, m3);
  assert.equal(dir.all().length, 6);
  const putin = dir.get(m1.get('wladimir putin')!)!;
  assert.equal(putin.type, 'PER');
  assert.equal(putin.mentions, 3 + 1 + 1);
  assert.ok(putin.aliases.includes('Vladimir Putin'));
  const geneva = dir.get(m1.get('genf')!)!;
  const place = (geneva.data as { place?: { country: string; status: string } }).place;
  assert.equal(place?.country, 'CH');
  assert.equal(place?.status, 'resolved');
});

test('people sharing a surname stay apart; a surname alone goes to the one whose context fits', () => {
  const dir = new MemoryEntityDirectory();
  const a = linkEntities(docWith('de', [['Michael Müller', 'PER'], ['Berlin', 'LOC'], ['SPD', 'ORG']]), dir);
  const b = linkEntities(docWith('de', [['Thomas Müller', 'PER'], ['FC Bayern', 'ORG'], ['München', 'LOC']]), dir);
  assert.notEqual(a.get(nameKey('Michael Müller')), b.get(nameKey('Thomas Müller')));
  const c = linkEntities(docWith('de', [['Müller', 'PER'], ['FC Bayern', 'ORG']]), dir);
  assert.equal(c.get(nameKey('Müller')), b.get(nameKey('Thomas Müller')));
  const d = linkEntities(docWith('de', [['Müller', 'PER'], ['Berlin', 'LOC'], ['SPD', 'ORG']]), dir);
  assert.equal(d.get(nameKey('Müller')), a.get(nameKey('Michael Müller')));
});

test('a person known by surname only is completed by a later full name, not by another first name', () => {
  const dir = new MemoryEntityDirectory();
  const a = linkEntities(docWith('en', [['Tillerson', 'PER']]), dir);
  const b = linkEntities(docWith('en', [['Rex Tillerson', 'PER']]), dir);
  assert.equal(a.get('tillerson'), b.get('rex tillerson'));
  assert.equal(dir.get(b.get('rex tillerson')!)!.name, 'Rex Tillerson');
  const c = linkEntities(docWith('en', [['Jane Tillerson', 'PER']]), dir);
  assert.notEqual(c.get('jane tillerson'), b.get('rex tillerson'));
});

test('persons and places of one name stay apart', () => {
  const dir = new MemoryEntityDirectory();
  const m = linkEntities(docWith('en', [['Washington', 'LOC']]), dir);
  const p = linkEntities(docWith('en', [['Washington', 'PER']]), dir);
  assert.notEqual(m.get('washington'), p.get('washington'));
  assert.deepEqual([...linkEntities(docWith('de', []), dir)], []);
});

test('a place first met in the genitive is named by its plain form, and the plain form wins later', () => {
  const dir = new MemoryEntityDirectory();
  const first = docWith('de', [['Russlands', 'LOC']]);
  const id = linkEntities(first, dir).get('russlands')!;
  assert.equal(dir.get(id)?.name, 'Russland');
  const other = docWith('de', [['Syriens', 'LOC']]);
  const sid = linkEntities(other, dir).get('syriens')!;
  assert.equal(dir.get(sid)?.name, 'Syrien');
});

test('a one-word name in the genitive meets the entity of the same type named by its plain form, either way round', () => {
  const dir = new MemoryEntityDirectory();
  const pokals = linkEntities(docWith('de', [['DFB-Pokals', 'MISC']]), dir).get(nameKey('DFB-Pokals'))!;
  const pokal = linkEntities(docWith('de', [['DFB-Pokal', 'MISC']]), dir).get(nameKey('DFB-Pokal'))!;
  assert.equal(pokal, pokals);
  assert.equal(dir.get(pokal)?.name, 'DFB-Pokal', 'the plain form names it');
  assert.deepEqual(dir.get(pokal)?.aliases, ['DFB-Pokals'], 'the genitive met first stays an alias');
  const google = linkEntities(docWith('de', [['Google', 'ORG']]), dir).get('google')!;
  assert.equal(linkEntities(docWith('de', [['Googles', 'ORG']]), dir).get('googles'), google);
  // another type, an acronym or a short word stays apart
  const hama = linkEntities(docWith('de', [['Hama', 'LOC']]), dir).get('hama')!;
  assert.notEqual(linkEntities(docWith('de', [['Hamas', 'ORG']]), dir).get('hamas'), hama);
  const rt = linkEntities(docWith('de', [['RT', 'ORG']]), dir).get('rt')!;
  assert.notEqual(linkEntities(docWith('de', [['RTS', 'ORG']]), dir).get('rts'), rt);
  // in English a final s makes a plural, often a team's name, and no genitive
  const colt = linkEntities(docWith('en', [['Colt', 'ORG']]), dir).get('colt')!;
  assert.notEqual(linkEntities(docWith('en', [['Colts', 'ORG']]), dir).get('colts'), colt);
});

test('an entity is named by the form most articles use; a person by the full name', () => {
  const dir = new MemoryEntityDirectory();
  const eu = linkEntities(docWith('de', [['EU', 'ORG']]), dir).get('eu')!;
  linkEntities(docWith('de', [['EU', 'ORG']]), dir);
  // one article's overlong span, its short form inside it, joins the entity without renaming it
  assert.equal(linkEntities(docWith('de', [['EU für eine Verteilung', 'ORG', ['EU']]]), dir).get(nameKey('EU für eine Verteilung')), eu);
  assert.equal(dir.get(eu)?.name, 'EU');
  assert.ok(dir.get(eu)?.aliases.includes('EU für eine Verteilung'));
  // a form most articles come to use takes over
  for (let i = 0; i < 3; i++) linkEntities(docWith('de', [['Europäische Union', 'ORG', ['EU']]]), dir);
  assert.equal(dir.get(eu)?.name, 'Europäische Union');
  // a dateline's capitals count for the form of running text
  const places = new MemoryEntityDirectory();
  const genf = linkEntities(docWith('de', [['GENF', 'LOC']]), places).get('genf')!;
  linkEntities(docWith('de', [['Genf', 'LOC']]), places);
  for (let i = 0; i < 2; i++) assert.equal(linkEntities(docWith('en', [['Geneva', 'LOC']]), places).get('geneva'), genf);
  assert.equal(places.get(genf)?.name, 'Genf', 'two votes each: the name stays');
  // a person known by the surname is named by the full name as soon as one is seen
  const merkel = linkEntities(docWith('de', [['Merkel', 'PER']]), dir).get('merkel')!;
  linkEntities(docWith('de', [['Merkel', 'PER']]), dir);
  linkEntities(docWith('de', [['Angela Merkel', 'PER']]), dir);
  assert.equal(dir.get(merkel)?.name, 'Angela Merkel');
});

test('German case forms of a multi-word name are one entity, named in the nominative; other names stay apart', () => {
  const dir = new MemoryEntityDirectory();
  const dative = linkEntities(docWith('de', [['Europäischen Union', 'ORG']]), dir).get(nameKey('Europäischen Union'))!;
  const nominative = linkEntities(docWith('de', [['Europäische Union', 'ORG']]), dir).get(nameKey('Europäische Union'))!;
  assert.equal(nominative, dative);
  assert.equal(dir.get(nominative)?.name, 'Europäische Union');
  const red = linkEntities(docWith('de', [['Rote Kreuz', 'ORG']]), dir).get(nameKey('Rote Kreuz'))!;
  assert.equal(linkEntities(docWith('de', [['Roten Kreuzes', 'ORG']]), dir).get(nameKey('Roten Kreuzes')), red);
  // another head, another type, a person or an English name: apart
  assert.notEqual(linkEntities(docWith('de', [['Europäische Zentralbank', 'ORG']]), dir).get(nameKey('Europäische Zentralbank')), nominative);
  assert.notEqual(linkEntities(docWith('de', [['Roten Kreuz', 'LOC']]), dir).get(nameKey('Roten Kreuz')), red);
  const anna = linkEntities(docWith('de', [['Anna Schmidt', 'PER']]), dir).get(nameKey('Anna Schmidt'))!;
  assert.notEqual(linkEntities(docWith('de', [['Anne Schmidts', 'PER']]), dir).get(nameKey('Anne Schmidts')), anna);
});

test("a club's name with and without its year, a company's with and without its legal form, is one organisation; a city and its club stay apart", () => {
  const dir = new MemoryEntityDirectory();
  const a = linkEntities(docWith('de', [['SV Kaltenbach 09', 'ORG'], ['Hannover 96', 'ORG']]), dir);
  const b = linkEntities(docWith('de', [['SV Kaltenbach', 'ORG'], ['Hannover', 'LOC']]), dir);
  assert.equal(a.get(nameKey('SV Kaltenbach 09')), b.get(nameKey('SV Kaltenbach')));
  assert.notEqual(a.get(nameKey('Hannover 96')), b.get(nameKey('Hannover')));
  // a club with and without its leading ordinal, either one met first
  const e = linkEntities(docWith('de', [['1. FC Kaltenbach', 'ORG']]), dir);
  const f = linkEntities(docWith('de', [['FC Kaltenbach', 'ORG']]), dir);
  assert.equal(e.get(nameKey('1. FC Kaltenbach')), f.get(nameKey('FC Kaltenbach')));
  const g = linkEntities(docWith('de', [['VfL Rehberg', 'ORG']]), dir);
  const h = linkEntities(docWith('de', [['1. VfL Rehberg', 'ORG']]), dir);
  assert.equal(g.get(nameKey('VfL Rehberg')), h.get(nameKey('1. VfL Rehberg')));
  // a company with and without its legal form, even where a tagger took the short form for a person
  const c = linkEntities(docWith('de', [['Kaltherm Chemie GmbH', 'ORG']]), dir);
  const d = linkEntities(docWith('de', [['Kaltherm Chemie', 'PER']]), dir);
  assert.equal(c.get(nameKey('Kaltherm Chemie GmbH')), d.get(nameKey('Kaltherm Chemie')));
  assert.equal(dir.get(c.get(nameKey('Kaltherm Chemie GmbH'))!)?.type, 'ORG');
});

test('a name of several words typed a person in one article and an organisation in others is one entity', () => {
  const dir = new MemoryEntityDirectory();
  const a = linkEntities(docWith('en', [['Brackley Freight', 'ORG', ['Brackley Freight']]]), dir);
  const b = linkEntities(docWith('en', [['Brackley Freight', 'PER']]), dir);
  const c = linkEntities(docWith('en', [['Brackley Freight', 'ORG']]), dir);
  const id = a.get(nameKey('Brackley Freight'));
  assert.equal(b.get(nameKey('Brackley Freight')), id);
  assert.equal(c.get(nameKey('Brackley Freight')), id);
  assert.equal(dir.get(id!)?.type, 'ORG');
  // one word stays apart across persons and places: `Washington`
  const d = linkEntities(docWith('en', [['Washington', 'LOC']]), dir);
  const e = linkEntities(docWith('en', [['Washington', 'PER']]), dir);
  assert.notEqual(d.get('washington'), e.get('washington'));
});

test("an entity's own name outranks its short forms; a one-word name off the map meets the one person called so", () => {
  const dir = new MemoryEntityDirectory();
  const club = linkEntities(docWith('de', [['SV Kaltenbach 09', 'ORG']]), dir);
  const town = linkEntities(docWith('de', [['Kaltenbach', 'LOC']]), dir);
  // a later article calls the club by its full name and by the town's name
  const later = linkEntities(docWith('de', [['SV Kaltenbach 09', 'ORG', ['Kaltenbach']]]), dir);
  const clubId = club.get(nameKey('SV Kaltenbach 09'));
  assert.equal(later.get(nameKey('SV Kaltenbach 09')), clubId);
  assert.notEqual(town.get('kaltenbach'), clubId);
  assert.equal(dir.get(town.get('kaltenbach')!)?.name, 'Kaltenbach');
  // `Büro Haverkamp` tagged a person in one article and an organisation in another
  const p = linkEntities(docWith('de', [['Haverkamp', 'PER']]), dir);
  const o = linkEntities(docWith('de', [['Haverkamp', 'ORG']]), dir);
  assert.equal(o.get('haverkamp'), p.get('haverkamp'));
  // a place on the map stays apart from a person of its name
  const per = linkEntities(docWith('en', [['Jordan', 'PER']]), dir);
  const loc = linkEntities(docWith('en', [['Jordan', 'LOC']]), dir);
  assert.notEqual(per.get('jordan'), loc.get('jordan'));
});

test('an English place ending in s keeps its name (Athens is not the German Athen)', () => {
  const dir = new MemoryEntityDirectory();
  const id = linkEntities(docWith('en', [['Athens', 'LOC']]), dir).get('athens')!;
  assert.equal(dir.get(id)?.name, 'Athens');
  // the German text's genitive of the same place meets it
  const de = linkEntities(docWith('de', [['Athens', 'LOC']]), dir).get('athens')!;
  assert.equal(de, id);
});

test('an article naming an organisation by both its known names goes to the better known entity, which then takes the other name', () => {
  const dir = new MemoryEntityDirectory();
  const ids = (d: Doc) => linkEntities(d, dir);
  const eu = ids(docWith('de', [['EU', 'ORG']])).get('eu');
  for (let i = 0; i < 3; i++) ids(docWith('de', [['EU', 'ORG']]));
  const union = ids(docWith('de', [['Europäische Union', 'ORG']])).get(nameKey('Europäische Union'));
  assert.notEqual(eu, union, 'apart while nothing says they are one');
  // `Die Europäische Union (EU) …`: the article's entity has both names
  const both = ids(docWith('de', [['Europäische Union', 'ORG', ['EU']]])).get(nameKey('Europäische Union'));
  assert.equal(both, eu);
  // and an article with the long name alone now finds the better known entity too
  assert.equal(ids(docWith('de', [['Europäische Union', 'ORG']])).get(nameKey('Europäische Union')), eu);
});

test("a club whose short name is its town's stays the club, however often the town is named", () => {
  const dir = new MemoryEntityDirectory();
  const ids = (d: Doc) => linkEntities(d, dir);
  for (let i = 0; i < 4; i++) ids(docWith('de', [['Kaltenbach', 'LOC']]));
  const club = ids(docWith('de', [['SV Kaltenbach 09', 'ORG']])).get(nameKey('SV Kaltenbach 09'));
  const again = ids(docWith('de', [['SV Kaltenbach 09', 'ORG', ['Kaltenbach']]])).get(nameKey('SV Kaltenbach 09'));
  assert.equal(again, club);
});
