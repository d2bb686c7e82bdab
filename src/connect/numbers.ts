import type { Token } from '../types.js';

const SCALES: Record<string, number> = {
  tausend: 1e3, thousand: 1e3,
  million: 1e6, millionen: 1e6, mio: 1e6, 'mio.': 1e6, millions: 1e6,
  milliarde: 1e9, milliarden: 1e9, mrd: 1e9, 'mrd.': 1e9, billion: 1e9, billions: 1e9,
};

/** Reads one numeric token in either German or English notation; null when it is no number. */
export function parseNumber(text: string): number | null {
  if (!/^\d[\d.,]*$/.test(text)) return null;
  // 400.000 / 400,000 / 1.234.567: thousands separators (a three-digit tail is read as thousands)
  if (/^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ''));
  const n = Number(text.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * The figures an article states, as canonical strings (`400000`, `3.5`, `2016`): language
 * independent, so a German and an English report of the same death toll share them.
 * Single digits are left out (too common to tell events apart); a score or a clock time is
 * kept as written (`31:29`).
 */
export function figures(tokens: Token[], text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // a score or a clock time (`31:29`, `15:30`) is one figure; one of single digits (`1:0`) is too common
    if (/^\d{1,3}:\d{1,3}$/.test(tok.text)) {
      if (!/^\d:\d$/.test(tok.text)) out.push(tok.text);
      continue;
    }
    let value = parseNumber(tok.text);
    if (value === null) continue;
    // "400 000": a digit group split by a space
    let j = i;
    while (value !== null && /^\d{1,3}$/.test(tokens[j]!.text) && tokens[j + 1] && /^\d{3}$/.test(tokens[j + 1]!.text)
      && text.slice(tokens[j]!.end, tokens[j + 1]!.start) === ' ') {
      value = value * 1000 + Number(tokens[j + 1]!.text);
      j++;
    }
    const scale = tokens[j + 1] ? SCALES[tokens[j + 1]!.text.toLowerCase()] : undefined;
    if (scale) value *= scale;
    i = j;
    if (value < 10 && Number.isInteger(value)) continue;
    out.push(String(Math.round(value * 1000) / 1000));
  }
  return out;
}
