/**
 * A cheap scan of raw markup before it reaches a DOM parser. DOM building slows down
 * quadratically with nesting depth (200,000 nested `<div>`s take most of a minute), so hostile
 * or broken pages are refused with a reason instead of stalling a whole ingest.
 */

/**
 * Far beyond any real article page (those nest a few dozen levels and hold a few thousand
 * nodes). Nodes are elements plus the places where the parser splits text (each entity and
 * each stray `<`), since building the DOM costs per node and more than linearly.
 */
export const MAX_NESTING = 2_000;
export const MAX_NODES = 100_000;

/** Elements that never hold children, or whose end tag is optional, so they do not nest. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option',
  'optgroup', 'colgroup', 'rb', 'rt', 'rp', '!doctype',
]);

const NAME = /[a-zA-Z!][\w:-]*/y;

/** Elements whose content is text, not markup, and how each ends. */
const RAW_TEXT_END: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi, textarea: /<\/textarea/gi, title: /<\/title/gi };
const RAW_TEXT = new Set(Object.keys(RAW_TEXT_END));

/**
 * Returns why the markup is refused, or null when it is fine to parse. One linear pass: a tag
 * runs from `<` to the next `>` (as in HTML, a `<` inside a tag is just text), so no input
 * can make the scan itself slow.
 */
export function markupProblem(markup: string, { maxNesting = MAX_NESTING, maxNodes = MAX_NODES } = {}): string | null {
  let depth = 0;
  let deepest = 0;
  let nodes = countOf(markup, '&');
  if (nodes > maxNodes) return tooMany(maxNodes);
  let at = markup.indexOf('<');
  while (at !== -1) {
    // Comments, CDATA sections and the bodies of script and style hold no elements.
    const skipTo = markup.startsWith('<!--', at) ? '-->' : markup.startsWith('<![CDATA[', at) ? ']]>' : null;
    if (skipTo) {
      const end = markup.indexOf(skipTo, at + 4);
      if (end === -1) break;
      at = markup.indexOf('<', end + skipTo.length);
      continue;
    }
    const closing = markup[at + 1] === '/';
    NAME.lastIndex = at + (closing ? 2 : 1);
    const name = NAME.exec(markup)?.[0]?.toLowerCase();
    if (!name) {
      // a lone `<` in text
      if (++nodes > maxNodes) return tooMany(maxNodes);
      at = markup.indexOf('<', at + 1);
      continue;
    }
    const end = markup.indexOf('>', at + 1);
    if (end === -1) break;
    if (closing) {
      if (!NON_NESTING.has(name) && depth > 0) depth--;
    } else {
      if (++nodes > maxNodes) return tooMany(maxNodes);
      if (RAW_TEXT.has(name)) {
        const closer = RAW_TEXT_END[name]!;
        closer.lastIndex = end + 1;
        const close = closer.exec(markup);
        if (!close) break;
        at = markup.indexOf('<', close.index + 2);
        continue;
      }
      if (markup[end - 1] !== '/' && !NON_NESTING.has(name)) {
        depth++;
        if (depth > deepest) deepest = depth;
        if (deepest > maxNesting) return `markup nested too deeply (over ${maxNesting.toLocaleString('en')} levels)`;
      }
    }
    at = markup.indexOf('<', end + 1);
  }
  return null;
}

function tooMany(max: number): string {
  return `too many elements (over ${max.toLocaleString('en')})`;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}
