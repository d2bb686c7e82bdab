/**
 * Readers for NER gold data (token-level and SmartData's character offsets), shared by training and evaluation:
 *  - GermEval 2014 TSV (`index token outer inner`, `#` comment lines; the outer level is read),
 *  - GermEval train IOB2 (`token outer inner`, tab-separated),
 *  - CoNLL-2003 (`token … tag`, space-separated, IOB1, `-DOCSTART-`; Latin-1 or UTF-8),
 *  - UNER / WikiNEuRal (`index token tag …`, `#` comments), Wikigold (`token tag`).
 * Every format is read the same tolerant way: B- starts an entity, I- continues one of the same
 * type and otherwise starts one (so IOB1 and IOB2 both come out right).
 */
import { readFileSync } from 'node:fs';
import { decodeText as decodeBytes } from '../../ingest/decode.js';
import { gunzipSync } from 'node:zlib';
import { toIob2, type GoldSentence } from '../../extract/entities/tags.js';


/** Decodes a gold file as ingest decodes articles: UTF-8, else Latin-1 (CoNLL-2003 German). */
export function decodeText(buf: Buffer): string {
  const decoded = decodeBytes(buf);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.text;
}

export function readGoldFile(path: string): GoldSentence[] {
  let buf = readFileSync(path);
  if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  return parseGold(decodeText(buf));
}

/** Parses any of the column formats above from text. */
export function parseGold(text: string): GoldSentence[] {
  const blocks: string[][][] = [];
  let cur: string[][] = [];
  let tabbed = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line === '') {
      if (cur.length) blocks.push(cur);
      cur = [];
      continue;
    }
    if (line.startsWith('#') && !isTokenLine(line)) continue; // a comment line
    if (line.startsWith('-DOCSTART-')) {
      if (cur.length) blocks.push(cur);
      cur = [];
      continue;
    }
    if (line.includes('\t')) tabbed = true;
    cur.push(line.includes('\t') ? line.split('\t') : line.split(/ +/));
  }
  if (cur.length) blocks.push(cur);

  // An index column: every sentence numbers its tokens from 0 or 1 upwards.
  const indexed =
    blocks.length > 0 &&
    blocks.every((b) => {
      const first = Number(b[0]![0]);
      return (first === 0 || first === 1) && b.every((cols, i) => cols.length >= 3 && Number(cols[0]) === first + i);
    });

  const out: GoldSentence[] = [];
  for (const b of blocks) {
    const tokens: string[] = [];
    const labels: string[] = [];
    for (const cols of b) {
      let tok: string | undefined;
      let tag: string | undefined;
      if (indexed) {
        tok = cols[1];
        tag = cols[2];
      } else if (tabbed) {
        tok = cols[0];
        tag = cols[1];
      } else {
        tok = cols[0];
        tag = cols[cols.length - 1];
      }
      if (tok === undefined) continue;
      tokens.push(tok);
      labels.push(tag && /^[BI]-/.test(tag) ? tag : 'O');
    }
    if (tokens.length) out.push({ tokens, tags: toIob2(labels) });
  }
  return out;
}

const TAG_RE = /^(O|[BI]-\S+)$/;

/** A line starting with `#` is a token (not a comment) when a tag stands where the format puts one. */
function isTokenLine(line: string): boolean {
  if (line.includes('\t')) {
    const cols = line.split('\t');
    return TAG_RE.test(cols[1] ?? '') || TAG_RE.test(cols[2] ?? '');
  }
  const cols = line.split(/ +/);
  return cols.length >= 2 && TAG_RE.test(cols[cols.length - 1]!);
}



/** SmartData-style document: text with character-offset entity annotations. */
export interface CharDoc {
  id: string;
  text: string;
  entities: { start: number; end: number; type: 'PER' | 'LOC' | 'ORG' }[];
}

/** Reads a gzip'd (or plain) stream of concatenated JSON documents in the SmartData schema. */
export function readSmartData(path: string): CharDoc[] {
  let buf = readFileSync(path);
  if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
  const docs: CharDoc[] = [];
  for (const obj of splitConcatenatedJson(buf.toString('utf8'))) {
    const o = obj as {
      id?: unknown;
      text?: unknown;
      conceptMentions?: { array?: { type?: string; span?: { start?: number; end?: number } }[] } | null;
    };
    // Avro JSON wraps optional values: `"text": {"string": "…"}`
    const text = unwrap(o.text);
    if (typeof text !== 'string') continue;
    const entities: CharDoc['entities'] = [];
    for (const m of o.conceptMentions?.array ?? []) {
      const t = smartDataType(m.type ?? '');
      const s = m.span?.start;
      const e = m.span?.end;
      if (t && typeof s === 'number' && typeof e === 'number' && e > s) entities.push({ start: s, end: e, type: t });
    }
    docs.push({ id: String(unwrap(o.id) ?? docs.length), text, entities });
  }
  return docs;
}

function unwrap(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'string' in v) return (v as { string: unknown }).string;
  return v;
}

function smartDataType(t: string): 'PER' | 'LOC' | 'ORG' | null {
  const u = t.toUpperCase().replace(/-/g, '_');
  if (u === 'PERSON') return 'PER';
  if (u.startsWith('ORGANIZATION') || u === 'ORGANISATION') return 'ORG';
  if (u.startsWith('LOCATION')) return 'LOC';
  return null;
}

/** Splits `{…}{…}` (pretty-printed, concatenated) into parsed objects by brace depth outside strings. */
export function* splitConcatenatedJson(text: string): Generator<unknown> {
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 125) {
      depth--;
      if (depth === 0 && start >= 0) {
        try {
          yield JSON.parse(text.slice(start, i + 1));
        } catch {
          // a broken document is skipped
        }
        start = -1;
      }
    }
  }
}
