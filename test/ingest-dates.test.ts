import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate } from '../src/ingest/dates.js';

test('dates keep their precision', () => {
  assert.deepEqual(parseDate('2017'), { value: '2017', precision: 'year' });
  assert.deepEqual(parseDate('2017-11'), { value: '2017-11', precision: 'month' });
  assert.deepEqual(parseDate('2017-11-11'), { value: '2017-11-11', precision: 'day' });
  assert.deepEqual(parseDate('2017-11-11T23:30:00-05:00'), { value: '2017-11-11', precision: 'day' });
  assert.deepEqual(parseDate('11.11.2017'), { value: '2017-11-11', precision: 'day' });
  assert.deepEqual(parseDate('Sat, 11 Nov 2017 10:00:00 GMT'), { value: '2017-11-11', precision: 'day' });
  // Feeds: the day the publisher wrote, even when it is another day in UTC.
  assert.deepEqual(parseDate('Sun, 12 Nov 2017 00:30:00 +0100'), { value: '2017-11-12', precision: 'day' });
  assert.deepEqual(parseDate('12 Nov 2017 23:59 -0500'), { value: '2017-11-12', precision: 'day' });
});

test('impossible dates are rejected, not guessed', () => {
  for (const s of ['2017-13', '2017-02-30', 'yesterday', '', '99999', 'Montag', 'Sun, 31 Feb 2017 10:00:00 GMT']) assert.equal(parseDate(s), null, s);
});

test('a date inside a scraped label is found, at its own precision', () => {
  const cases: [string, string][] = [
    ['Published : Dec. 19, 2005 at 9 : 44 PM', '2005-12-19'],
    ['Last Updated : Tuesday, 20 December 2005, 10 : 39', '2005-12-20'],
    ['PUBLISHED : 02 : 31 GMT, 12 March 2013 |', '2013-03-12'],
    ['updated 12 / 19 / 2005 2 : 48 : 40 PM ET', '2005-12-19'],
    ['Last updated 15 : 48 15 / 09 / 2013', '2013-09-15'],
    ['Edited on Mon Dec - 19 - 05 03 : 49 PM', '2005-12-19'],
    ['published : 2012 - 04 - 04 11 : 47 : 35', '2012-04-04'],
    ['Sunday, November 27 - 2005 at 16 : 12', '2005-11-27'],
    ['Aktualisiert am 19. Dezember 2005, 14:30 Uhr', '2005-12-19'],
    ['Stand: 03.11.2017 18:02 Uhr', '2017-11-03'],
  ];
  for (const [s, value] of cases) assert.deepEqual(parseDate(s), { value, precision: 'day' }, s);
  assert.deepEqual(parseDate('Ausgabe Dezember 2005'), { value: '2005-12', precision: 'month' });
});

test('text without a whole date in it stays undated', () => {
  for (const s of ['Updated 9 : 06 AM', 'Mumbai, Nov 11 -', 'In 2008, he stopped Thompson in the 11th round.', 'He had 11 and 11', 'Published : Feb 30, 2013']) {
    assert.equal(parseDate(s), null, s);
  }
});
