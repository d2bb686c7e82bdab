import { decodeHTML as decodeEntities } from 'entities';
import { parseHTML } from 'linkedom';
import type { DomNode } from './dom-text.js';
import { domText } from './dom-text.js';
import { markupProblem } from './markup-limits.js';

/** The members of linkedom's Document that Chronik reads. */
export interface HtmlDocument {
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

/** Parses a whole page, or explains why it is refused. */
export function parsePage(markup: string): HtmlDocument | { problem: string } {
  const problem = markupProblem(markup);
  if (problem) return { problem };
  return parseHTML(markup).document as unknown as HtmlDocument;
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
  return document.body ? domText(document.body as unknown as DomNode) : '';
}
