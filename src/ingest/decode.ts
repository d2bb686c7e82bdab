/**
 * Turns the bytes of a file into text. UTF-8 (with or without BOM) is decoded strictly;
 * text that is not valid UTF-8 but looks like Latin-1/Windows-1252 is decoded as such;
 * anything with NUL bytes or many control characters is rejected as binary.
 */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'utf-16' | 'windows-1252' } | { ok: false; error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp1252 = new TextDecoder('windows-1252');

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, error: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (looksBinary(bytes)) return { ok: false, error: 'binary file, not text' };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8. Single-byte Western text decodes as Windows-1252 (a superset of Latin-1).
    if (looksLatin1(bytes)) return { ok: true, text: cp1252.decode(bytes), encoding: 'windows-1252' };
    return { ok: false, error: 'invalid UTF-8 and not Latin-1 text' };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control / n > 0.02;
}

// In Latin-1 text the high bytes are printable (0xA0–0xFF: letters, ©, «, §, °); of the range
// 0x80–0x9F only Windows-1252 punctuation (quotes, dashes, €) appears in real text.
const CP1252_PUNCTUATION = new Set([0x80, 0x84, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97]);

function looksLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  let plausible = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xa0 || CP1252_PUNCTUATION.has(b)) plausible++;
  }
  return high > 0 && plausible / high > 0.8;
}
