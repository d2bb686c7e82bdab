/**
 * Plain text from a DOM subtree, with paragraphs separated by blank lines the way Chronik's
 * plain-text articles are. The walk is iterative, so pathologically deep markup cannot
 * overflow the stack, and it never reads script, style or other non-text content.
 */

/** The few DOM members the walk needs (linkedom's nodes have them). */
export interface DomNode {
  nodeType: number;
  localName?: string | null;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements whose content is never article text. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed',
  'video', 'audio', 'picture', 'img', 'form', 'button', 'select', 'textarea', 'input', 'nav',
  'figcaption', 'head', 'title',
]);

/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'blockquote', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr',
  'figure', 'hr', 'address', 'details', 'summary', 'body', 'html',
]);

/** Table cells and line breaks separate words but do not end a paragraph. */
const INLINE_BREAKS = new Set(['br', 'td', 'th']);

export function domText(root: DomNode, skip: ReadonlySet<string> = SKIPPED): string {
  const paragraphs: string[] = [];
  let current = '';
  const endParagraph = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // Stack of nodes still to visit; `null` marks the end of a block element.
  const stack: (DomNode | null)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === null) {
      endParagraph();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = (node.localName ?? '').toLowerCase();
    if (skip.has(name)) continue;
    if (INLINE_BREAKS.has(name)) current += ' ';
    const block = BLOCKS.has(name);
    if (block) {
      endParagraph();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  endParagraph();
  return paragraphs.join('\n\n');
}
