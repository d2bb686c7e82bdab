/**
 * A cheap scan of raw markup before it reaches a DOM parser. DOM building slows down
 * quadratically with nesting depth (200,000 nested `<div>`s take most of a minute), so hostile
 * or broken pages are refused with a reason instead of stalling a whole ingest.
 */

/** Far beyond any real article page (those nest a few dozen levels and hold a few thousand elements). */
export const MAX_NESTING = 2_000;
export const MAX_ELEMENTS = 200_000;

/** Elements that never hold children, or whose end tag is optional, so they do not nest. */
const NON_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
  'track', 'wbr', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option',
  'optgroup', 'colgroup', 'rb', 'rt', 'rp', '!doctype',
]);

const TAG = /<(\/?)([a-zA-Z!][\w:-]*)[^>]*?(\/?)>/g;

/** Returns why the markup is refused, or null when it is fine to parse. */
export function markupProblem(markup: string, maxNesting = MAX_NESTING, maxElements = MAX_ELEMENTS): string | null {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(markup); m; m = TAG.exec(markup)) {
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!NON_NESTING.has(name) && depth > 0) depth--;
      continue;
    }
    elements++;
    if (elements > maxElements) return `too many elements (over ${maxElements.toLocaleString('en')})`;
    if (m[3] || NON_NESTING.has(name)) continue;
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > maxNesting) return `markup nested too deeply (over ${maxNesting.toLocaleString('en')} levels)`;
  }
  return null;
}
