import { Readability } from '@mozilla/readability';
import type { RawArticle } from '../../types.js';
import { InputError } from '../errors.js';
import { domText, type DomNode } from '../html/dom-text.js';
import { pageMetadata, stripSiteName } from '../html/metadata.js';
import { parsePage, type HtmlDocument } from '../html/parse.js';

/** Readability gives up (throws) on pages with more elements than this. */
const MAX_READABILITY_ELEMENTS = 100_000;

/** Below this many characters the extracted body is no article, so the page's own containers are tried. */
const MIN_ARTICLE_CHARS = 200;

/**
 * A saved news page → one article: the body found by Readability (navigation, teasers and
 * footers dropped), title, date, language, canonical URL and site name from the page's
 * metadata. Pages Readability cannot read fall back to the `<article>`/`<main>` element or
 * the whole body.
 */
export function parseHtmlPage(markup: string, input: string, id: string): RawArticle | InputError {
  try {
    return readPage(markup, input, id);
  } catch (e) {
    // The DOM library can trip over markup no page should have; that is this input's problem alone.
    return new InputError(input, `cannot read HTML: ${(e as Error).message}`);
  }
}

function readPage(markup: string, input: string, id: string): RawArticle | InputError {
  const parsed = parsePage(markup);
  if ('problem' in parsed) return new InputError(input, `cannot read HTML: ${parsed.problem}`);
  const meta = pageMetadata(parsed);
  const fallbackTitle = parsed.title?.trim() || undefined;
  // Readability changes the document it reads, so the fallback works on a fresh parse.
  let text = readableText(parsed);
  let title = meta.title ?? fallbackTitle;
  if (text.length < MIN_ARTICLE_CHARS) {
    const fresh = parsePage(markup);
    const fallback = 'problem' in fresh ? '' : containerText(fresh);
    if (fallback.length > text.length) text = fallback;
  }
  if (!text.trim()) return new InputError(input, 'no article text found in the HTML page');
  const raw: RawArticle = { input, id, text };
  if (title) {
    title = stripSiteName(title, meta.source);
    // The body often repeats the headline as its first paragraph.
    if (raw.text.startsWith(`${title}\n\n`)) raw.text = raw.text.slice(title.length + 2);
    raw.title = title;
  }
  if (meta.date) {
    raw.date = meta.date;
    raw.dateSource = 'metadata';
  }
  if (meta.lang) raw.lang = meta.lang;
  if (meta.url) raw.url = meta.url;
  if (meta.source) raw.source = meta.source;
  return raw;
}

function readableText(doc: HtmlDocument): string {
  try {
    const reader = new Readability<DomNode>(doc as unknown as ConstructorParameters<typeof Readability>[0], {
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
      serializer: (node) => node as unknown as DomNode,
    });
    const article = reader.parse();
    return article?.content ? domText(article.content) : '';
  } catch {
    // Readability throws on oversized pages and can trip over odd markup; the fallback reads those.
    return '';
  }
}

const CONTAINER_SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'picture', 'img', 'form', 'button', 'select', 'textarea', 'input', 'nav',
  'figcaption', 'head', 'title', 'header', 'footer', 'aside',
]);

function containerText(doc: HtmlDocument): string {
  const root = doc.querySelector('article') ?? doc.querySelector('main') ?? doc.body;
  return root ? domText(root, CONTAINER_SKIP) : '';
}
