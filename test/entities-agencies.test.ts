import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineAgency, retypeAgencies } from '../src/extract/entities/agencies.js';
import type { EntityType } from '../src/types.js';

const at = (text: string, name: string, type: EntityType) => {
  const start = text.indexOf(name);
  return { text: name, type, start, end: start + name.length };
};

test("a dateline's agency and the article's source are organisations", () => {
  const text = 'GENEVA (Northwire) - Negotiators met in Geneva on Thursday, Northwire learned.';
  assert.equal(text.slice(datelineAgency(text)!.start, datelineAgency(text)!.end), 'Northwire');
  const out = retypeAgencies(text, [at(text, 'GENEVA', 'LOC'), at(text, 'Northwire', 'LOC'), at(text, 'Geneva', 'LOC')], null);
  assert.deepEqual(out.map((m) => m.type), ['LOC', 'ORG', 'LOC']);
  const de = 'Die Gespräche dauerten sieben Stunden, meldete Kaltpress.';
  assert.equal(retypeAgencies(de, [at(de, 'Kaltpress', 'PER')], 'Kaltpress')[0]!.type, 'ORG');
  // no dateline, no source: nothing changes
  const plain = 'Anna Weber (SPD) sprach in Berlin.';
  assert.equal(datelineAgency(plain), null);
  assert.deepEqual(retypeAgencies(plain, [at(plain, 'Anna Weber', 'PER')], null).map((m) => m.type), ['PER']);
});
