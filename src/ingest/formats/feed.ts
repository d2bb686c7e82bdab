import { createHash } from 'node:crypto';
import { parseFeed } from 'feedsmith';
import type { RawArticle } from '../../types.js';
import { InputError, NotArticleFile } from '../errors.js';
import { fragmentText } from '../html/parse.js';
import { markupProblem } from '../html/markup-limits.js';

const FEED_MAX_NODES = 5_000_000;

/** A feed field: plain string or Atom's `{ value, type }` text construct. */
type TextField = string | { value?: string } | undefined;

/** The item fields Chronik reads, across RSS 2.0, RSS 1.0 (RDF) and Atom. */
interface FeedItem {
  title?: TextField;
  link?: string;
  links?: { href?: string; rel?: string }[];
  guid?: string | { value?: string; isPermaLink?: boolean };
  id?: string;
  description?: TextField;
  summary?: TextField;
  content?: TextField | { encoded?: string };
  pubDate?: string;
  published?: string;
  updated?: string;
  dc?: { date?: string; dates?: string[]; language?: string };
}

interface Feed {
  title?: TextField;
  language?: string;
  items?: FeedItem[];
  entries?: FeedItem[];
  dc?: { language?: string };
  xml?: { lang?: string };
}

/**
 * An RSS or Atom feed → one article per item, with the item's full content when the feed
 * carries it (`content:encoded`, Atom `content`), else its description or summary. Items
 * without any text are reported one by one; the others are still read.
 */
export function parseFeedDocument(xml: string, input: string): (RawArticle | InputError)[] {
  // The XML parser builds nested objects recursively: refuse what would exhaust it. Its cost
  // per node is small, so a feed may hold far more nodes than a page; each item's HTML
  // content is checked against the page limits when it is read.
  const problem = markupProblem(xml, { maxNodes: FEED_MAX_NODES });
  if (problem) return [new InputError(input, `cannot read feed: ${problem}`)];
  let feed: Feed;
  try {
    feed = (parseFeed(xml) as { feed: Feed }).feed;
  } catch (e) {
    return [new NotArticleFile(input, `not an RSS or Atom feed (${(e as Error).message})`)];
  }
  const items = feed.items ?? feed.entries ?? [];
  if (!items.length) return [new InputError(input, 'feed has no items')];
  const lang = language(feed.language ?? feed.dc?.language ?? feed.xml?.lang);
  const source = textOf(feed.title);
  return items.map((item, i) => {
    const where = `${input}#${i + 1}`;
    try {
      return toRawArticle(item, where, lang, source);
    } catch (e) {
      return new InputError(where, `cannot read feed item: ${(e as Error).message}`);
    }
  });
}

function toRawArticle(item: FeedItem, input: string, lang: string | undefined, source: string | undefined): RawArticle | InputError {
  const body = contentOf(item);
  const text = body ? fragmentText(body) : '';
  if (!text.trim()) return new InputError(input, 'feed item has no text');
  const raw: RawArticle = { input, text };
  const title = textOf(item.title);
  if (title) raw.title = fragmentText(title).replace(/\s+/g, ' ');
  const guid = typeof item.guid === 'string' ? item.guid : item.guid?.value;
  // An RSS guid is the item's permanent link unless the feed says otherwise.
  const permalink = guid && /^https?:\/\//i.test(guid) && (typeof item.guid !== 'object' || item.guid.isPermaLink !== false) ? guid : undefined;
  const url = item.link ?? item.links?.find((l) => !l.rel || l.rel === 'alternate')?.href ?? permalink;
  if (url) raw.url = url.trim();
  const key = guid ?? item.id ?? url;
  // A stable id from the item's own identity, so a re-fetched feed maps onto the same articles.
  if (key) raw.id = `f${createHash('sha1').update(key).digest('hex').slice(0, 12)}`;
  const date = item.pubDate ?? item.published ?? item.dc?.date ?? item.dc?.dates?.[0] ?? item.updated;
  if (date) {
    raw.date = date;
    raw.dateSource = 'metadata';
  }
  const itemLang = language(item.dc?.language) ?? lang;
  if (itemLang) raw.lang = itemLang;
  if (source) raw.source = source;
  return raw;
}

function contentOf(item: FeedItem): string | undefined {
  const content = item.content;
  if (content && typeof content === 'object' && 'encoded' in content && content.encoded?.trim()) return content.encoded;
  return textOf(content as TextField) ?? textOf(item.description) ?? textOf(item.summary);
}

function textOf(field: TextField): string | undefined {
  const v = typeof field === 'string' ? field : field?.value;
  return v && v.trim() ? v.trim() : undefined;
}

function language(tag: string | undefined): string | undefined {
  return tag ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim())?.[1]?.toLowerCase() : undefined;
}
