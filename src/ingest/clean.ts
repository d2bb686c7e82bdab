/**
 * Removes photo credits, captions and boilerplate from an article body and keeps them
 * as metadata. Credits come as whole lines (`Bildquelle: dpa/…`, `© Reuters`) or inline
 * after a caption (`Shakehands …: Trump und Putin … Bildrechte: imago/ITAR-TASS Laut dem Kreml …`).
 */
export interface Cleaned {
  text: string;
  credits: string[];
}

const LABEL = String.raw`(?:Bildquelle|Bildquellen|Bildrechte|Bildnachweis|Fotos?|Bild|Images?|Photos?|Pictures?|Credits?|Copyright|Quelle)`;
const CREDIT_LINE = new RegExp(String.raw`^\s*(?:[-–*•]\s*)?(?:${LABEL}\s*:|©|\(c\)\s)`, 'iu');
const INLINE_CREDIT = new RegExp(String.raw`(?<=^|[\s.!?])(?:(?:Bildquelle|Bildrechte|Bildnachweis|Foto|Image|Photo|Credit)\s*:|©)\s*`, 'gu');
const BOILERPLATE_LINE = /^\s*(?:Lesen Sie auch|Mehr zum Thema|Weiterlesen|Read more|Read also|Related|Share this article|Teilen Sie diesen Artikel|Anzeige|Advertisement)\b.{0,200}$/iu;
// Page furniture scraped along with the article: pagination, prompts, distribution notes.
const FURNITURE_LINE = new RegExp(
  [
    String.raw`^(?:Please )?enable JavaScript\b.{0,80}$`,
    String.raw`^Bitte aktivieren Sie (?:JavaScript|Javascript)\b.{0,80}$`,
    String.raw`\bARTIKEL AUF EINER SEITE LESEN\b`,
    String.raw`^(?:Vorherige|Nächste) Seite$`,
    String.raw`^Send this (?:page|article|story) to (?:someone|a friend)\b.{0,40}$`,
    String.raw`^Click here (?:for|to) .{0,80}$`,
    String.raw`^Original-Content von: .{1,160}, übermittelt durch news aktuell$`,
    String.raw`^\(?This (?:story|article) has not been edited by .{1,80} auto-generated from a syndicated feed\.?\)?$`,
    String.raw`^Tragen Sie mit Hinweisen zu diesem Artikel bei\b.{0,80}$`,
    String.raw`^(?:Get the best of|Sign up for|Subscribe to) .{0,160}\b(?:newsletter|inbox)\b.{0,200}$`,
    String.raw`^Abonnieren Sie (?:jetzt )?unseren? .{0,40}Newsletter\b.{0,200}$`,
  ].join('|'),
  'iu',
);
// A publisher's notice that the article's text was withdrawn, wherever it stands in the text:
// the same sentence under every withdrawn agency report would make them look alike.
const WITHDRAWN_NOTICE = /(?<=^|[.!?]\s|\s)(?:Der Volltext dieses (?:auf Agenturmeldungen basierenden )?(?:Artikels|Beitrags) (?:steht|ist) aus rechtlichen Gründen nicht mehr (?:zur Verfügung|verfügbar)|(?:The full text of this|This) (?:article|story) is no longer available(?: for legal reasons)?)\.?(?=\s|$)/giu;
// A cookie-consent banner: cookies and consent in one short paragraph addressed to the reader
// (an article about cookie rules names them too, but does not speak to the reader as the site).
const COOKIES = /\bcookies?\b/iu;
const READER = /\b(?:Sie|Ihnen|Ihre[rn]?|[Uu]nsere[rn]? (?:Website|Webseite|Seite|Angebot\p{L}*)|you|your|our (?:website|site))\b/u;
const CONSENT = /\b(?:einverstanden|zustimmen|Zustimmung|akzeptieren|Datenschutz\p{L}*|consent|accept|privacy policy)\b/iu;

/** Whether a whole line is site furniture rather than article text. */
function isFurniture(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > 900) return false;
  return FURNITURE_LINE.test(t) || (COOKIES.test(t) && CONSENT.test(t) && READER.test(t));
}

// Words that occur in agency and photographer credits.
const AGENCY = /^(?:dpa|afp|ap|reuters|imago|getty|images|picture|alliance|epa|efe|keystone|sputnik|tass|itar-tass|xinhua|anadolu|shutterstock|istock|ddp|kna|epd|apa|sda|ansa|pa|via|photo|foto|stock|press|presse|archiv|archive|\/|©|-|&|und|and)$/iu;

export function cleanBody(body: string): Cleaned {
  const credits: string[] = [];
  const text = normaliseWhitespace(body);
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() && line.length < 300 && CREDIT_LINE.test(line)) {
      credits.push(line.trim().replace(/^[-–*•]\s*/, ''));
      continue;
    }
    if (BOILERPLATE_LINE.test(line) || isFurniture(line)) {
      credits.push(line.trim());
      continue;
    }
    kept.push(removeInlineCredits(removeNotices(line, credits), credits));
  }
  return { text: tidy(kept.join('\n')), credits };
}

/** Cuts withdrawn-text notices from a line (kept with the credits as what was removed). */
function removeNotices(line: string, removed: string[]): string {
  if (!/Volltext|no longer available/u.test(line)) return line;
  return line.replace(WITHDRAWN_NOTICE, (m) => {
    removed.push(m.trim());
    return '';
  }).replace(/\s{2,}/g, ' ').trim();
}

/** Cuts inline credits (and the caption that precedes one at the start of a paragraph). */
function removeInlineCredits(line: string, credits: string[]): string {
  let out = line;
  for (let guard = 0; guard < 10; guard++) {
    INLINE_CREDIT.lastIndex = 0;
    const m = INLINE_CREDIT.exec(out);
    if (!m) break;
    const afterLabel = m.index + m[0].length;
    const creditEnd = creditExtent(out, afterLabel);
    if (creditEnd === afterLabel) break; // a label without a credit: leave the text alone
    const before = out.slice(0, m.index).trimEnd();
    const credit = out.slice(m.index, creditEnd).trim();
    // A short run of text before the credit at the start of a paragraph is its caption.
    const isCaption = before.length > 0 && before.length <= 300 && /[.!?:]$/.test(before);
    if (isCaption) {
      credits.push(`${before} ${credit}`);
      out = out.slice(creditEnd).trimStart();
    } else {
      credits.push(credit);
      out = (before + ' ' + out.slice(creditEnd).trimStart()).trim();
    }
  }
  return out;
}

/** End of the credit that starts at `from`: tokens with `/`, all-caps words, agency words. */
function creditExtent(s: string, from: number): number {
  const re = /\S+/gy;
  re.lastIndex = from;
  let end = from;
  let count = 0;
  for (;;) {
    const ws = /\s*/y;
    ws.lastIndex = end;
    ws.exec(s);
    re.lastIndex = ws.lastIndex;
    const m = re.exec(s);
    if (!m) break;
    const tok = m[0];
    const bare = tok.replace(/[,;]$/, '');
    const isCredit =
      bare.includes('/') ||
      AGENCY.test(bare) ||
      (/^[\p{Lu}\d][\p{Lu}\d.\-&]+$/u.test(bare) && bare.length >= 2) ||
      (count === 0 && /^\p{Lu}\p{Ll}+$/u.test(bare) && /^\s+\p{Lu}\p{Ll}+\s*(?:\/|$)/u.test(s.slice(m.index + tok.length)));
    if (!isCredit) break;
    end = m.index + tok.length;
    count++;
    if (count > 8) break;
    // `imago/Sportfoto Rudel`: a photo agency's own name runs on by one capitalised word.
    const agencyName = /\/([\p{Lu}][\p{L}-]*)$/u.exec(bare)?.[1];
    if (agencyName && AGENCY_NAME.test(agencyName)) {
      const next = /\s+(\p{Lu}\p{Ll}+)(?=[\s,;]|$)/uy;
      next.lastIndex = end;
      const n = next.exec(s);
      if (n?.[1] && !SENTENCE_OPENER.test(n[1])) end = next.lastIndex;
      break;
    }
  }
  return end;
}

// The first word of a photo agency's name (`Sportfoto`, `Pressebild`, `Fotoagentur`).
const AGENCY_NAME = /(?:foto|fotos|photo|photos|press|presse|pressebild|bild|images|pictures|agentur)$/iu;
// Words that open a sentence rather than continue a credit.
const SENTENCE_OPENER = /^(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Er|Sie|Es|Wir|Ich|Im|In|Am|An|Auf|Aus|Bei|Mit|Nach|Vor|Seit|Zum|Zur|Für|Als|Auch|Doch|Noch|Nun|Dann|Danach|Damit|Dabei|Laut|Wie|Was|Wer|Wo|The|A|An|In|On|At|It|He|She|They|We)$/u;

function normaliseWhitespace(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u00ad\ufeff]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
