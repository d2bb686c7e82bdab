/**
 * Splits the title off a training text that carries it in front of the body without a line
 * break (`Italien startet seine Corona-Warn-App Die kostenlose App …`): the SemEval training
 * texts are mostly written so, while the articles Chronik compares have their titles apart, so
 * without the split the title features would learn from empty titles.
 */

/** Words that open a German or English sentence but hardly ever stand capitalised inside a headline. */
const OPENERS: Record<string, ReadonlySet<string>> = {
  de: new Set(['Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Am', 'Im', 'Beim', 'Vom', 'Zum', 'Zur',
    'Nach', 'Seit', 'Bei', 'Es', 'Er', 'Sie', 'Wir', 'Ich', 'Man', 'Auch', 'Doch', 'Dabei', 'Damit', 'Nun', 'Jetzt', 'Noch', 'Schon',
    'Wer', 'Wie', 'Was', 'Wo', 'Wann', 'Warum', 'Ab', 'Rund', 'Mehr', 'Mindestens', 'Insgesamt', 'Bisher', 'Laut', 'Wegen', 'In', 'An', 'Auf', 'Mit', 'Für', 'Um', 'Unter', 'Vor', 'Während']),
  en: new Set(['The', 'A', 'An', 'In', 'On', 'At', 'After', 'When', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'There', 'For', 'As', 'More', 'Police', 'Officials']),
};
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 25;
const MAX_TITLE_CHARS = 250;

export interface TitledText {
  title: string;
  text: string;
}

/** Title and body of a text whose title ends at an explicit break (a line break or two spaces), or null. */
export function splitAtBreak(raw: string): TitledText | null {
  const text = raw.trimStart();
  const nl = text.indexOf('\n');
  const gap = text.indexOf('  ');
  const cut = [nl, gap].filter((i) => i > 0 && i <= MAX_TITLE_CHARS).sort((x, y) => x - y)[0];
  return cut === undefined ? null : done(text.slice(0, cut), text.slice(cut));
}

/** Title and body of a text that opens with its title, or null where no split is evident. */
export function splitLeadingTitle(raw: string, lang: string | undefined): TitledText | null {
  const atBreak = splitAtBreak(raw);
  if (atBreak) return atBreak;
  const text = raw.trimStart();
  const words = [...text.slice(0, MAX_TITLE_CHARS * 2).matchAll(/\S+/gu)];
  // the title written twice (`Titel Titel Text`)
  for (let k = MIN_TITLE_WORDS; k <= MAX_TITLE_WORDS && 2 * k < words.length; k++) {
    let same = true;
    for (let i = 0; i < k && same; i++) same = words[i]![0] === words[k + i]![0];
    if (same) return done(text.slice(0, words[k]!.index), text.slice(words[2 * k - 1]!.index + words[2 * k - 1]![0].length));
  }
  // a site name after a bar (`Titel | Tiroler Tageszeitung Online Text`): the title is before it
  const bar = text.indexOf(' | ');
  if (bar > 0 && bar <= MAX_TITLE_CHARS) return done(text.slice(0, bar), text.slice(bar + 3));
  const openers = OPENERS[lang === 'de' ? 'de' : 'en']!;
  const limit = Math.min(words.length - 1, MAX_TITLE_WORDS);
  for (let i = MIN_TITLE_WORDS; i <= limit; i++) {
    const w = words[i]![0];
    const before = words[i - 1]![0];
    // a title ends without a sentence mark; a sentence mark before the word means the title was not split here
    // a question or exclamation ends a title as well (`… Volatile Share Price? If you own …`)
    if (/[?!]$/u.test(before) && /^\p{Lu}/u.test(w) && i >= MIN_TITLE_WORDS) return done(text.slice(0, words[i]!.index), text.slice(words[i]!.index));
    if (/[.:;,–-]$/u.test(before) || /^["“„«(]/u.test(w)) continue;
    // an upper-case dateline (`KÖLN (dpa-AFX) -`, `CHENNAI:`) opens the body
    if (/^\p{Lu}{3,}[\p{Lu}-]*[:,]?$/u.test(w) && !/^\p{Lu}{2,}/u.test(before)) {
      const next = words[i + 1]?.[0] ?? '';
      if (/:$/u.test(w) || /^[(–-]/u.test(next) || /^\p{Lu}/u.test(next)) return done(text.slice(0, words[i]!.index), text.slice(words[i]!.index));
    }
    // a sentence opener capitalised inside a sentence-case title; in English only where the words before are
    // written in sentence case, since Title Case headlines capitalise every word
    if (openers.has(w) && (lang === 'de' ? !openers.has(before) : sentenceCase(words.slice(0, i).map((m) => m[0])))) {
      return done(text.slice(0, words[i]!.index), text.slice(words[i]!.index));
    }
  }
  return null;
}

/** Whether headline words are in sentence case: some longer word in lower case. */
function sentenceCase(words: string[]): boolean {
  return words.some((w) => /^\p{Ll}{4,}/u.test(w));
}

function done(title: string, text: string): TitledText | null {
  const t = title.trim(), b = text.trim();
  return t && b ? { title: t, text: b } : null;
}
