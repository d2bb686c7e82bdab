import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tokenize } from '../../text/tokenize.js';

/**
 * Readers for annotated attribution corpora, used by `chronik eval quotes` and the cue
 * lexicon training: SpkAtt JSON (token spans; Wikinews and Bundestag) and brat stand-off
 * (PolNeAR: Source, Cue, Content). Both become a text with tokens and annotations given as
 * token indices into that text.
 */

export interface GoldToken {
  text: string;
  start: number;
  end: number;
}

export interface GoldAnnotation {
  cue: number[];
  source: number[];
  message: number[];
  /** `direct` | `indirect` | `reported`, from the corpus or derived from quotation marks. */
  form: 'direct' | 'indirect' | 'reported';
  nested: boolean;
}

export interface GoldDoc {
  name: string;
  lang: 'de' | 'en';
  text: string;
  tokens: GoldToken[];
  annotations: GoldAnnotation[];
}

/** Every file under a path (or the path itself) with the given ending, sorted. */
export function listFiles(path: string, ending: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return path.endsWith(ending) ? [path] : [];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (name.startsWith('.') || name === 'pretty' || name.endsWith('.pretty.json')) continue;
    out.push(...listFiles(join(path, name), ending));
  }
  return out;
}

/** Reads every gold document under a path: SpkAtt `.json` files and brat `.ann` files. */
export function readGold(path: string, lang?: string): GoldDoc[] {
  const docs: GoldDoc[] = [];
  for (const f of listFiles(path, '.json')) {
    const d = readSpkAtt(f);
    if (d) docs.push(d);
  }
  docs.push(...readBrat(path, lang === 'de' ? 'de' : 'en'));
  return docs;
}

// ---------------------------------------------------------------- SpkAtt

interface SpkAttFile {
  DocumentName?: string;
  Sentences?: { SentenceId: number; Tokens: string[] }[];
  Annotations?: Record<string, unknown>[];
}

const NO_SPACE_BEFORE = /^([,.;:!?%)\]}“”»]|'')$|^\.\.\.$|^…$/u;
const NO_SPACE_AFTER = /^[(\[{„‚«]$/u;

/** Reads one SpkAtt JSON file; null when it is not one. */
export function readSpkAtt(file: string): GoldDoc | null {
  let data: SpkAttFile;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as SpkAttFile;
  } catch {
    return null;
  }
  if (!Array.isArray(data.Sentences)) return null;
  // rebuild a natural text from the tokens (no space before commas, inside quotation marks, …)
  const tokens: GoldToken[] = [];
  const index = new Map<string, number>();
  let text = '';
  let asciiOpen = false;
  let glue = false;
  for (const s of data.Sentences) {
    s.Tokens.forEach((tok, k) => {
      const t = String(tok);
      let space = text.length > 0 && !glue;
      if (NO_SPACE_BEFORE.test(t)) space = false;
      let nextGlue = NO_SPACE_AFTER.test(t);
      if (t === '"') {
        if (asciiOpen) space = false;
        else nextGlue = true;
        asciiOpen = !asciiOpen;
      }
      if (space) text += ' ';
      index.set(`${s.SentenceId}:${k}`, tokens.length);
      tokens.push({ text: t, start: text.length, end: text.length + t.length });
      text += t;
      glue = nextGlue;
    });
  }
  const ids = (v: unknown): number[] =>
    Array.isArray(v) ? v.map((x) => index.get(String(x))).filter((x): x is number => x !== undefined).sort((a, b) => a - b) : [];
  const annotations: GoldAnnotation[] = [];
  for (const a of data.Annotations ?? []) {
    const message = ids(a.Message);
    const form = typeof a.Form === 'string' ? mapForm(a.Form) : deriveForm(text, tokens, message);
    annotations.push({
      cue: [...ids(a.Cue), ...ids(a.PTC)].sort((x, y) => x - y),
      source: ids(a.Source),
      message,
      form,
      nested: a.IsNested === true,
    });
  }
  return { name: data.DocumentName ?? basename(file), lang: 'de', text, tokens, annotations };
}

function mapForm(form: string): GoldAnnotation['form'] {
  if (form === 'Direct') return 'direct';
  if (form === 'Reported') return 'reported';
  return 'indirect';
}

const MARK = /["„“”«»‚‘’]/u;

/** A message counts as direct when quotation marks enclose it. */
function deriveForm(text: string, tokens: GoldToken[], message: number[]): GoldAnnotation['form'] {
  if (!message.length) return 'indirect';
  const s = tokens[message[0]!]!.start;
  const e = tokens[message[message.length - 1]!]!.end;
  const before = text.slice(Math.max(0, s - 2), s + 1);
  const after = text.slice(Math.max(s, e - 1), e + 2);
  return MARK.test(before) && MARK.test(after) ? 'direct' : 'indirect';
}

// ---------------------------------------------------------------- brat (PolNeAR)

/** Reads brat `.ann` files under a path with their `.txt` (beside them or in `../text/`). One annotator per text. */
export function readBrat(path: string, lang: 'de' | 'en'): GoldDoc[] {
  const byText = new Map<string, string>();
  for (const ann of listFiles(path, '.ann')) {
    const txt = textFor(ann);
    if (txt && !byText.has(txt)) byText.set(txt, ann);
  }
  const docs: GoldDoc[] = [];
  for (const [txt, ann] of byText) {
    const text = readFileSync(txt, 'utf8');
    const tokens = tokenize(text).map((t) => ({ text: t.text, start: t.start, end: t.end }));
    docs.push({ name: basename(txt), lang, text, tokens, annotations: parseAnn(readFileSync(ann, 'utf8'), text, tokens) });
  }
  return docs;
}

function textFor(ann: string): string | null {
  const base = basename(ann, '.ann');
  const dir = dirname(ann);
  const candidates = [join(dir, base + '.txt'), join(dir, '..', 'text', base + '.txt')];
  // PolNeAR names annotations `<article>_<annotator>.ann`
  const cut = base.lastIndexOf('_');
  if (cut > 0) candidates.push(join(dir, base.slice(0, cut) + '.txt'), join(dir, '..', 'text', base.slice(0, cut) + '.txt'));
  return candidates.find((c) => existsSync(c)) ?? null;
}

function parseAnn(ann: string, text: string, tokens: GoldToken[]): GoldAnnotation[] {
  const spans = new Map<string, [number, number][]>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T') && cols.length >= 2) {
      const m = /^\S+\s+(.+)$/.exec(cols[1]!);
      if (!m) continue;
      const ranges = m[1]!.split(';').map((r) => r.trim().split(/\s+/).map(Number) as [number, number]);
      spans.set(cols[0]!, ranges.filter((r) => r.length === 2 && r.every(Number.isFinite)));
    } else if (line.startsWith('E') && cols.length >= 2) {
      const roles: Record<string, string> = {};
      for (const part of cols[1]!.trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        if (role && id) roles[role] = id;
      }
      events.push(roles);
    }
  }
  const toTokens = (id: string | undefined): number[] => {
    if (!id) return [];
    const out: number[] = [];
    for (const [s, e] of spans.get(id) ?? []) {
      tokens.forEach((t, i) => { if (t.start < e && t.end > s) out.push(i); });
    }
    return [...new Set(out)].sort((a, b) => a - b);
  };
  return events.map((roles) => {
    const message = toTokens(roles.Content);
    return { cue: toTokens(roles.Cue), source: toTokens(roles.Source), message, form: deriveForm(text, tokens, message), nested: false };
  });
}
