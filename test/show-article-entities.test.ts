// An article's entity list in the terminal: each entity once, under the form the article uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleEntityNames } from '../src/show/terminal.js';
import type { MentionView } from '../src/show/views.js';
import type { EntityType } from '../src/types.js';

const m = (text: string, type: EntityType, entity: string | null = null, start = 0): MentionView => ({ text, type, start, end: start + text.length, entity });

test('an entity named with and without a possessive is listed once, without it', () => {
  const names = articleEntityNames([
    m("Brackley Freight's", 'ORG', 'en47', 78),
    m('Harwick', 'LOC', 'en49', 110),
    m('Brackley Freight', 'ORG', 'en47', 674),
    m('Harwick', 'LOC', 'en49', 864),
  ]);
  assert.deepEqual(names, ['Brackley Freight (ORG)', 'Harwick (LOC)']);
});

test("the form the article uses most names the entity; mentions without an entity id stay apart by text", () => {
  const names = articleEntityNames([
    m('Wladimir Putin', 'PER', 'en1'),
    m('Putin', 'PER', 'en1'),
    m('Putin', 'PER', 'en1'),
    m('Kreml', 'ORG'),
    m('Moskau', 'LOC'),
  ]);
  assert.deepEqual(names, ['Putin (PER)', 'Kreml (ORG)', 'Moskau (LOC)']);
});
