import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { RawArticle } from '../types.js';
import { decodeText } from './decode.js';
import { InputError, NotArticleFile } from './errors.js';
import { parseTxt } from './formats/txt.js';
import { parseJsonDocument, parseJsonLines } from './formats/json.js';
import { parseHtmlPage } from './formats/html.js';
import { parseFeedDocument } from './formats/feed.js';

/** File types ingest understands, by extension. Directories are walked for these. */
const READERS: Record<string, (text: string, input: string) => (RawArticle | InputError)[]> = {
  '.txt': (text, input) => [parseTxt(text, input, basename(input, extname(input)))],
  '.json': parseJsonDocument,
  '.jsonl': parseJsonLines,
  '.ndjson': parseJsonLines,
  '.html': (text, input) => [parseHtmlPage(text, input, basename(input, extname(input)))],
  '.htm': (text, input) => [parseHtmlPage(text, input, basename(input, extname(input)))],
  '.xml': parseFeedDocument,
  '.rss': parseFeedDocument,
  '.atom': parseFeedDocument,
};

export const SUPPORTED_EXTENSIONS = Object.keys(READERS);

/** Largest file read whole; JSONL files may hold many articles. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Reads every path (files, directories recursively, `-` for JSONL on stdin) and yields raw
 * articles, or an InputError for each input that cannot be read. Never throws for bad input.
 */
export async function* readInputs(paths: string[], stdin: () => Promise<Buffer> = readStdin): AsyncGenerator<RawArticle | InputError> {
  for (const path of paths) {
    if (path === '-') {
      yield* decodeAndParse(await stdin(), '-', parseJsonLines);
      continue;
    }
    yield* readPath(path, true);
  }
}

async function* readPath(path: string, named: boolean): AsyncGenerator<RawArticle | InputError> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield new InputError(path, describeFsError(e));
    return;
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
    } catch (e) {
      yield new InputError(path, describeFsError(e));
      return;
    }
    for (const name of names) yield* readPath(join(path, name), false);
    return;
  }
  const reader = READERS[extname(path).toLowerCase()];
  if (!reader) {
    // Inside a directory, other files (README.md, images) are simply not articles.
    if (named) yield new InputError(path, `unsupported file type (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
    return;
  }
  if (!info.isFile()) {
    yield new InputError(path, 'not a regular file');
    return;
  }
  if (info.size > MAX_FILE_BYTES) {
    yield new InputError(path, `file too large (${(info.size / 1048576).toFixed(0)} MB)`);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    yield new InputError(path, describeFsError(e));
    return;
  }
  for (const item of decodeAndParse(bytes, path, reader)) {
    if (!named && item instanceof NotArticleFile) continue;
    yield item;
  }
}

function* decodeAndParse(
  bytes: Uint8Array,
  input: string,
  parse: (text: string, input: string) => (RawArticle | InputError)[],
): Generator<RawArticle | InputError> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield new InputError(input, decoded.error);
    return;
  }
  if (!decoded.text.trim()) {
    yield new InputError(input, 'empty file');
    return;
  }
  yield* parse(decoded.text, input);
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return `cannot read: ${(e as Error).message}`;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
