/** An article's title for display: its own, else the start of its first sentence. */
export function displayTitle(title: string | null, text: string, max = 90): string {
  if (title && title.trim()) return title.trim();
  const first = text.split(/(?<=[.!?])\s|\n/)[0]?.trim() ?? '';
  return shorten(first.replace(/[.:]$/, ''), max);
}

/** Cuts a text at a word boundary to at most `max` characters, marking the cut with an ellipsis. */
export function shorten(text: string, max = 90): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).replace(/[,;:]$/, '') + ' …';
}
