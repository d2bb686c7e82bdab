import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleEntity, EntityType, Mention, Quote } from '../src/types.js';
import { sharedPath } from '../src/paths.js';
import { quotesIn, quoteWith } from './helpers/quotes.js';
import { analyze } from '../src/pipeline.js';

/** Runs sentences and quotes on a text, with the entity mentions given (as the tagger would find them, or not). */
function run(text: string, lang: string, names: [string, EntityType, string][] = []): Quote[] {
  const mentions: Mention[] = [];
  const entities: ArticleEntity[] = [];
  for (const [name, type, key] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      mentions.push({ text: name, type, start: at, end: at + name.length, entity: key });
    }
    if (!entities.some((e) => e.key === key)) entities.push({ key, name: key.replace(/\b\p{L}/gu, (c) => c.toUpperCase()), type, aliases: [], mentions: 1 });
  }
  return quotesIn(text, lang, mentions, entities);
}

const find = quoteWith;

const PESKOW = 'Der Kreml äußerte sich zurückhaltend. Es sei um Syrien und die Ukraine gegangen, sagte Putins Sprecher Dmitri Peskow.';

test('the appositive name after a possessive is the speaker (Putins Sprecher Dmitri Peskow)', () => {
  const tagged = run(PESKOW, 'de', [['Putins', 'PER', 'wladimir putin'], ['Dmitri Peskow', 'PER', 'dmitri peskow']]);
  const q = find(tagged, 'Es sei um Syrien');
  assert.equal(q.speaker, 'Dmitri Peskow');
  assert.equal(q.speakerKey, 'dmitri peskow');
});

test('the speaker is found when the tagger missed the name or gave it a wrong type', () => {
  const missed = find(run(PESKOW, 'de', [['Putins', 'PER', 'wladimir putin']]), 'Es sei um Syrien');
  assert.equal(missed.speaker, 'Dmitri Peskow');
  assert.equal(missed.speakerKey, null);
  const wrongType = find(run(PESKOW, 'de', [['Putins', 'PER', 'wladimir putin'], ['Dmitri Peskow', 'ORG', 'dmitri peskow']]), 'Es sei um Syrien');
  assert.equal(wrongType.speaker, 'Dmitri Peskow');
  assert.equal(wrongType.speakerKey, 'dmitri peskow');
});

test('German sources after nach Angaben, heißt es in, and so X with a medium', () => {
  const qs = run(
    'Bei einem Schusswechsel wurde nach Angaben libanesischer Sicherheitskreise am Sonntag eine Person getötet. ' +
      'Die Gespräche sollen im Mai fortgesetzt werden, heißt es in der gemeinsamen Erklärung der Regierungen. ' +
      'Ägypten werde bereits aufgefordert, die Grenze zu öffnen, so Hisbollah-Chef Hassan Nasrallah im libanesischen Fernsehen.',
    'de',
  );
  const shot = find(qs, 'eine Person getötet');
  assert.equal(shot.form, 'indirect');
  assert.match(shot.speaker ?? '', /Sicherheitskreise/);
  assert.match(find(qs, 'im Mai fortgesetzt').speaker ?? '', /Erklärung/);
  assert.match(find(qs, 'die Grenze zu öffnen').speaker ?? '', /Hassan Nasrallah/);
  // `nach Angaben aus X`: the place the statements came from is the source, not `Angaben`
  const from = find(run('Weitere Runden sind nach Angaben aus Kiew bereits für den Herbst geplant.', 'de'), 'Weitere Runden');
  assert.equal(from.speaker, 'Kiew');
  // a place attached to the speaker is not the speaker
  const pledge = find(run('Calloway aus Pittsburgh sicherte zu, alle Standorte für drei Jahre zu erhalten.', 'de'), 'Standorte');
  assert.equal(pledge.speaker, 'Calloway');
});

test('a quote after a colon whose clause names no speaker goes on with the recent speaker', () => {
  const qs = run(
    'In einem Interview äußerte sich Javier Solana zuversichtlich: „Ich gehe davon aus, dass eine Einigung gelingen wird.“ ' +
      'Seine Zuversicht gründet sich auf frühere Erfahrungen: „Solche Entscheidungen fallen immer erst in letzter Minute.“',
    'de',
    [['Javier Solana', 'PER', 'javier solana']],
  );
  assert.equal(find(qs, 'Einigung gelingen').speaker, 'Javier Solana');
  assert.equal(find(qs, 'letzter Minute').speaker, 'Javier Solana');
});

test('English: two reports in one sentence are two quotes; a quoted fragment stays in its clause', () => {
  const qs = run('Sanders said the plan would “blow away expectations,” but Clinton said the plan would fail in the Senate.', 'en');
  const first = find(qs, 'blow away');
  assert.equal(first.form, 'indirect');
  assert.equal(first.speaker, 'Sanders');
  assert.ok(!first.text.includes('fail in the Senate'), 'the first message ends before the second report');
  assert.equal(find(qs, 'fail in the Senate').speaker, 'Clinton');
  assert.ok(!qs.some((q) => q.form === 'direct' && q.text.startsWith('blow away')), 'the fragment is not a quote of its own');
});

test('English: a noun spelled like a cue is not a cue', () => {
  assert.equal(run('He visited the United States and three other states last week.', 'en').length, 0);
});

test('seed 000 through the whole pipeline: Peskow speaks for the Kremlin, not Putin', (t) => {
  const seeds = sharedPath('seeds');
  if (!seeds) return t.skip('../shared/seeds is absent');
  const name = '000_fa0c3632cc7c58cd.txt';
  const raw = readFileSync(join(seeds, name), 'utf8');
  const text = /^-|Bildquelle|©/.test(raw.slice(0, raw.indexOf('\n'))) ? raw.slice(raw.indexOf('\n') + 1).trim() : raw.trim();
  const doc = analyze({ id: name, input: name, url: null, source: null, title: null, text, lang: 'de', date: null, credits: [], contentHash: '' });
  const q = find(doc.quotes, 'Es sei um Syrien');
  assert.equal(q.speaker, 'Dmitri Peskow');
  assert.equal(find(doc.quotes, 'harte Verhandlungen').speaker, 'Barack Obama');
  assert.equal(find(doc.quotes, 'eine Zeit der Ruhe').speaker, 'ein Sprecher');
});

test('German: `Das bestätigte X` reports the sentence before, with X as its speaker', () => {
  const qs = run('Die Polizei hat am Abend zwei Verdächtige festgenommen. Das bestätigte ein Sprecher der Staatsanwaltschaft.', 'de');
  const q = find(qs, 'zwei Verdächtige festgenommen');
  assert.equal(q.form, 'indirect');
  assert.match(q.speaker ?? '', /Sprecher der Staatsanwaltschaft/);
  // the quote is the sentence reported, without the pronoun that points back at it
  assert.equal(q.text, 'Die Polizei hat am Abend zwei Verdächtige festgenommen');
  assert.ok(!qs.some((x) => x.form === 'reported'), 'the cue sentence is not reported speech of its own');
  // without a sentence before, the pronoun reports nothing that could be shown
  assert.ok(run('Das bestätigte er.', 'de').every((x) => !x.text.includes('festgenommen')));
});

test('German: the agent of a passive cue is its speaker', () => {
  const q = find(run('Der Entwurf wurde am Montag von der Gewerkschaft Verdi scharf kritisiert.', 'de'), 'Entwurf');
  assert.match(q.speaker ?? '', /Verdi/);
});

test('German: a quoted fragment inside a clause of its own goes to that clause, a quote of the sentence before is no speaker', () => {
  const qs = run(
    '„Wir werden weiter verhandeln“, sagte Ministerin Anna Berger. Die Richter des Gerichts äußerten dagegen „gravierende rechtliche Bedenken“.',
    'de',
  );
  assert.equal(find(qs, 'gravierende rechtliche').speaker, 'Die Richter des Gerichts');
  for (const q of qs) assert.ok(!/^[„“"]/u.test(q.speaker ?? ''), 'no quote is the speaker of another');
});

test('German: an indicative main clause with its own subject reports the subjunctive clause after it', () => {
  const lead = 'Der Minister sagte, die Lage sei ernst. ';
  const qs = run(`${lead}Die Staatsanwaltschaft gibt an, der Angeklagte werde durch seinen Fahrer belastet.`, 'de');
  assert.match(find(qs, 'durch seinen Fahrer').speaker ?? '', /Staatsanwaltschaft/);
  // `Bislang` fills the prefield: the subject follows the verb
  const late = run(`${lead}Bislang gingen die Wissenschaftler davon aus, dass Gestein langsam verschmelzen würde.`, 'de');
  assert.match(find(late, 'Gestein').speaker ?? '', /Wissenschaftler/);
  // a subjunctive main clause goes on with the previous speaker
  const cont = run(`${lead}Die Polizei habe die Lage unter Kontrolle, es gebe keine Verletzten.`, 'de');
  assert.match(find(cont, 'keine Verletzten').speaker ?? '', /Minister/);
});

test('German: `Nach deren Angaben`, `Nach israelischen Militärangaben` open a source', () => {
  const a = find(run('Nach israelischen Militärangaben seien Soldaten beschossen worden.', 'de'), 'Soldaten');
  assert.match(a.speaker ?? '', /Militärangaben/);
  assert.equal(a.cue, 'Nach');
  const b = find(run('Nach seiner Meinung sollten die Verbraucher beim Einkauf sensibler werden.', 'de'), 'Verbraucher');
  assert.equal(b.cue, 'Nach');
});

test('German: a `laut` source between a verb and its message leaves the message to the verb', () => {
  const qs = run('Heute bestätigte der Gefängnisdirektor laut Nachrichtenagentur Reuters, dass es ein Problem mit der Versorgung gibt.', 'de');
  const q = find(qs, 'Problem mit der Versorgung');
  assert.match(q.speaker ?? '', /Gefängnisdirektor/);
  assert.ok(!qs.some((x) => x.cue === 'laut'), 'no quote of its own for the `laut` source');
});

test('German passive sources: an agent with an adjective, the one quoted, a document opening the clause', () => {
  const a = find(run('Von gewerkschaftlicher Seite wird der Entwurf scharf kritisiert.', 'de'), 'Entwurf');
  assert.match(a.speaker ?? '', /gewerkschaftlicher Seite/);
  const b = find(run('„Wir bleiben bei unserem Plan“, wird der Firmenchef Karl Weber zitiert.', 'de'), 'bleiben bei unserem Plan');
  assert.match(b.speaker ?? '', /Karl Weber/);
  const c = find(run('In einem Bericht der Zeitung wurde vermutet, dass keiner der Insassen überlebt hat.', 'de'), 'Insassen');
  assert.match(c.speaker ?? '', /Zeitung/);
});

test('German: a coordinated cue without a subject of its own shares the first clause\'s subject', () => {
  const qs = run('Der Minister sagte am Montag, die Lage sei ernst, und fügte hinzu, man werde bald handeln. ' +
    'Die Kanzlerin kritisierte die Pläne scharf und betonte, die Renten müssten sicher bleiben.', 'de');
  assert.equal(find(qs, 'bald handeln').speaker, 'Der Minister');
  assert.equal(find(qs, 'Renten müssten').speaker, 'Die Kanzlerin');
});

test('German: an adverb opening the sentence is no source; the subject after the verb speaks', () => {
  const qs = run('Gleichzeitig empfahl der ehemalige Umweltminister Jürgen Trittin, man solle auf Erdgasautos umsteigen.', 'de', [['Jürgen Trittin', 'PER', 'jürgen trittin']]);
  assert.equal(find(qs, 'Erdgasautos').speakerKey, 'jürgen trittin');
  const fronted = run('Relativierend fügt Gall hinzu: „Allerdings darf das nicht aus den Augen verloren werden.“', 'de', [['Gall', 'PER', 'reinhold gall']]);
  assert.equal(find(fronted, 'Augen verloren').speakerKey, 'reinhold gall');
});

test('German: a cue ending a relative clause speaks through its pronoun for the phrase before it', () => {
  const text = 'Auf der Straße standen Demonstranten, die unter anderem skandierten: „Hole unsere Stimmen zurück!“';
  const q = find(run(text, 'de'), 'Stimmen zurück');
  assert.ok(q.speaker?.includes('Demonstranten'));
  // the pronoun is part of the speaker phrase a reader sees (`Demonstranten, die`)
  const object = find(run('Die Alternative, die Roßberg nannte, sei ein massiver Eingriff in die Kultur der Stadt.', 'de'), 'massiver Eingriff');
  assert.notEqual(object.speaker, 'Die Alternative');
});

test('German: the one quoted by a medium is the source, not the medium', () => {
  const qs = run('Günther Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, es habe eine positive Resonanz gegeben.', 'de');
  assert.equal(find(qs, 'positive Resonanz').speaker, 'Günther Platter');
});

test('German: a subjunctive sentence after a sentence naming someone without a cue reports that one', () => {
  const text = 'Die IAEA sagte, sie habe Spuren gefunden. Ali Larijani streitet dies ab. ' +
    'Das Programm sei ausschließlich zur friedlichen Erforschung der Kernenergie bestimmt.';
  const qs = run(text, 'de', [['IAEA', 'ORG', 'iaea'], ['Ali Larijani', 'PER', 'ali larijani']]);
  assert.equal(find(qs, 'friedlichen Erforschung').speakerKey, 'ali larijani');
  // without that sentence the report goes on with the last speaker
  const on = run('Die IAEA sagte, sie habe Spuren gefunden. Das Programm sei nicht zur friedlichen Erforschung der Kernenergie bestimmt.', 'de', [['IAEA', 'ORG', 'iaea']]);
  assert.equal(find(on, 'friedlichen Erforschung').speakerKey, 'iaea');
});

test('German: `so` with a pronoun or a verb before its subject', () => {
  const qs = run('„Das Elend der Tiere geht ohne Unterbrechung weiter“, so letztere. „Ein außerordentlicher Sieg“, so urteilte Romney.', 'de', [['Romney', 'PER', 'mitt romney']]);
  assert.equal(find(qs, 'Elend der Tiere').speaker, 'letztere');
  assert.equal(find(qs, 'außerordentlicher Sieg').speakerKey, 'mitt romney');
});

test('German verb second: the subject after the finite verb when the prefield is no subject', async () => {
  const { splitSentences } = await import('../src/text/sentences.js');
  const { clauseSubject } = await import('../src/extract/quotes/speaker.js');
  /** The subject of the sentence's words before its first quotation mark. */
  const subjectOf = (text: string): string | null => {
    const tokens = splitSentences(text)[0]!.tokens;
    const open = text.includes('„') ? text.indexOf('„') : text.length;
    const r = clauseSubject(tokens, (i) => tokens[i]!.end <= open);
    return r ? tokens.slice(r[0], r[1]).map((t) => t.text).join(' ') : null;
  };
  // an adverb, a long prepositional phrase, a subordinate clause, a relative clause, a reflexive in between
  assert.equal(subjectOf('Ursprünglich wollte er „ein Konzept vorlegen“.'), 'er');
  assert.equal(subjectOf('Später sagte Bundeskanzlerin Angela Merkel vor der Presse, der Papst „ist ein Denker“.'), 'Bundeskanzlerin Angela Merkel');
  assert.equal(subjectOf('Zum geplanten Versammlungsrecht in Baden-Württemberg schreibt Reinhold Gall: „Das Gesetz ist schlecht.“'), 'Reinhold Gall');
  assert.equal(subjectOf('Bei einer Debatte um die Praxis der Abschiebungen ließ sich Pieper zu dem Zwischenruf hinreißen: „Raus!“'), 'Pieper');
  assert.equal(subjectOf('Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: „Lasst mich raus!“'), 'der Randalierer');
  assert.equal(subjectOf('Die Mönche, die sich an den Demonstrationen beteiligt hatten, beschrieb die Nachrichtenagentur als „aggressiv“.'), 'die Nachrichtenagentur');
  assert.equal(subjectOf('Den Vorschlag der Kommission lehnte der Minister als „Unsinn“ ab.'), 'der Minister');
  assert.equal(subjectOf('Angesichts solcher Alternativen nannte Reinhard Jung die Kartoffel „überflüssig“.'), 'Reinhard Jung');
  // the subject opening the sentence stays the subject
  assert.equal(subjectOf('Die Firma empfindet den Plan als „Zumutung“.'), 'Die Firma');
  assert.equal(subjectOf('Dort sieht Osterloh einen „klaren Wortbruch“.'), 'Osterloh');
});

test('a club or company before a hyphenated role names the role, not the speaker (Rheinfels-Coach Mario Santini)', () => {
  const qs = run('Rheinfels-Coach Mario Santini sprach von einer „verdienten Niederlage“.', 'de', [['Rheinfels', 'ORG', 'tsv rheinfels'], ['Mario Santini', 'PER', 'mario santini']]);
  assert.equal(find(qs, 'verdienten Niederlage').speakerKey, 'mario santini');
});

test('a pronoun after the message speaks for a person named before it, not for one named in the message', () => {
  const text = 'Vorstandschef Daniel Whitfield zeigte sich zufrieden. Man werde für Anna Gridlow „einen guten Nachfolger finden“, sagte er.';
  const qs = run(text, 'de', [['Daniel Whitfield', 'PER', 'daniel whitfield'], ['Anna Gridlow', 'PER', 'anna gridlow']]);
  assert.equal(find(qs, 'einen guten Nachfolger finden').speakerKey, 'daniel whitfield');
});

test('German: a sentence that only says someone said something is kept for a named, role or institutional speaker, not for any noun before the verb', () => {
  const body = run('Die Gewerkschaft kritisierte den Plan scharf.', 'de');
  assert.match(find(body, 'Plan').speaker ?? '', /Gewerkschaft/);
  const named = run('Katzian kritisierte den Plan scharf.', 'de', [['Katzian', 'PER', 'wolfgang katzian']]);
  assert.equal(find(named, 'Plan').speakerKey, 'wolfgang katzian');
  const noun = run('Das Farbsystem soll im Sperrbildschirm funktionieren, wo iPhone-Tricks mehr Funktionen fordert.', 'de');
  assert.ok(!noun.some((q) => q.speaker === 'Funktionen' || q.speaker === 'mehr Funktionen'), JSON.stringify(noun));
});
