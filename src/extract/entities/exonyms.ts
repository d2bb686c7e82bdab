/**
 * German ↔ English name pairs (`Genf` ↔ `Geneva`, `Moskau` ↔ `Moscow`, `Syrien` ↔ `Syria`),
 * derived from German Wiktionary translations (CC BY-SA 3.0; see models/ner.md) by keeping
 * capitalised German headwords with capitalised English translations. Shipped as
 * models/ner-exonyms.json.gz; `buildExonyms` regenerates it from the Wiktionary TSV.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { modelPath } from '../../paths.js';
import { nameKey } from './names.js';

/** Reads `german<TAB>english<TAB>POS…` lines; returns German name → English names. */
export function buildExonyms(tsv: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of tsv.split('\n')) {
    const [de, en, pos] = line.split('\t');
    if (!de || !en || pos !== 'NOUN') continue;
    if (!/^\p{Lu}/u.test(de) || !/^\p{Lu}/u.test(en)) continue;
    if (/[:;()[\]/]/.test(en) || en.split(' ').length > 4 || de === en) continue;
    (out[de] ??= []).includes(en) || out[de]!.push(en);
  }
  return out;
}

let table: { deToEn: Map<string, string[]>; enToDe: Map<string, string[]> } | null = null;

function load() {
  if (table) return table;
  const deToEn = new Map<string, string[]>();
  const enToDe = new Map<string, string[]>();
  const path = modelPath('ner-exonyms.json.gz');
  if (existsSync(path)) {
    const raw = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as Record<string, string[]>;
    for (const [de, ens] of Object.entries(raw)) {
      const dk = nameKey(de);
      for (const en of ens) {
        const ek = nameKey(en);
        if (!ek || ek === dk) continue;
        (deToEn.get(dk) ?? deToEn.set(dk, []).get(dk)!).push(ek);
        (enToDe.get(ek) ?? enToDe.set(ek, []).get(ek)!).push(dk);
      }
    }
  }
  return (table = { deToEn, enToDe });
}

/** English name keys for a German name key (`genf` → [`geneva`]). */
export function englishKeys(key: string): string[] {
  return load().deToEn.get(key) ?? [];
}

/** German name keys for an English name key (`geneva` → [`genf`]). */
export function germanKeys(key: string): string[] {
  return load().enToDe.get(key) ?? [];
}
