import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/read.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import type { RawArticle } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'chronik-html-'));

async function readOne(name: string, content: string | Buffer): Promise<RawArticle | InputError> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: (RawArticle | InputError)[] = [];
  for await (const x of readInputs([path])) out.push(x);
  assert.equal(out.length, 1);
  return out[0]!;
}

const PAGE = `<!doctype html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<title>Neuer Haushalt in Neustadt: Stadtrat stimmt knapp zu | Neustädter Anzeiger</title>
<meta property="og:site_name" content="Neustädter Anzeiger">
<link rel="canonical" href="https://anzeiger.example/lokal/haushalt-2024.html">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"x"},
{"@type":"NewsArticle","headline":"Neuer Haushalt in Neustadt: Stadtrat stimmt knapp zu","datePublished":"2024-03-05T18:45:00+01:00"}]}</script>
<style>.teaser{color:red}</style>
</head>
<body>
<nav><ul><li><a href="/">Startseite</a></li><li><a href="/lokal">Lokales</a></li></ul></nav>
<header><div class="logo">Neustädter Anzeiger</div></header>
<main><article>
<h1>Neuer Haushalt in Neustadt: Stadtrat stimmt knapp zu</h1>
<figure><img src="rat.jpg"><figcaption>Der Stadtrat bei der Abstimmung. Bildquelle: Anzeiger/Meier</figcaption></figure>
<p>Neustadt - Der Stadtrat von Neustadt hat am Dienstagabend mit 21 zu 19 Stimmen den Haushalt für das laufende Jahr beschlossen. Die Debatte dauerte mehr als vier Stunden.</p>
<p>„Wir investieren in Schulen und Brücken, nicht in Prestigeprojekte“, sagte Bürgermeisterin Petra Hansen nach der Sitzung. Die Opposition kritisierte die neuen Schulden.</p>
<p>Der Haushalt sieht Ausgaben von 412 Millionen Euro vor, 18 Millionen mehr als im Vorjahr. Die Sanierung der Nordbrücke soll im Sommer beginnen.</p>
<aside>Lesen Sie auch: Das Freibad bleibt geschlossen</aside>
</article></main>
<footer><p>© 2024 Neustädter Anzeiger · Impressum · Datenschutz</p></footer>
<script>var tracking = "Startseite";</script>
</body>
</html>`;

test('a news page becomes one article: body paragraphs, title, date, language, URL and site from its metadata', async () => {
  const raw = await readOne('haushalt.html', PAGE);
  assert.ok(!(raw instanceof InputError), String(raw));
  assert.equal(raw.id, 'haushalt');
  assert.equal(raw.title, 'Neuer Haushalt in Neustadt: Stadtrat stimmt knapp zu');
  assert.equal(raw.date, '2024-03-05T18:45:00+01:00');
  assert.equal(raw.lang, 'de');
  assert.equal(raw.url, 'https://anzeiger.example/lokal/haushalt-2024.html');
  assert.equal(raw.source, 'Neustädter Anzeiger');
  const paragraphs = raw.text.split('\n\n');
  assert.equal(paragraphs.length, 3, raw.text);
  assert.match(paragraphs[0]!, /^Neustadt - Der Stadtrat/);
  assert.match(paragraphs[1]!, /„Wir investieren in Schulen und Brücken/);
  for (const junk of ['Startseite', 'Impressum', 'tracking', 'color:red', 'Lesen Sie auch', 'Bildquelle']) {
    assert.ok(!raw.text.includes(junk), `${junk} left in the body`);
  }
  const prepared = prepareArticle(raw);
  assert.ok(!(prepared instanceof InputError));
  assert.deepEqual([prepared.article.date?.value, prepared.article.date?.precision], ['2024-03-05', 'day']);
});

test('a page Readability cannot read still gives its article text', async () => {
  const raw = await readOne('kurz.htm', `<html><head><title>Nordbrücke gesperrt: Umleitung über die Ringstraße | Anzeiger</title></head><body>
    <nav>Startseite</nav><main><p>Neustadt - Die Nordbrücke ist seit Montag gesperrt.</p></main></body></html>`);
  assert.ok(!(raw instanceof InputError), String(raw));
  assert.equal(raw.text, 'Neustadt - Die Nordbrücke ist seit Montag gesperrt.');
  assert.equal(raw.title, 'Nordbrücke gesperrt: Umleitung über die Ringstraße');
  assert.equal(raw.lang, undefined);
});

test('a bare fragment is read as a page; markup inside scripts and comments is not counted as elements', async () => {
  const fragment = await readOne('fragment.html', '<p>Neustadt - Die Nordbrücke ist seit Montag gesperrt, teilte die Stadt mit.</p>');
  assert.ok(!(fragment instanceof InputError), String(fragment));
  assert.equal(fragment.text, 'Neustadt - Die Nordbrücke ist seit Montag gesperrt, teilte die Stadt mit.');
  const templates = `<script>const t = "${'<div>'.repeat(5000)}";</script><!-- ${'<section>'.repeat(5000)} -->`;
  const page = await readOne('templates.html', `<html><head>${templates}</head><body><article><p>Neustadt - Der Stadtrat hat am Montag den Haushalt beschlossen.</p></article></body></html>`);
  assert.ok(!(page instanceof InputError), String(page));
  assert.equal(page.text, 'Neustadt - Der Stadtrat hat am Montag den Haushalt beschlossen.');
});

test('a Windows-1252 page keeps its umlauts', async () => {
  const html = '<html><body><p>Die Bürgermeisterin eröffnete am Montag das Freibad in Neustadt; der Eintritt kostet künftig drei Euro für Erwachsene und die Hälfte für Kinder.</p></body></html>';
  const raw = await readOne('latin.html', Buffer.from(html, 'latin1'));
  assert.ok(!(raw instanceof InputError), String(raw));
  assert.match(raw.text, /Bürgermeisterin eröffnete .* künftig .* Hälfte/);
});

test('hostile or empty pages are refused with a reason, without stalling', async () => {
  const deep = await readOne('deep.html', `<html><body>${'<div>'.repeat(100_000)}x</body></html>`);
  assert.ok(deep instanceof InputError);
  assert.match(deep.message, /nested too deeply/);
  const many = await readOne('many.html', `<html><body>${'<p>x</p>'.repeat(250_000)}</body></html>`);
  assert.ok(many instanceof InputError);
  assert.match(many.message, /too many elements/);
  // Each stray `<` (or entity) splits the text into another DOM node: a flood of them is refused too.
  const strays = await readOne('strays.html', `${'< '.repeat(500_000)}>`);
  assert.ok(strays instanceof InputError);
  assert.match(strays.message, /too many elements/);
  // A tag that never closes swallows the rest of the page: nothing to read, but no crash.
  const unclosed = await readOne('unclosed.html', '<a'.repeat(200_000));
  assert.ok(unclosed instanceof InputError);
  const empty = await readOne('empty.html', '<html><head><script>var a = 1;</script></head><body><nav>Menü</nav></body></html>');
  assert.ok(empty instanceof InputError);
  assert.equal(empty.message, 'no article text found in the HTML page');
});
