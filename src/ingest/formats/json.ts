import type { RawArticle } from '../../types.js';
import { InputError } from '../errors.js';

/** Fields of an article in JSON/JSONL input (`text` required). */
interface JsonArticle {
  id?: unknown; url?: unknown; title?: unknown; text?: unknown; body?: unknown;
  date?: unknown; lang?: unknown; source?: unknown;
}

/** One JSON value (an object or an array of objects) → articles, or an error per bad element. */
export function parseJsonDocument(text: string, input: string): (RawArticle | InputError)[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [new InputError(input, `invalid JSON: ${(e as Error).message}`)];
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => toRawArticle(item, Array.isArray(value) ? `${input}[${i}]` : input));
}

/** JSONL: one article object per line; a broken line is an error of its own. */
export function parseJsonLines(text: string, input: string): (RawArticle | InputError)[] {
  const out: (RawArticle | InputError)[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const where = `${input}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.push(new InputError(where, `invalid JSON line: ${(e as Error).message}`));
      continue;
    }
    out.push(toRawArticle(value, where));
  }
  return out;
}

export function toRawArticle(item: unknown, input: string): RawArticle | InputError {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return new InputError(input, 'expected a JSON object with a "text" field');
  const o = item as JsonArticle;
  const text = typeof o.text === 'string' ? o.text : typeof o.body === 'string' ? o.body : null;
  if (text === null) return new InputError(input, 'missing "text" (a string)');
  if (!text.trim()) return new InputError(input, 'empty "text"');
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;
  const raw: RawArticle = { input, text };
  const id = str(o.id), url = str(o.url), title = str(o.title), date = str(o.date), lang = str(o.lang), source = str(o.source);
  if (id) raw.id = id;
  if (url) raw.url = url;
  if (title) raw.title = title;
  if (date) {
    raw.date = date;
    raw.dateSource = 'metadata';
  }
  if (lang) raw.lang = lang.toLowerCase();
  if (source) raw.source = source;
  return raw;
}
