import { createHash } from 'node:crypto';
import type { Article, ArticleDate, RawArticle } from '../types.js';
import { cleanBody } from './clean.js';
import { parseDate } from './dates.js';
import { detectLanguage } from './language.js';
import { InputError } from './errors.js';

export interface PrepareOptions {
  /** Overrides from the command line (`--date`, `--lang`, `--source`). */
  date?: string;
  lang?: string;
  source?: string;
  /** Articles with a longer body are rejected (default 1 MB of text). */
  maxChars?: number;
}

export const DEFAULT_MAX_CHARS = 1_000_000;

/**
 * Cleans a raw article into an Article: body without credits, language, date with its
 * precision (or null: never the ingestion time), a content hash for exact duplicates, and an id.
 * Returns an InputError (never throws) when the article cannot be used.
 */
export function prepareArticle(raw: RawArticle, options: PrepareOptions = {}): { article: Article; warnings: string[] } | InputError {
  const warnings: string[] = [];
  const max = options.maxChars ?? DEFAULT_MAX_CHARS;
  if (raw.text.length > max) {
    return new InputError(raw.input, `article too large: ${(raw.text.length / 1e6).toFixed(1)} million characters (limit ${(max / 1e6).toFixed(1)} million)`);
  }
  const { text, credits } = cleanBody(raw.text);
  if (!text) return new InputError(raw.input, 'no article text after cleaning');
  if (!/\p{L}{2}/u.test(text)) return new InputError(raw.input, 'no words in the text');
  const title = raw.title ? cleanBody(raw.title).text || null : null;

  let date: ArticleDate | null = null;
  const dateString = options.date ?? raw.date;
  if (dateString) {
    const parsed = parseDate(dateString);
    if (parsed) {
      const source = options.date ? 'override' : (raw.dateSource ?? 'metadata');
      date = { ...parsed, source, estimated: false, confidence: 1 };
    } else {
      warnings.push(`${raw.input}: unreadable date ${JSON.stringify(dateString)}; article kept undated`);
    }
  }

  const lang = (options.lang ?? raw.lang ?? detectLanguage(`${title ?? ''}\n${text}`)).toLowerCase();
  const contentHash = sha256(`${normalise(title ?? '')}\n${normalise(text)}`);
  const id = raw.id ? sanitiseId(raw.id) : `a${contentHash.slice(0, 12)}`;
  const article: Article = {
    id,
    input: raw.input,
    url: raw.url ?? null,
    source: options.source ?? raw.source ?? null,
    title,
    text,
    lang,
    date,
    credits,
    contentHash,
  };
  return { article, warnings };
}

function normalise(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function sha256(s: string): string {
  return createHash('sha256').update(s).digest('hex');
}

/** IDs appear in URLs and shells: keep letters, digits and `._:-`. */
export function sanitiseId(id: string): string {
  const clean = id.normalize('NFC').replace(/[^\p{L}\p{N}._:-]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 120);
  return clean || 'article';
}
