/**
 * Unlabelled text for the NER tagger's word clusters and lower-case ratios, read from the
 * shared data sets at training time (only derived word classes ship, never the text).
 * Each reader yields token runs (sentences) and yields nothing when its data set is absent.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../../paths.js';
import { splitSentences } from '../../text/sentences.js';
import { readGoldFile } from '../../eval/gold/ner.js';

/** Sentences of raw texts, tokenised by Chronik's own splitter. */
export function* textRuns(texts: Iterable<string>): Generator<string[]> {
  for (const t of texts) for (const s of splitSentences(t)) yield s.tokens.map((k) => k.text);
}

/** The files of a folder tree, sorted, so reading order is reproducible. */
function filesUnder(dir: string, suffix: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, name.name);
    if (name.isDirectory()) out.push(...filesUnder(p, suffix));
    else if (name.name.endsWith(suffix)) out.push(p);
  }
  return out;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null; // a broken file is skipped
  }
}

/** 10kGNAD (Austrian news, CC BY-NC-SA 4.0): `label;'text'` lines of its test split. */
export function* gnadTexts(): Generator<string> {
  const p = sharedPath('data', 'corpus', '10kgnad-de', 'test.csv');
  if (!p) return;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const k = line.indexOf(';');
    if (k > 0) yield line.slice(k + 1).replace(/^'|'$/g, '');
  }
}

/** SemEval-2022 task 8 news articles (title + text) of one language. */
export function* semevalTexts(lang: string): Generator<string> {
  const p = sharedPath('data', 'similarity', 'semeval2022-task8', 'pairs.jsonl');
  if (!p) return;
  const seen = new Set<string>();
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    let d: Record<string, unknown>;
    try {
      d = JSON.parse(line) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const side of ['1', '2']) {
      if (d['lang' + side] !== lang) continue;
      const text = `${String(d['title' + side] ?? '')}\n\n${String(d['text' + side] ?? '')}`;
      const key = text.slice(0, 300);
      if (seen.has(key)) continue; // an article may appear in several pairs
      seen.add(key);
      yield text;
    }
  }
}

/** SpkAtt 2023 pre-tokenised sentences (German Wikinews and Bundestag speeches), all splits. */
export function* spkattRuns(): Generator<string[]> {
  for (const name of ['spkatt-wikinews-de', 'spkatt-bundestag-de']) {
    const dir = sharedPath('data', 'quotes', name, 'data');
    if (!dir) continue;
    for (const f of filesUnder(dir, '.json')) {
      if (f.includes('pretty')) continue;
      const doc = readJson(f) as { Sentences?: { Tokens?: unknown }[] } | null;
      for (const s of doc?.Sentences ?? []) {
        if (Array.isArray(s.Tokens) && s.Tokens.length) yield s.Tokens.map(String);
      }
    }
  }
}

/** Token runs of the WikiNEuRal silver files of one language (its text only, not its labels). */
export function* wikineuralRuns(lang: string): Generator<string[]> {
  const dir = sharedPath('data', 'ner', 'wikineural-silver-de-en', lang);
  if (!dir) return;
  for (const f of filesUnder(dir, '.conllu')) for (const s of readGoldFile(f)) yield s.tokens;
}

/** ECB+ English news texts (events corpus). */
export function* ecbTexts(): Generator<string> {
  const dir = sharedPath('data', 'events', 'ecbplus-en', 'docs');
  if (!dir) return;
  for (const f of filesUnder(dir, '.json')) {
    const doc = readJson(f) as { text?: string } | null;
    if (doc?.text) yield doc.text;
  }
}
