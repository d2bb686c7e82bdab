import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeRoutePlaces } from '../src/extract/entities/route-places.js';
import { tidySpans, type TidySpan } from '../src/extract/entities/tidy.js';
import { taggerModel } from '../src/extract/entities/tagger.js';
import { spansOf } from '../src/extract/entities/tags.js';
import { tagSentence } from '../src/extract/entities/tagger.js';

const words = (s: string) => s.split(' ');
const span = (start: number, end: number, type: string): TidySpan => ({ start, end, type, split: false });
const noNoun = () => false;
/** The spans as `text/TYPE`, in order. */
const shown = (w: string[], spans: TidySpan[]) => spans.map((s) => `${w.slice(s.start, s.end).join(' ')}/${s.type}`);

test('a road number in a traffic report is a place; a model number is not', () => {
  const w = words('Stau auf der A9 bei Hof');
  assert.deepEqual(shown(w, completeRoutePlaces(w, [span(5, 6, 'LOC')], undefined, noNoun)), ['A9/LOC', 'Hof/LOC']);
  const r = words('B27 Richtung Tübingen ist frei');
  assert.deepEqual(shown(r, completeRoutePlaces(r, [span(2, 3, 'LOC')], undefined, noNoun)), ['B27/LOC', 'Tübingen/LOC']);
  const a = words('Nach dem Unfall auf der Autobahn 7 bei Kassel');
  assert.deepEqual(shown(a, completeRoutePlaces(a, [span(8, 9, 'LOC')], undefined, noNoun)), ['Autobahn 7/LOC', 'Kassel/LOC']);
  // no traffic words: the A4 of a product line stays as tagged
  const m = words('Die A4 brachte es auf 236 GB');
  assert.deepEqual(shown(m, completeRoutePlaces(m, [], undefined, noNoun)), []);
});

test('a name opened by a road number splits into the road and the places of the route', () => {
  const w = words('Vorsicht auf der A81 Stuttgart Richtung Heilbronn in Höhe Pleidelsheim');
  const out = completeRoutePlaces(w, [span(3, 7, 'ORG'), span(9, 10, 'LOC')], undefined, noNoun);
  assert.deepEqual(shown(w, out), ['A81/LOC', 'Stuttgart/LOC', 'Heilbronn/LOC', 'Pleidelsheim/LOC']);
});

test('the other end of a stretch between a place and a free word is a place, unless it is a common noun', () => {
  const w = words('Stau zwischen Pegnitz und Trockau wegen eines Unfalls');
  assert.deepEqual(shown(w, completeRoutePlaces(w, [span(2, 3, 'LOC')], undefined, noNoun)), ['Pegnitz/LOC', 'Trockau/LOC']);
  const first = words('zwischen Trockau und Bayreuth 3 km Stau');
  assert.deepEqual(shown(first, completeRoutePlaces(first, [span(3, 4, 'LOC')], undefined, noNoun)), ['Trockau/LOC', 'Bayreuth/LOC']);
  const noun = words('Streit zwischen Berlin und Opposition');
  assert.deepEqual(shown(noun, completeRoutePlaces(noun, [span(2, 3, 'LOC')], undefined, (x) => x === 'Opposition')), ['Berlin/LOC']);
  // neither end tagged: nothing is guessed
  const none = words('zwischen Himmel und Erde');
  assert.deepEqual(completeRoutePlaces(none, [], undefined, noNoun), []);
});

test('a town named with its river is one name; a street after an der is not the town\'s', () => {
  const w = words('Die Firma sitzt in Weilburg an der Lahn seit 1990');
  assert.deepEqual(shown(w, completeRoutePlaces(w, [span(4, 5, 'LOC'), span(7, 8, 'LOC')], undefined, noNoun)), ['Weilburg an der Lahn/LOC']);
  const street = words('in Weilburg an der Limburger Straße');
  assert.deepEqual(shown(street, completeRoutePlaces(street, [span(1, 2, 'LOC'), span(4, 6, 'LOC')], undefined, noNoun)), ['Weilburg/LOC', 'Limburger Straße/LOC']);
  // an untagged word after `an der` must be a known place, not a compound noun (`an der Endhaltestelle`)
  const stop = words('am Marktplatz an der Endhaltestelle');
  assert.deepEqual(shown(stop, completeRoutePlaces(stop, [span(1, 2, 'LOC')], undefined, noNoun)), ['Marktplatz/LOC']);
});

test('a district after a hyphen is the place itself, not a compound', () => {
  const w = words('zwischen Bruchsal und Karlsruhe-Nord');
  assert.deepEqual(shown(w, completeRoutePlaces(w, [span(1, 2, 'LOC'), span(3, 4, 'LOCpart')], undefined, noNoun)), ['Bruchsal/LOC', 'Karlsruhe-Nord/LOC']);
  // untagged or taken for another kind of name on a route: the place with its district
  const r = words('zwischen Altdorf und Weilheim-Nord 5 km Stau');
  assert.deepEqual(shown(r, completeRoutePlaces(r, [span(1, 2, 'LOC'), span(3, 4, 'MISC')], undefined, noNoun)), ['Altdorf/LOC', 'Weilheim-Nord/LOC']);
  const f = words('Stau bei Weilheim-Süd');
  assert.deepEqual(shown(f, completeRoutePlaces(f, [], undefined, noNoun)), ['Weilheim-Süd/LOC']);
  // a noun before the district is no place (`Tarif-West`), nor is a district word without a route
  const t = words('Der Tarif-West gilt weiter');
  assert.deepEqual(completeRoutePlaces(t, [], undefined, (x) => x === 'Tarif'), []);
  const c = words('die Karlsruhe-Reise');
  assert.deepEqual(shown(c, completeRoutePlaces(c, [span(1, 2, 'LOCpart')], undefined, noNoun)), ['Karlsruhe-Reise/LOCpart']);
});

test('the German tagger with tidying finds every place of a traffic report', (t) => {
  const res = taggerModel('de')?.resources;
  if (!res) return t.skip('German tagger model not shipped');
  const w = words('Auf der A9 Nürnberg Richtung Berlin zwischen Pegnitz und Bayreuth-Nord 3 km Stau .');
  const spans = tidySpans(w, spansOf(tagSentence('de', w)), 'de', res);
  const texts = shown(w, spans);
  for (const place of ['A9/LOC', 'Nürnberg/LOC', 'Berlin/LOC', 'Pegnitz/LOC', 'Bayreuth-Nord/LOC']) assert.ok(texts.includes(place), `${place} in ${texts.join(', ')}`);
  // odd input does not crash
  assert.deepEqual(completeRoutePlaces([], [], res, noNoun), []);
  assert.ok(Array.isArray(completeRoutePlaces(words('zwischen und'), [], res, noNoun)));
});
