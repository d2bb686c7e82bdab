import { decodeHTML as decodeEntities } from 'entities';
import { parseHTML } from 'linkedom';
import type { DomNode } from './dom-text.js';
import { domText } from './dom-text.js';
import { markupProblem } from './markup-limits.js';

/** The members of linkedom's Document that Chronik reads. */
export interface HtmlDocument {
  normalize(): void;
  documentElement: (DomNode & { getAttribute(name: string): string | null }) | null;
  body: DomNode | null;
  title: string;
  querySelector(selector: string): HtmlElement | null;
  querySelectorAll(selector: string): ArrayLike<HtmlElement>;
}

export interface HtmlElement extends DomNode {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** Larger than any article page; beyond it, even linear work on the DOM takes too long. */
export const MAX_PAGE_CHARS = 8_000_000;

/** Parses a whole page, or explains why it is refused. */
export function parsePage(markup: string): HtmlDocument | { problem: string } {
  if (markup.length > MAX_PAGE_CHARS) return { problem: `page too large (${(markup.length / 1e6).toFixed(1)} million characters, limit ${MAX_PAGE_CHARS / 1e6} million)` };
  const problem = markupProblem(markup);
  if (problem) return { problem };
  // Without an <html> element, linkedom makes the first element the document element and
  // leaves the document without head and body; a bare fragment is wrapped into a page instead.
  const page = /<html[\s>]/i.test(markup) ? markup : `<!doctype html><html><body>${markup}</body></html>`;
  const document = parseHTML(page).document as unknown as HtmlDocument;
  if (!document.documentElement || !document.body) return { problem: 'no HTML document structure' };
  // The parser splits text at every entity and stray `<`; merged, such text is one node again
  // instead of hundreds of thousands that would make the article extraction crawl.
  document.normalize();
  return document;
}

/**
 * Text of an HTML fragment such as a feed item's content. Plain text (no tags) comes back
 * with its paragraphs as they were; markup that is refused comes back with its tags dropped.
 */
export function fragmentText(fragment: string): string {
  if (!/<[a-zA-Z/!]/.test(fragment)) return decodeEntities(fragment).trim();
  const problem = markupProblem(fragment);
  if (problem) return decodeEntities(fragment.replace(/<[^>]*>/g, ' ')).replace(/[^\S\n]+/g, ' ').trim();
  // Without the wrapper, linkedom makes the fragment's first element the document element.
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  if (!document.body) return '';
  document.normalize();
  return domText(document.body as unknown as DomNode);
}
