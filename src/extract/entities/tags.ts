/** Tag sequences of the NER models and gold data: IOB2 labels, their spans and coarse types. */

export interface GoldSentence {
  tokens: string[];
  /** Outer-level labels normalised to IOB2 with the data set's own types (`B-LOCderiv`, `I-MISC`). */
  tags: string[];
}

export interface TokenSpan {
  start: number;
  /** Exclusive token index. */
  end: number;
  type: string;
}

/** Normalises IOB1/IOB2 labels to IOB2. */
export function toIob2(labels: string[]): string[] {
  const out: string[] = [];
  let prevType = '';
  for (const l of labels) {
    if (l === 'O') {
      out.push('O');
      prevType = '';
      continue;
    }
    const type = l.slice(2);
    if (l.startsWith('I-') && type === prevType) out.push(l);
    else out.push('B-' + type);
    prevType = type;
  }
  return out;
}

/** Entity spans of an IOB2 tag sequence. */
export function spansOf(tags: string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    if (t.startsWith('I-') && open && open.type === t.slice(2)) {
      open.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = t === 'O' ? null : { start: i, end: i + 1, type: t.slice(2) };
  }
  if (open) spans.push(open);
  return spans;
}

/** Coarse type of a fine label: `LOCderiv`/`*part` → null (not an entity), `OTH` → `MISC`. */
export function coarseType(type: string): 'PER' | 'LOC' | 'ORG' | 'MISC' | null {
  if (/(deriv|part)$/.test(type)) return null;
  if (type === 'OTH' || type === 'MISC') return 'MISC';
  if (type === 'PER' || type === 'LOC' || type === 'ORG') return type;
  if (type === 'PERSON') return 'PER';
  return null;
}
