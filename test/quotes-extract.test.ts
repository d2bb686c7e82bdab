import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc, Quote } from '../src/types.js';
import { sentences } from '../src/text/index.js';
import { quotes, speakerMatches } from '../src/extract/quotes/index.js';
import { findQuotedSpans } from '../src/extract/quotes/marks.js';

function run(text: string, lang: string): Quote[] {
  const doc: Doc = {
    article: { id: 't', input: 't', url: null, source: null, title: null, text, lang, date: null, credits: [], contentHash: '' },
    sentences: [], mentions: [], entities: [], timexes: [], quotes: [], eventDate: null,
  };
  sentences.apply(doc);
  quotes.apply(doc);
  return doc.quotes;
}

const find = (qs: Quote[], part: string) => qs.find((q) => q.text.includes(part));

test('quotation marks in every common typography', () => {
  for (const [open, close] of [['„', '“'], ['"', '"'], ['«', '»'], ['»', '«'], ['‚', '‘'], ['“', '”']]) {
    const text = `Er sagte: ${open}Wir kommen morgen wieder.${close} Dann ging er.`;
    const spans = findQuotedSpans(text);
    assert.equal(spans.length, 1, `${open}…${close}`);
    assert.equal(text.slice(spans[0]!.innerStart, spans[0]!.innerEnd), 'Wir kommen morgen wieder.');
  }
  // an apostrophe is not a closing mark
  const s = findQuotedSpans('She said ‘we don’t know yet’ and left.');
  assert.equal(s.length, 1);
  assert.equal(s[0]!.innerEnd - s[0]!.innerStart, 'we don’t know yet'.length);
});

test('a quote over two paragraphs continues at the re-opening mark', () => {
  const text = '“We will stay.\n\n“And we will win,” he said.';
  const spans = findQuotedSpans(text).filter((s) => s.depth === 0);
  assert.equal(spans.length, 1);
  assert.ok(text.slice(spans[0]!.innerStart, spans[0]!.innerEnd).endsWith('we will win,'));
});

test('German direct quote with inverted cue, pronoun and continuation', () => {
  const qs = run(
    'Kanzlerin Angela Merkel traf am Montag Vertreter der Opposition. „Wir werden das gemeinsam schaffen“, sagte Merkel. „Die Lage ist ernst, aber nicht hoffnungslos.“ Sie habe volles Vertrauen in die Verhandlungen. „Niemand will einen Krieg“, betonte sie.',
    'de',
  );
  const first = find(qs, 'gemeinsam schaffen')!;
  assert.equal(first.form, 'direct');
  assert.equal(first.speaker, 'Angela Merkel');
  assert.equal(first.cue, 'sagte');
  assert.equal(first.text, 'Wir werden das gemeinsam schaffen');
  assert.equal(find(qs, 'nicht hoffnungslos')?.speaker, 'Angela Merkel');
  const ind = find(qs, 'volles Vertrauen')!;
  assert.equal(ind.form, 'indirect');
  assert.equal(ind.speaker, 'Angela Merkel');
  assert.equal(find(qs, 'Niemand will')?.speaker, 'Angela Merkel');
});

test('German indirect speech: sagte, teilte … mit, hieß es, laut, zufolge, unnamed sources', () => {
  const qs = run(
    'Diplomaten sagten am Montag, nur technische Details hätten eine Einigung verhindert. ' +
      'Der Konzern teilte am Abend mit, die Produktion werde im Mai wieder aufgenommen. ' +
      'Im Finanzministerium hieß es, ein Nachtragshaushalt sei nicht geplant. ' +
      'Laut einem Sprecher der Polizei wurden drei Menschen leicht verletzt. ' +
      'Die Arbeitslosigkeit wird Experten zufolge im Winter deutlich steigen.',
    'de',
  );
  const d = find(qs, 'technische Details')!;
  assert.equal(d.form, 'indirect');
  assert.equal(d.speaker, 'Diplomaten');
  assert.equal(d.speakerKey, null);
  assert.equal(d.text, 'nur technische Details hätten eine Einigung verhindert');
  const k = find(qs, 'Produktion werde')!;
  assert.equal(k.speaker, 'Der Konzern');
  assert.equal(k.cue, 'teilte … mit');
  assert.equal(find(qs, 'Nachtragshaushalt')?.cue, 'hieß es');
  assert.match(find(qs, 'Nachtragshaushalt')?.speaker ?? '', /Finanzministerium/);
  assert.equal(find(qs, 'drei Menschen')?.speaker, 'einem Sprecher der Polizei');
  assert.equal(find(qs, 'Arbeitslosigkeit')?.speaker, 'Experten');
});

test("a score's colon after the cue is no colon of speech: the message before the cue is the quote", () => {
  const qs = run(
    'Es ist ärgerlich, dass das Spiel mit einem Kempa-Trick entschieden wird, sagte Geschäftsführer Schmadtke nach dem 0:1 (0:1) gegen Hannover 96 und dem verpassten Sprung auf Platz vier.',
    'de',
  );
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.text, 'Es ist ärgerlich, dass das Spiel mit einem Kempa-Trick entschieden wird');
  assert.equal(qs[0]!.speaker, 'Schmadtke');
});

test('scare quotes and titles are not quotes', () => {
  const qs = run('Die Terrormiliz "Islamischer Staat" kontrolliert weiter Teile des Landes. Der Film „Das Boot“ läuft heute.', 'de');
  assert.equal(qs.filter((q) => q.form === 'direct').length, 0);
});

test('a speaker with a role: the name after the role noun', () => {
  const qs = run('Es sei um Syrien und die Ukraine gegangen, sagte Putins Sprecher Dmitri Peskow.', 'de');
  assert.equal(qs.length, 1);
  assert.equal(qs[0]!.speaker, 'Dmitri Peskow');
  assert.equal(qs[0]!.text, 'Es sei um Syrien und die Ukraine gegangen');
});

test('English direct and indirect speech', () => {
  const qs = run(
    '"We will not give up on this deal," said Secretary of State John Kerry. The minister told reporters that the plan had failed. The economy will grow by 2 percent, according to the central bank.',
    'en',
  );
  const k = find(qs, 'give up')!;
  assert.equal(k.form, 'direct');
  assert.equal(k.text, 'We will not give up on this deal', 'the comma before the attribution is not part of the quote');
  assert.equal(k.speaker, 'John Kerry');
  const m = find(qs, 'plan had failed')!;
  assert.equal(m.form, 'indirect');
  assert.equal(m.cue, 'told');
  const a = find(qs, 'economy will grow')!;
  assert.equal(a.cue, 'according to');
  assert.equal(a.speaker, 'the central bank');
});

test('bad input does not crash', () => {
  assert.deepEqual(run('', 'de'), []);
  assert.ok(Array.isArray(run('„„„ “ “ " » « ‚ ‘ ’ sagte sagte, laut zufolge', 'de')));
  assert.ok(Array.isArray(run('\u0000\uFFFF🙂 „unclosed quote\n\n„another', 'und')));
  const big = 'Er sagte, es sei gut. „Das ist ein Test mit vielen Worten“, sagte er. '.repeat(2000);
  const t = Date.now();
  assert.ok(run(big, 'de').length > 0);
  assert.ok(Date.now() - t < 10000);
});

test('speakerMatches: surname, full name, case and accents', () => {
  const q: Quote = { text: 'x', start: 0, end: 1, form: 'direct', speaker: 'Angela Merkel', speakerKey: 'angela merkel', cue: 'sagte' };
  assert.ok(speakerMatches(q, 'Merkel'));
  assert.ok(speakerMatches(q, 'angela MERKEL'));
  assert.ok(!speakerMatches(q, 'Obama'));
  assert.ok(!speakerMatches(q, ''));
  assert.ok(speakerMatches({ ...q, speaker: 'José Manuel Barroso', speakerKey: null }, 'Jose Barroso'));
  assert.ok(!speakerMatches({ ...q, speaker: null, speakerKey: null }, 'Merkel'));
});

test('a verb of saying that shares the subject of the clause before it does not quote that clause', () => {
  const qs = run('Der Bürgermeister nahm die Listen entgegen, äußerte aber Zweifel an der Zulässigkeit. Die Frist sei möglicherweise abgelaufen, sagte er.', 'de');
  assert.equal(find(qs, 'nahm die Listen entgegen'), undefined);
  assert.ok(find(qs, 'Die Frist sei möglicherweise abgelaufen'));
  // with a subject of its own after the verb, the clause before is its message
  const own = run('Die Frist sei abgelaufen, sagte aber der Bürgermeister.', 'de');
  assert.ok(find(own, 'Die Frist sei abgelaufen'));
});

test('according to a report by a named body: the body is named in the source', () => {
  const qs = run('The fire was started by a faulty charger, according to a report published by Northshire Fire Service on Wednesday.', 'en');
  const q = find(qs, 'faulty charger');
  assert.ok(q);
  assert.match(q.speaker ?? '', /Northshire Fire Service/);
});
