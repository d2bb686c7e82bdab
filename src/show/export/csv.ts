import { stringify } from 'csv-stringify/sync';
import type { StoryView } from '../views.js';

const COLUMNS = [
  'story_id', 'story_title', 'event_id', 'event_date', 'event_title',
  'article_id', 'article_date', 'article_title', 'lang', 'source', 'entities',
] as const;

/**
 * One row per article (RFC 4180, header row, UTF-8): its story and event, dates as
 * `YYYY[-MM[-DD]]` (estimated ones prefixed `~`, undated empty) and the event's key entities.
 * Undated articles that belong to no event appear with empty event columns.
 */
export function storiesToCsv(stories: StoryView[]): string {
  const rows: string[][] = [];
  for (const s of stories) {
    for (const e of s.events) {
      for (const a of e.articles) {
        rows.push([s.id, s.title, e.id, date(e.date), e.title, a.id, date(a.date), a.title, a.lang ?? '', a.source ?? '', e.entities.join('; ')]);
      }
    }
    for (const a of s.undated) rows.push([s.id, s.title, '', '', '', a.id, '', a.title, a.lang ?? '', a.source ?? '', '']);
  }
  return stringify(rows, { header: true, columns: [...COLUMNS], record_delimiter: 'windows' });
}

function date(d: { value: string; estimated?: boolean } | null): string {
  return d ? `${d.estimated ? '~' : ''}${d.value}` : '';
}
