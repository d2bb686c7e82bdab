import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayTitle, shorten } from '../src/text/titles.js';

test('a display title drops the wire dateline and is cut at a word boundary', () => {
  assert.equal(displayTitle(null, 'KALTENBACH, 7. Oktober (sid) – Der Trainerwechsel kam nicht überraschend. Mehr folgt.'), 'Der Trainerwechsel kam nicht überraschend');
  assert.equal(displayTitle(null, 'WASHINGTON (Reuters) - The talks ended.'), 'The talks ended');
  assert.equal(displayTitle('Eigener Titel', 'BERLIN (dpa) – Text.'), 'Eigener Titel');
  const long = shorten('Die USA und Russland haben sich beim G20-Gipfel nicht auf eine Waffenruhe für das Bürgerkriegsland Syrien einigen können', 60);
  assert.ok(long.length <= 62 && long.endsWith(' …'), long);
  assert.equal(shorten('Kurzer Satz'), 'Kurzer Satz');
});
