// Event summaries read in one language and without wire datelines, on the example corpus's
// mixed-language events.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { analyze } from '../src/pipeline.js';
import { readInputs } from '../src/ingest/read.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import { describeEvent } from '../src/connect/index.js';
import type { Doc } from '../src/types.js';

async function exampleDocs(): Promise<Map<string, Doc>> {
  const out = new Map<string, Doc>();
  for await (const raw of readInputs([join(packageRoot(), 'examples', 'articles')])) {
    if (raw instanceof InputError) continue;
    const p = prepareArticle(raw);
    if (!(p instanceof InputError)) out.set(p.article.id, analyze(p.article));
  }
  return out;
}

/** The body sentences of a doc, whitespace-normalised as summaries print them. */
function sentenceTexts(doc: Doc): string[] {
  return doc.sentences.map((s) => doc.article.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim()).filter((t) => t.split(' ').length >= 6);
}

const DATELINE_LIKE = /^\p{Lu}{3,}[^\n()]{0,40}\([^)]{1,30}\)\s*[–—-]/u;

test('a mixed-language event is summarised in the language of its title, without datelines', async () => {
  const docs = await exampleDocs();
  const events = [
    ['01-genf-gespraeche-gefangene', '02-genf-austausch-verhandlungen', 'ex-geneva-prisoner-talks'],
    ['20-kaltenbach-pokal-coup', '21-pokal-kaltenbach-elfmeter', 'ex-kaltenbach-cup-upset'],
    ['24-weserstrom-uebernahmeangebot', '25-weserstrom-ig-metall-sorge', 'ex-calloway-bid-weserstrom'],
    ['09-harwick-warehouse-fire', '10-lagerhausbrand-england', 'ex-harwick-blaze'],
  ];
  for (const ids of events) {
    const members = ids.map((id) => docs.get(id)!);
    assert.ok(members.every(Boolean), `${ids.join(', ')} read`);
    assert.equal(new Set(members.map((d) => d.article.lang)).size, 2, 'the event mixes two languages');
    const d = describeEvent(members);
    const lead = members.find((m) => m.article.title === d.title);
    assert.ok(lead, `the title "${d.title}" is one member's`);
    assert.ok(d.summary.length > 40, `a summary for ${ids[0]}`);
    for (const other of members.filter((m) => m.article.lang !== lead.article.lang)) {
      for (const s of sentenceTexts(other)) assert.ok(!d.summary.includes(s), `no ${other.article.lang} sentence in the ${lead.article.lang} summary: ${s}`);
    }
    const fromLead = members.filter((m) => m.article.lang === lead.article.lang).flatMap(sentenceTexts);
    assert.ok(fromLead.some((s) => d.summary.includes(s) || d.summary.includes(s.replace(DATELINE_LIKE, '').trim())), 'the summary is made of its own-language sentences');
    assert.doesNotMatch(d.summary, /\((?:AFP|dpa|sid|Northwire)\)\s*[–—-]/u, `no dateline in "${d.summary}"`);
  }
});

test('a dateline is dropped from a summary sentence', async () => {
  const docs = await exampleDocs();
  const wire = docs.get('19-wienecke-muss-gehen')!;
  assert.match(wire.article.text.trimStart(), DATELINE_LIKE, 'the article opens with a dateline');
  const d = describeEvent([wire]);
  assert.ok(d.summary.length > 0);
  assert.doesNotMatch(d.summary, DATELINE_LIKE);
  assert.doesNotMatch(d.summary, /\(sid\)/);
});

test('a local dateline with a numeric date and a sentence cut inside a quote stay out of a summary', () => {
  const p = prepareArticle({
    input: 'test',
    id: 'lager',
    title: 'Brand in einem Lager: Feuerwehr gibt am Abend Entwarnung',
    lang: 'de',
    text: 'Oberhausen, 12.09.2023 – Nach dem Brand in einem Lager des Chemieherstellers hat die Feuerwehr am Abend Entwarnung gegeben. '
      + '"Das war kein Pech. Eine Ladestation mitten im Lager ist ein ernstes Risiko für die Feuerwehr", sagte die Einsatzleiterin am Abend. '
      + 'Die Feuerwehr war mit mehr als achtzig Kräften im Einsatz, verletzt wurde bei dem Brand im Lager niemand.',
  });
  assert.ok(!(p instanceof InputError));
  const d = describeEvent([analyze(p.article)]);
  assert.ok(d.summary.startsWith('Nach dem Brand'), `summary starts without the dateline: ${d.summary}`);
  assert.doesNotMatch(d.summary, /12\.09\.2023/);
  assert.equal((d.summary.match(/"/g) ?? []).length % 2, 0, `quotation marks pair up in: ${d.summary}`);
});

test('describing an empty or text-less event does not throw', () => {
  assert.equal(describeEvent([]).summary, '');
});

test("what changed lists a figure whose unit an earlier event counted, not an ordinal's place in a row", () => {
  const doc = (id: string, text: string) => {
    const p = prepareArticle({ input: id, id, text, date: '2025-01-20', lang: 'de' });
    assert.ok(!(p instanceof InputError));
    return analyze(p.article);
  };
  const earlier = doc('a', 'Rund 2.300 Menschen protestierten in Bremerhaven. Das Tor fiel in der 67. Minute, die Gewerkschaft sprach von einem guten Tag für die Belegschaft.');
  const now = doc('b', 'Rund 3.000 Menschen protestierten erneut in Bremerhaven. Das Tor fiel in der 57. Minute, die Gewerkschaft sprach von einem schweren Tag für die Belegschaft.');
  const figures = describeEvent([now], [[earlier]]).whatsNew.figures;
  assert.ok(figures.some((f) => f.startsWith('3.000 Menschen (before: 2.300 Menschen')), JSON.stringify(figures));
  assert.ok(!figures.some((f) => f.includes('Minute')), JSON.stringify(figures));
});

test('what changed leaves out a figure of the same unit that counts something else', () => {
  const doc = (id: string, text: string, lang = 'de') => {
    const p = prepareArticle({ input: id, id, text, date: '2025-01-20', lang });
    assert.ok(!(p instanceof InputError));
    return analyze(p.article);
  };
  // staff of the company, then protesters in its town; staff of the parent, then of a subsidiary
  const earlier = doc('a', 'Das Unternehmen mit Sitz in Bremen beschäftigt rund 2.300 Menschen, die meisten davon im Werk in Bremerhaven.');
  const now = doc('b', 'Rund 3.000 Menschen haben am Donnerstag in Bremerhaven gegen den geplanten Abbau von Arbeitsplätzen demonstriert.');
  assert.deepEqual(describeEvent([now], [[earlier]]).whatsNew.figures, []);
  const parent = doc('c', 'Weserstrom employs about 2,300 people at its plant in Bremerhaven.', 'en');
  const unit = doc('d', 'Gridlogic employs about 180 people at its plant in Oldenburg.', 'en');
  const figures = describeEvent([unit], [[parent]]).whatsNew.figures;
  assert.ok(!figures.some((f) => f.startsWith('180 people')), `different companies' staff: ${JSON.stringify(figures)}`);
  // the same vote counted again, in other words around it
  const vote1 = doc('e', 'Der Stadtrat hatte mit 19 zu 17 Stimmen für den Neubau votiert.');
  const vote2 = doc('f', 'Der Stadtrat stimmte am Donnerstag mit 21 zu 15 Stimmen für eine kleinere Variante des Neubaus.');
  assert.ok(describeEvent([vote2], [[vote1]]).whatsNew.figures.some((f) => f.startsWith('15 Stimmen (before: 17 Stimmen')));
});
