import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeMentions, type RawMention } from '../src/extract/entities/merge.js';
import type { EntityType } from '../src/types.js';

/** Mentions at the positions where the names occur in `text`. */
function mentionsIn(text: string, names: [string, EntityType][]): RawMention[] {
  const out: RawMention[] = [];
  let from = 0;
  for (const [name, type] of names) {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    out.push({ text: name, type, start, end: start + name.length });
    from = start + name.length;
  }
  return out;
}

test('a surname and its genitive join the full name; the fullest form names the entity', () => {
  const text = 'Putin traf Wladimir Putin nicht. Putins Sprecher Dmitri Peskow sagte, Peskow wisse nichts. Syriens Lage in Syrien.';
  const { mentions, entities } = mergeMentions(
    mentionsIn(text, [
      ['Putin', 'PER'], ['Wladimir Putin', 'PER'], ['Putins', 'PER'], ['Dmitri Peskow', 'PER'], ['Peskow', 'PER'], ['Syriens', 'LOC'], ['Syrien', 'LOC'],
    ]),
  );
  const putin = entities.find((e) => e.name === 'Wladimir Putin');
  assert.ok(putin, JSON.stringify(entities));
  assert.equal(putin.type, 'PER');
  assert.equal(putin.mentions, 3);
  assert.deepEqual(putin.aliases, ['Putin', 'Putins']);
  const syria = entities.find((e) => e.key === 'syrien');
  assert.ok(syria);
  assert.equal(syria.name, 'Syrien');
  assert.equal(syria.mentions, 2);
  assert.equal(entities.length, 3);
  // every mention points at its entity's key, in text order
  assert.deepEqual(mentions.map((m) => m.entity), ['wladimir putin', 'wladimir putin', 'wladimir putin', 'dmitri peskow', 'dmitri peskow', 'syrien', 'syrien']);
  assert.ok(mentions.every((m, i) => i === 0 || mentions[i - 1]!.start <= m.start));
});

test('different people with one surname stay apart when both full names are given', () => {
  const text = 'Hillary Clinton und Bill Clinton kamen. Clinton sprach.';
  const { entities } = mergeMentions(mentionsIn(text, [['Hillary Clinton', 'PER'], ['Bill Clinton', 'PER'], ['Clinton', 'PER']]));
  assert.equal(entities.filter((e) => e.name.endsWith('Clinton') && e.name.includes(' ')).length, 2);
  assert.equal(entities.length, 2);
});

test('a place is not merged into a person by a shared word, and English possessives are dropped', () => {
  const text = "Washington said Washington's allies met George Washington.";
  const { entities } = mergeMentions(mentionsIn(text, [['Washington', 'LOC'], ["Washington's", 'LOC'], ['George Washington', 'PER']]));
  const loc = entities.find((e) => e.type === 'LOC');
  assert.ok(loc);
  assert.equal(loc.name, 'Washington');
  assert.equal(loc.mentions, 2);
  assert.ok(entities.some((e) => e.type === 'PER' && e.name === 'George Washington'));
});

test('no mentions, odd text', () => {
  assert.deepEqual(mergeMentions([]), { mentions: [], entities: [] });
  const { entities } = mergeMentions([{ text: '„“', type: 'ORG', start: 0, end: 2 }]);
  assert.equal(entities.length, 0);
});

test('a name cut out of a compound joins the person it names and takes the entity type', () => {
  const text = 'Baschar al-Assad sprach. Die Assad-Armee rückte vor. Beim G20-Gipfel war es still.';
  const at = (s: string) => text.indexOf(s);
  const { mentions, entities } = mergeMentions([
    { text: 'Baschar al-Assad', type: 'PER', start: 0, end: 16 },
    { text: 'Assad', type: 'LOC', start: at('Assad-'), end: at('Assad-') + 5, fromCompound: true },
    { text: 'G20', type: 'ORG', start: at('G20'), end: at('G20') + 3, fromCompound: true },
  ]);
  assert.equal(entities.length, 2, JSON.stringify(entities));
  const assad = entities.find((e) => e.name === 'Baschar al-Assad')!;
  assert.equal(assad.type, 'PER');
  assert.equal(assad.mentions, 2);
  assert.deepEqual(mentions.map((m) => `${m.text}/${m.type}`), ['Baschar al-Assad/PER', 'Assad/PER', 'G20/ORG']);
});

test('a surname typed as a place still names the person, unless it is a known place or follows a preposition of place', () => {
  const text = 'Bezirksleiter Stefan Ohlendorf kritisierte den Plan. „Das reicht nicht“, sagte Ohlendorf. Anna Lindqvist flog nach Lindqvist. George Washington sagte Washington ab.';
  const places = new Set(['Washington']);
  const { mentions, entities } = mergeMentions(
    mentionsIn(text, [['Stefan Ohlendorf', 'PER'], ['Ohlendorf', 'LOC'], ['Anna Lindqvist', 'PER'], ['Lindqvist', 'LOC'], ['George Washington', 'PER'], ['Washington', 'LOC']]),
    { text, isKnownPlace: (name) => places.has(name) },
  );
  const ohlendorf = entities.find((e) => e.name === 'Stefan Ohlendorf');
  assert.ok(ohlendorf, JSON.stringify(entities));
  assert.equal(ohlendorf.type, 'PER');
  assert.equal(ohlendorf.mentions, 2);
  assert.equal(mentions[1]!.type, 'PER');
  // `nach Lindqvist` is a place of that name; `Washington` a place the gazetteer knows
  assert.deepEqual(entities.filter((e) => e.type === 'LOC').map((e) => e.name), ['Lindqvist', 'Washington']);
});

test('a first name alone names the one person of the article called so', () => {
  const text = 'Der Verein trennte sich von Trainer Ralf Wienecke. „Wir haben lange an Ralf festgehalten“, sagte Uwe Rademacher.';
  const { entities } = mergeMentions(mentionsIn(text, [['Ralf Wienecke', 'PER'], ['Ralf', 'PER'], ['Uwe Rademacher', 'PER']]));
  assert.deepEqual(entities.map((e) => [e.name, e.mentions]), [['Ralf Wienecke', 2], ['Uwe Rademacher', 1]]);
  // two people of that first name: it stays apart
  const two = 'Ralf Wienecke und Ralf Berger stritten. Ralf ging.';
  const r = mergeMentions(mentionsIn(two, [['Ralf Wienecke', 'PER'], ['Ralf Berger', 'PER'], ['Ralf', 'PER']]));
  assert.equal(r.entities.length, 3);
});

test('a lone "person" named like a word of one organisation is that organisation, unless a person bears the name', () => {
  const text = 'Der SV Kaltenbach 09 hat sich von Trainer Ralf Wienecke getrennt. Wienecke hatte Kaltenbach vor drei Jahren übernommen.';
  const { mentions, entities } = mergeMentions(mentionsIn(text, [['SV Kaltenbach 09', 'ORG'], ['Ralf Wienecke', 'PER'], ['Wienecke', 'PER'], ['Kaltenbach', 'PER']]));
  assert.deepEqual(entities.map((e) => [e.name, e.type, e.mentions]), [['SV Kaltenbach 09', 'ORG', 2], ['Ralf Wienecke', 'PER', 2]]);
  assert.equal(mentions[3]!.type, 'ORG');
  const other = 'Die Porsche Holding meldet Gewinne. Wolfgang Porsche sagte, Porsche sei zufrieden.';
  const r = mergeMentions(mentionsIn(other, [['Porsche Holding', 'ORG'], ['Wolfgang Porsche', 'PER'], ['Porsche', 'PER']]));
  assert.equal(r.entities.find((e) => e.name === 'Wolfgang Porsche')?.mentions, 2);
});

test('a one-word "place" off the map that starts one organisation\'s name is that organisation; a known place or one after a preposition of place is not', () => {
  const text = 'Calloway will die Weserstrom Batterie AG kaufen. Weserstrom beschäftigt 2300 Menschen. In Bremen und in Deltawerk gibt es Proteste. Die Bremen Logistik GmbH und die Deltawerk Service GmbH schweigen.';
  const places = new Set(['Bremen']);
  const { mentions, entities } = mergeMentions(
    mentionsIn(text, [['Weserstrom Batterie AG', 'ORG'], ['Weserstrom', 'LOC'], ['Bremen', 'LOC'], ['Deltawerk', 'LOC'], ['Bremen Logistik GmbH', 'ORG'], ['Deltawerk Service GmbH', 'ORG']]),
    { text, isKnownPlace: (name) => places.has(name) },
  );
  const weserstrom = entities.find((e) => e.name === 'Weserstrom Batterie AG')!;
  assert.equal(weserstrom.type, 'ORG');
  assert.equal(weserstrom.mentions, 2);
  assert.equal(mentions[1]!.type, 'ORG', 'the short form takes the organisation\'s type');
  // `Bremen` is on the map; `in Deltawerk` names a place of that name
  assert.deepEqual(entities.filter((e) => e.type === 'LOC').map((e) => e.name).sort(), ['Bremen', 'Deltawerk']);
  // without the article's context (no gazetteer to ask), a place stays a place
  assert.equal(mergeMentions(mentionsIn(text, [['Weserstrom Batterie AG', 'ORG'], ['Weserstrom', 'LOC']])).entities.length, 2);
});

test('an organisation named by the first words of its fuller name joins it; a hyphenated compound names something else', () => {
  const text = 'Juventus Turin gewann. Juventus führt. Die ZTE-Smartphones kommen. ZTE liefert.';
  const { entities } = mergeMentions(mentionsIn(text, [['Juventus Turin', 'ORG'], ['Juventus', 'ORG'], ['ZTE-Smartphones', 'ORG'], ['ZTE', 'ORG']]));
  assert.deepEqual(entities.map((e) => `${e.name}/${e.mentions}`), ['Juventus Turin/2', 'ZTE-Smartphones/1', 'ZTE/1']);
});

test('an organisation is not the short form of a longer name that goes on about something else, nor is a nationality or a city on the map', () => {
  const text = 'The Microsoft Security Response Center issued a patch. Microsoft said more would follow. '
    + 'The Indian Navy sent ships; Indian officials agreed. The Philadelphia Inquirer reported that Philadelphia police came. '
    + 'Calloway Industries will buy Weserstrom Batterie AG. Calloway said Weserstrom would stay.';
  const mapped = new Set(['Philadelphia']);
  const { entities } = mergeMentions(
    mentionsIn(text, [
      ['Microsoft Security Response Center', 'ORG'], ['Microsoft', 'ORG'], ['Indian Navy', 'ORG'], ['Indian', 'MISC'],
      ['Philadelphia Inquirer', 'ORG'], ['Philadelphia', 'ORG'], ['Calloway Industries', 'ORG'], ['Weserstrom Batterie AG', 'ORG'],
      ['Calloway', 'PER'], ['Weserstrom', 'ORG'],
    ]),
    { text, isKnownPlace: (name) => mapped.has(name), isMappedPlace: (name) => mapped.has(name) },
  );
  const byName = (n: string) => entities.find((e) => e.name === n);
  for (const n of ['Microsoft Security Response Center', 'Microsoft', 'Indian Navy', 'Indian', 'Philadelphia Inquirer', 'Philadelphia']) {
    assert.equal(byName(n)?.mentions, 1, `${n} stands apart: ${JSON.stringify(entities.map((e) => e.name))}`);
  }
  // one word besides a legal form: the same company
  assert.equal(byName('Calloway Industries')?.mentions, 2);
  assert.equal(byName('Weserstrom Batterie AG')?.mentions, 2);
});

test("an organisation's acronym joins it: by the name's initials or written in brackets after it, not a country code in a results list", () => {
  const text = 'Die Europäische Union und die Europäische Zentralbank (EZB) beraten. Die EU und die EZB einigten sich. '
    + 'Sieger wurde HC Litvinov (CZE) vor dem EHC Linz.';
  const { entities } = mergeMentions(
    mentionsIn(text, [
      ['Europäische Union', 'ORG'], ['Europäische Zentralbank', 'ORG'], ['EZB', 'ORG'], ['EU', 'ORG'], ['EZB', 'ORG'],
      ['HC Litvinov', 'ORG'], ['CZE', 'ORG'], ['EHC Linz', 'ORG'],
    ]),
    { text, isKnownPlace: () => false },
  );
  const byName = (n: string) => entities.find((e) => e.name === n);
  assert.equal(byName('Europäische Union')?.mentions, 2);
  assert.equal(byName('Europäische Zentralbank')?.mentions, 3);
  assert.equal(byName('HC Litvinov')?.mentions, 1);
  assert.ok(byName('CZE'), 'the country code stays apart');
});

test('an organisation named by the last words of its full name joins that name, in either language', () => {
  const en = 'The European Commission cleared the deal. The Commission said the sale was needed.';
  const { entities: enEntities, mentions } = mergeMentions(mentionsIn(en, [['European Commission', 'ORG'], ['Commission', 'ORG']]));
  assert.deepEqual(enEntities.map((e) => `${e.name}/${e.type}/${e.mentions}`), ['European Commission/ORG/2']);
  assert.deepEqual(mentions.map((m) => m.entity), ['european commission', 'european commission']);
  const de = 'Die Europäische Kommission prüft den Fall. Die Kommission will im Mai entscheiden.';
  const { entities: deEntities } = mergeMentions(mentionsIn(de, [['Europäische Kommission', 'ORG'], ['Kommission', 'ORG']]));
  assert.deepEqual(deEntities.map((e) => `${e.name}/${e.mentions}`), ['Europäische Kommission/2']);
  // two organisations ending alike: the short form names neither
  const two = 'Die Europäische Kommission und die Deutsche Kommission tagten. Die Kommission schwieg.';
  const { entities: twoEntities } = mergeMentions(mentionsIn(two, [['Europäische Kommission', 'ORG'], ['Deutsche Kommission', 'ORG'], ['Kommission', 'ORG']]));
  assert.equal(twoEntities.length, 3);
  // a place is no short form of an organisation
  const loc = 'Die Bank of England warnte. In England stiegen die Preise.';
  const { entities: locEntities } = mergeMentions(mentionsIn(loc, [['Bank of England', 'ORG'], ['England', 'LOC']]));
  assert.equal(locEntities.length, 2);
});

test('a place name after a club’s abbreviation is no short form of the club: linking decides', () => {
  const text = 'Der TSV Rheinfels verlor. In Rheinfels war es still.';
  const { entities } = mergeMentions(mentionsIn(text, [['TSV Rheinfels', 'ORG'], ['Rheinfels', 'ORG']]));
  assert.equal(entities.length, 2, JSON.stringify(entities));
});
