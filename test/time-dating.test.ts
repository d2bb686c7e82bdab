import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Doc } from '../src/types.js';
import { sharedPath } from '../src/paths.js';
import { sentences } from '../src/text/index.js';
import { estimateArticleDate, time } from '../src/extract/time/index.js';

function doc(text: string, lang: string, date: Article['date']): Doc {
  const article: Article = { id: 't', input: 't', url: null, source: null, title: null, text, lang, date, credits: [], contentHash: '' };
  const d: Doc = { article, sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null };
  sentences.apply(d);
  time.apply(d);
  return d;
}

test('datelines date an undated article', () => {
  const de = estimateArticleDate('BERLIN, 5. Sept. (dpa) – Die Koalition hat sich geeinigt. Das Gesetz soll 2016 in Kraft treten.', 'de');
  assert.equal(de?.value, '2016-09-05');
  assert.equal(de?.source, 'dateline');
  assert.equal(de?.estimated, true);
  const en = estimateArticleDate('WASHINGTON, March 3, 2018 (Reuters) - The Senate voted on the bill.', 'en');
  assert.deepEqual([en?.value, en?.precision, en?.source], ['2018-03-03', 'day', 'dateline']);
  const numeric = estimateArticleDate('Berlin, 12.03.2018\nDer Stadtrat hat beschlossen, die Schule zu sanieren.', 'de');
  assert.equal(numeric?.value, '2018-03-12');
  for (const d of [de, en, numeric]) assert.ok(d && d.confidence > 0 && d.confidence <= 1);
  // a dateline without a year and no year in the text gives no date
  assert.equal(estimateArticleDate('BERLIN, 5. Sept. (dpa) – Die Koalition hat sich am Montag geeinigt.', 'de'), null);
});

test('the text estimate uses absolute dates with an honest precision', () => {
  const lead = estimateArticleDate('Am 5. September 2016 trafen sich Obama und Putin in Hangzhou. Sie sprachen über Syrien.', 'de');
  assert.deepEqual([lead?.value, lead?.precision, lead?.source], ['2016-09-05', 'day', 'text']);
  const month = estimateArticleDate('Die Regierung verhandelt weiter. Erst im März 2017 hatte sie einen Plan vorgelegt.', 'de');
  assert.deepEqual([month?.value, month?.precision], ['2017-03', 'month']);
  const later = estimateArticleDate('Talks went on. Both sides met. Then on March 3, 2018 the deal was signed in Geneva.', 'en');
  assert.deepEqual([later?.value, later?.precision], ['2018-03', 'month']);
  assert.ok(lead!.confidence > later!.confidence || lead!.confidence === 0.5);
});

test('an article without absolute dates stays undated', () => {
  const text = 'Die beiden Mächte verhandeln seit Monaten über Syrien. Diplomaten sagten am Montag, Tags zuvor habe es eine Einigung gegeben. In fünf Jahren Bürgerkrieg starben viele Menschen.';
  assert.equal(estimateArticleDate(text, 'de'), null);
  const d = doc(text, 'de', null);
  assert.equal(d.article.date, null);
  assert.equal(find(d, 'Montag').value, 'XXXX-XX-XX');
  assert.equal(d.eventDate, null);
  assert.equal(estimateArticleDate('', 'de'), null);
});

function find(d: Doc, phrase: string) {
  const t = d.timexes.find((x) => x.text.includes(phrase));
  assert.ok(t, `an expression containing "${phrase}"`);
  return t;
}

test('the component dates, tags and picks the event date', () => {
  const dated = doc('Obama und Putin trafen sich am Montag in Hangzhou. Die Gespräche sollen in den nächsten Tagen weitergehen.', 'de', {
    value: '2016-09-06', precision: 'day', source: 'metadata', estimated: false, confidence: 1,
  });
  assert.equal(find(dated, 'Montag').value, '2016-09-05');
  assert.deepEqual(dated.eventDate, { value: '2016-09-05', precision: 'day' });
  const undated = doc('WASHINGTON, March 3, 2018 (Reuters) - Senators met on Friday and agreed on the budget.', 'en', null);
  assert.equal(undated.article.date?.value, '2018-03-03');
  assert.equal(undated.article.date?.source, 'dateline');
  assert.equal(find(undated, 'Friday').value, '2018-03-02');
  assert.deepEqual(undated.eventDate, { value: '2018-03-02', precision: 'day' }, 'the happening, not the dateline');
});

test('the seed articles', (t) => {
  const seeds = sharedPath('seeds');
  if (!seeds) return t.skip('shared seeds not found (../shared/seeds)');
  const read = (name: string) => readFileSync(join(seeds, name), 'utf8');
  const first = read('000_fa0c3632cc7c58cd.txt');
  assert.equal(estimateArticleDate(first, 'de'), null, 'the first seed names no absolute date');
  const d = doc(first, 'de', { value: '2016-09-06', precision: 'day', source: 'metadata', estimated: false, confidence: 1 });
  const values = Object.fromEntries(d.timexes.map((x) => [x.text, x.value]));
  assert.equal(values['Montag'], '2016-09-05');
  assert.equal(values['Tags zuvor'], '2016-09-04');
  assert.equal(values['Monaten'], 'PXM');
  assert.equal(values['den nächsten Tagen'], 'FUTURE_REF');
  assert.equal(values['fünf Jahren'], 'P5Y');
  assert.deepEqual(d.eventDate, { value: '2016-09-05', precision: 'day' });
  const second = read('004_137170573b2b3442.txt').replace(/^\s*date\s+\S+\s*/, '');
  const s = doc(second, 'de', { value: '2017-11-11', precision: 'day', source: 'header', estimated: false, confidence: 1 });
  assert.equal(find(s, 'Samstag').value, '2017-11-11');
  assert.equal(find(s, 'sechs Jahren').value, 'P6Y');
  const month = doc(second, 'de', { value: '2017-11', precision: 'month', source: 'header', estimated: false, confidence: 1 });
  assert.equal(find(month, 'Samstag').value, '2017-11-XX');
});
