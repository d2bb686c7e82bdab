import { readFileSync } from 'node:fs';

/**
 * The article texts of a 10kGNAD CSV file (`label;text` rows, fields optionally quoted with `'`,
 * doubled inside quotes). Used by the benchmark and the crash-safety test as real German news.
 */
export function readGnadTexts(path: string): string[] {
  return readGnad(path).map((r) => r.text);
}

/** The rows of a 10kGNAD CSV file: each article's desk category (`Sport`, `Wirtschaft`, …) and text. */
export function readGnad(path: string): { category: string; text: string }[] {
  const src = readFileSync(path, 'utf8');
  const rows: { category: string; text: string }[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  const endRow = () => {
    fields.push(field);
    if (fields.length >= 2) rows.push({ category: fields[0]!, text: fields.slice(1).join(';') });
    fields = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === "'" && src[i + 1] === "'") { field += "'"; i++; }
      else if (c === "'") quoted = false;
      else field += c;
    } else if (c === "'" && field === '') quoted = true;
    else if (c === ';') { fields.push(field); field = ''; }
    else if (c === '\n') endRow();
    else if (c !== '\r') field += c;
  }
  if (field || fields.length) endRow();
  return rows;
}

const DAY = 86_400_000;

/**
 * The corpus has no dates: for streams replayed over it, article `i` of `count` is dated within
 * 700 days from 1 January of `firstYear`, in the corpus's order.
 */
export function gnadDate(i: number, count: number, firstYear = 2015): string {
  return new Date(Date.UTC(firstYear, 0, 1) + Math.floor((i / count) * 700) * DAY).toISOString().slice(0, 10);
}
