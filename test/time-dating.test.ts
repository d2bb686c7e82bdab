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
  const de = estimateArticleDate('BERLIN, 5. Sept. (dpa) – Die Koalition hat sich geeinigt. Das Gesetz war 2016 beschlossen worden.', 'de');
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

test('a year-less dateline takes its year only from past or present dates', () => {
  // deadlines and plans name future years: they must not date the article
  const deadline = 'KIEL, 14. März (dpa) – Die Belegschaft der Werft bangt um ihre Stellen. Der Tarifvertrag, der Entlassungen bis 2031 ausschließt, gilt weiter.';
  assert.equal(estimateArticleDate(deadline, 'de'), null, 'no year from `bis 2031`');
  for (const plan of ['Ab 2032 gilt eine neue Regel.', 'Im Jahr 2033 soll das Werk schließen.', 'Spätestens 2034 wird umgestellt.']) {
    assert.equal(estimateArticleDate(`KIEL, 14. März (dpa) – Der Betriebsrat ist besorgt. ${plan}`, 'de'), null, plan);
  }
  // the most recent past year wins over a later deadline
  const both = estimateArticleDate(`${deadline} Im Jahr 2019 hatte die Werft noch 900 Beschäftigte, 2021 waren es 700.`, 'de');
  assert.deepEqual([both?.value, both?.source], ['2021-03-14', 'dateline']);
  const en = 'PORTLAND, June 9 (Reuters) - The plant will close. The union said jobs are protected until 2035 and the firm plans to be carbon-free by 2040.';
  assert.equal(estimateArticleDate(en, 'en'), null);
  const enPast = estimateArticleDate(en + ' The plant opened in 1998 and was expanded in 2012.', 'en');
  assert.equal(enPast?.value, '2012-06-09');
  // a closed range told in the past still counts: `von 2005 bis 2010 war`
  const range = estimateArticleDate('KIEL, 14. März (dpa) – Von 2005 bis 2010 war er Bürgermeister der Stadt.', 'de');
  assert.equal(range?.value, '2010-03-14');
});

test('the text estimate and the event date skip future-bounded dates', () => {
  const est = estimateArticleDate('Die Werft meldete am 3. Mai 2022 Kurzarbeit an. Entlassungen sind bis zum 31. Dezember 2030 ausgeschlossen.', 'de');
  assert.deepEqual([est?.value, est?.precision], ['2022-05-03', 'day']);
  const en = estimateArticleDate('The mill cut 200 jobs in March 2019. It must meet the new limits by January 2028.', 'en');
  assert.deepEqual([en?.value, en?.precision], ['2019-03', 'month']);
  assert.equal(estimateArticleDate('Die Stadt will bis 2030 klimaneutral sein. Ab 2028 fahren nur noch E-Busse.', 'de'), null);
  const dated = doc('Bis zum 30. Juni 2025 sollen alle Busse umgerüstet sein. Der Stadtrat beschloss das am Dienstag.', 'de', {
    value: '2024-03-08', precision: 'day', source: 'metadata', estimated: false, confidence: 1,
  });
  assert.deepEqual(dated.eventDate, { value: '2024-03-05', precision: 'day' }, 'the decision, not the deadline');
  const onlyDeadline = doc('The council wants all buses converted by June 30, 2025. Critics doubt it.', 'en', {
    value: '2024-03-08', precision: 'day', source: 'metadata', estimated: false, confidence: 1,
  });
  assert.equal(onlyDeadline.eventDate, null);
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
