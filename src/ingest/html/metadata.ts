import type { HtmlDocument } from './parse.js';

/** What a news page says about itself in its head: meta tags, JSON-LD, `<html lang>`. */
export interface PageMetadata {
  title?: string;
  date?: string;
  lang?: string;
  url?: string;
  source?: string;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="dc.date"]',
  'meta[property="og:published_time"]',
];

export function pageMetadata(doc: HtmlDocument): PageMetadata {
  const ld = jsonLdArticle(doc);
  const meta: PageMetadata = {};
  const title = metaContent(doc, 'meta[property="og:title"]') ?? ld.headline ?? metaContent(doc, 'meta[name="twitter:title"]');
  if (title) meta.title = title;
  const date = ld.datePublished ?? firstMeta(doc, DATE_META) ?? doc.querySelector('time[datetime]')?.getAttribute('datetime')?.trim();
  if (date) meta.date = date;
  const lang = doc.documentElement?.getAttribute('lang') ?? metaContent(doc, 'meta[http-equiv="content-language"]') ?? ld.inLanguage ?? metaContent(doc, 'meta[property="og:locale"]');
  const code = lang ? /^([a-z]{2,3})(?:[-_]|$)/i.exec(lang.trim())?.[1]?.toLowerCase() : undefined;
  if (code) meta.lang = code;
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() ?? metaContent(doc, 'meta[property="og:url"]');
  if (url) meta.url = url;
  const source = metaContent(doc, 'meta[property="og:site_name"]') ?? ld.publisher;
  if (source) meta.source = source;
  return meta;
}

function metaContent(doc: HtmlDocument, selector: string): string | undefined {
  const v = doc.querySelector(selector)?.getAttribute('content')?.trim();
  return v ? v : undefined;
}

function firstMeta(doc: HtmlDocument, selectors: string[]): string | undefined {
  for (const s of selectors) {
    const v = metaContent(doc, s);
    if (v) return v;
  }
  return undefined;
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  inLanguage?: string;
  publisher?: string;
}

const ARTICLE_TYPES = /^(?:News)?Article$|^(?:Report|BlogPosting|LiveBlogPosting|AnalysisNewsArticle|ReportageNewsArticle)$/;

/** The first schema.org article object in the page's JSON-LD blocks (broken blocks are skipped). */
function jsonLdArticle(doc: HtmlDocument): LdArticle {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let value: unknown;
    try {
      value = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticle(value, 0);
    if (found) return found;
  }
  return {};
}

function findArticle(value: unknown, depth: number): LdArticle | null {
  if (!value || typeof value !== 'object' || depth > 4) return null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findArticle(v, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const o = value as Record<string, unknown>;
  const types = Array.isArray(o['@type']) ? o['@type'] : [o['@type']];
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
    const out: LdArticle = {};
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
    const headline = str(o.headline), date = str(o.datePublished) ?? str(o.dateCreated), lang = str(o.inLanguage);
    const publisher = o.publisher && typeof o.publisher === 'object' ? str((o.publisher as Record<string, unknown>).name) : str(o.publisher);
    if (headline) out.headline = headline;
    if (date) out.datePublished = date;
    if (lang) out.inLanguage = lang;
    if (publisher) out.publisher = publisher;
    return out;
  }
  return findArticle(o['@graph'], depth + 1);
}

/**
 * Drops the site name that page titles carry (`Gipfel in Genf | Beispielzeitung`): the part
 * after the last separator when it is the site's name or much shorter than the rest.
 */
export function stripSiteName(title: string, siteName?: string): string {
  const parts = title.split(/\s+[|–—·-]\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts[parts.length - 1]!.trim();
  const rest = title.slice(0, title.lastIndexOf(last)).replace(/\s+[|–—·-]\s*$/, '').trim();
  const isSite = siteName ? last.toLowerCase() === siteName.trim().toLowerCase() : last.split(/\s+/).length <= 3 && rest.length > 2 * last.length;
  return isSite && rest ? rest : title.trim();
}
