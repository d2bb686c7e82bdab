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

// In Latin-1 text, high bytes are letters (0xC0–0xFF) or common signs (0xA0–0xBF);
// the C1 range 0x80–0x9F only appears as Windows-1252 punctuation.
function looksLatin1(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b >= 0x80) {
      high++;
      if (b >= 0xc0 || b === 0x84 || b === 0x93 || b === 0x94 || b === 0x96 || b === 0x97 || b === 0x92 || b === 0x91 || b === 0xa0 || b === 0xa7 || b === 0xb0 || b === 0xa9) letters++;
    }
  }
  return high > 0 && letters / high > 0.8;
}
