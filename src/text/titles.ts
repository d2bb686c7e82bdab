// A wire dateline at the start of a text: "BERLIN, 5. März (dpa) – ", "WASHINGTON (Reuters) - ".
const DATELINE = /^\p{Lu}[\p{Lu}\s./-]{1,40}(?:,\s*[^()\n–—]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[–—-]\s+/u;

/** An article's title for display: its own, else the start of its first sentence (without a dateline). */
export function displayTitle(title: string | null, text: string, max = 90): string {
  if (title && title.trim()) return title.trim();
  const first = text.replace(DATELINE, '').split(/(?<=[.!?])\s|\n/)[0]?.trim() ?? '';
  return shorten(first.replace(/[.:]$/, ''), max);
}

/** Cuts a text at a word boundary to at most `max` characters, marking the cut with an ellipsis. */
export function shorten(text: string, max = 90): string {
  const t = text.replace(DATELINE, '').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:]$/, '') + ' …';
}
