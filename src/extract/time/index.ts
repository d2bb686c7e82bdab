/**
 * Pipeline component `time`: dates undated articles (dateline or text estimate), tags and
 * normalises temporal expressions against the article date, and picks the event date.
 */
import type { Component, Doc, PartialDate, Sentence, Timex } from '../../types.js';
import { estimateArticleDate, parseDateline } from './dating.js';
import { futureBounded } from './future.js';
import { guessLanguage } from './language.js';
import { tagTimexes } from './tagger.js';

export { estimateArticleDate, parseDateline } from './dating.js';
export { tagTimexes, type TagOptions } from './tagger.js';

/** Sentences at the start of the body that may state when the happening took place. */
const LEAD_SENTENCES = 3;

export const time: Component = {
  name: 'time',
  apply(doc: Doc) {
    const article = doc.article;
    const lang = article.lang === 'de' || article.lang === 'en' ? article.lang : guessLanguage(article.text);
    if (!article.date) article.date = estimateArticleDate(article.text, lang);
    doc.timexes = tagTimexes(article.text, { lang, anchor: article.date, sentences: doc.sentences });
    // the dateline states the publication date, not the happening
    const skip = parseDateline(article.text)?.end ?? 0;
    // a deadline or a plan (`bis 2030`, `soll im Mai beginnen`) is not when the happening took place
    const future = futureBounded(article.text, doc.timexes, lang, doc.sentences);
    doc.eventDate = eventDate(doc.timexes.filter((t, i) => t.start >= skip && !future[i]), doc.sentences);
  },
};

/**
 * When the reported happening took place: the first day-precise date in the lead sentences,
 * else the first month-precise one there; null when the lead names none.
 */
export function eventDate(timexes: Timex[], sentences: Sentence[]): PartialDate | null {
  const leadEnd = sentences.length ? sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]!.end : Infinity;
  let month: PartialDate | null = null;
  for (const t of timexes) {
    if (t.start >= leadEnd) break;
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T|$)/.exec(t.value);
    if (!m) continue;
    if (m[3]) return { value: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
    month ??= { value: `${m[1]}-${m[2]}`, precision: 'month' };
  }
  return month;
}
