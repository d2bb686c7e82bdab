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
