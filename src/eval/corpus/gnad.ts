import { readFileSync } from 'node:fs';

/**
 * The article texts of a 10kGNAD CSV file (`label;text` rows, fields optionally quoted with `'`,
 * doubled inside quotes). Used by the benchmark and the crash-safety test as real German news.
 */
export function readGnadTexts(path: string): string[] {
  const src = readFileSync(path, 'utf8');
  const rows: string[] = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  const endRow = () => {
    fields.push(field);
    if (fields.length >= 2) rows.push(fields.slice(1).join(';'));
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
