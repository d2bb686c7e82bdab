import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs } from '../src/ingest/read.js';
import { prepareArticle } from '../src/ingest/prepare.js';
import { InputError } from '../src/ingest/errors.js';
import type { RawArticle } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'chronik-feed-'));

async function read(name: string, content: string | Buffer): Promise<(RawArticle | InputError)[]> {
  const path = join(dir, name);
  writeFileSync(path, content);
  const out: (RawArticle | InputError)[] = [];
  for await (const x of readInputs([path])) out.push(x);
  return out;
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>Neustädter Anzeiger – Lokales</title>
<language>de-DE</language>
<item>
<title>Stadtrat &amp; Haushalt: knappe Mehrheit</title>
<link>https://anzeiger.example/1</link>
<guid isPermaLink="false">anz-1</guid>
<pubDate>Wed, 06 Mar 2024 00:30:00 +0100</pubDate>
<description>Kurzfassung des Artikels</description>
<content:encoded><![CDATA[<p>Neustadt - Der Stadtrat hat den Haushalt beschlossen.</p><p>„Wir investieren in Schulen“, sagte Bürgermeisterin Petra Hansen.</p>]]></content:encoded>
</item>
<item><title>Ohne Text</title><link>https://anzeiger.example/2</link></item>
<item>
<title>Nordbrücke gesperrt</title>
<guid>https://anzeiger.example/3</guid>
<description>&lt;p&gt;Die Nordbrücke ist seit Montag gesperrt, teilte die Stadt mit.&lt;/p&gt;</description>
</item>
</channel>
</rss>`;

test('an RSS feed gives one article per item, full content first, and reports items without text', async () => {
  const items = await read('lokales.rss', RSS);
  assert.equal(items.length, 3);
  const [first, second, third] = items as [RawArticle, InputError, RawArticle];
  assert.equal(first.title, 'Stadtrat & Haushalt: knappe Mehrheit');
  assert.equal(first.text, 'Neustadt - Der Stadtrat hat den Haushalt beschlossen.\n\n„Wir investieren in Schulen“, sagte Bürgermeisterin Petra Hansen.');
  assert.equal(first.url, 'https://anzeiger.example/1');
  assert.equal(first.lang, 'de');
  assert.equal(first.source, 'Neustädter Anzeiger – Lokales');
  assert.match(first.input, /lokales\.rss#1$/);
  // The publisher's calendar day, not the UTC one (23:30 on the 5th).
  const prepared = prepareArticle(first);
  assert.ok(!(prepared instanceof InputError));
  assert.equal(prepared.article.date?.value, '2024-03-06');
  assert.ok(second instanceof InputError);
  assert.equal(second.message, 'feed item has no text');
  assert.match(second.input, /lokales\.rss#2$/);
  assert.equal(third.text, 'Die Nordbrücke ist seit Montag gesperrt, teilte die Stadt mit.');
  assert.equal(third.url, 'https://anzeiger.example/3', 'a permalink guid is the URL');
});

test('the same feed read twice gives the same article ids', async () => {
  const a = (await read('a.rss', RSS)).filter((x): x is RawArticle => !(x instanceof InputError));
  const b = (await read('b.xml', RSS)).filter((x): x is RawArticle => !(x instanceof InputError));
  assert.deepEqual(a.map((x) => x.id), b.map((x) => x.id));
  assert.equal(new Set(a.map((x) => x.id)).size, 2);
});

test('an Atom feed: HTML titles and content become text, language from xml:lang', async () => {
  const [entry] = await read('wire.atom', `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Example Wire</title>
<entry><title type="html">Bridge &lt;em&gt;closed&lt;/em&gt; in Neustadt</title><id>urn:uuid:7</id>
<link rel="alternate" href="https://wire.example/7"/><updated>2024-03-06T08:00:00Z</updated><published>2024-03-05T09:00:00Z</published>
<content type="html">&lt;p&gt;The north bridge in Neustadt was closed on Monday, the city said.&lt;/p&gt;</content></entry></feed>`);
  assert.ok(entry && !(entry instanceof InputError), String(entry));
  assert.equal(entry.title, 'Bridge closed in Neustadt');
  assert.equal(entry.text, 'The north bridge in Neustadt was closed on Monday, the city said.');
  assert.equal(entry.url, 'https://wire.example/7');
  assert.equal(entry.lang, 'en');
  assert.equal(entry.date, '2024-03-05T09:00:00Z', 'published wins over updated');
});

test('a Latin-1 feed keeps its umlauts', async () => {
  const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Anzeiger</title>
<item><title>Freibad öffnet</title><description>Die Bürgermeisterin eröffnete das Freibad; Kinder zahlen die Hälfte.</description></item></channel></rss>`;
  const [item] = await read('latin.rss', Buffer.from(xml, 'latin1'));
  assert.ok(item && !(item instanceof InputError), String(item));
  assert.equal(item.title, 'Freibad öffnet');
  assert.match(item.text, /Bürgermeisterin eröffnete .* Hälfte/);
});

test('hostile and foreign XML is refused or read safely, with a reason', async () => {
  // Nested entity definitions ("billion laughs") must not expand.
  const defs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
  const [laughs] = await read('laughs.xml', `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "ha">${defs}]>
<rss version="2.0"><channel><title>x</title><item><title>&l9;</title><description>&l9; Neustadt</description></item></channel></rss>`);
  assert.ok(laughs);
  if (!(laughs instanceof InputError)) assert.ok(laughs.text.length < 1000, `entity expanded to ${laughs.text.length} characters`);
  const [deep] = await read('deep.xml', `<rss><channel>${'<a>'.repeat(50_000)}</rss>`);
  assert.ok(deep instanceof InputError);
  assert.match(deep.message, /nested too deeply/);
  const [config] = await read('config.xml', '<?xml version="1.0"?><config><a>1</a></config>');
  assert.ok(config instanceof InputError);
  assert.match(config.message, /^not an RSS or Atom feed/);
  // Met while walking a directory, an XML file that is no feed is simply not an article file.
  const sub = join(dir, 'site');
  mkdirSync(sub);
  writeFileSync(join(sub, 'sitemap.xml'), '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>');
  writeFileSync(join(sub, 'news.rss'), RSS);
  const walked: (RawArticle | InputError)[] = [];
  for await (const x of readInputs([sub])) walked.push(x);
  assert.deepEqual(walked.map((x) => x.input.replace(`${sub}/`, '')), ['news.rss#1', 'news.rss#2', 'news.rss#3']);
  const [empty] = await read('empty.rss', '<rss version="2.0"><channel><title>x</title></channel></rss>');
  assert.ok(empty instanceof InputError);
  assert.equal(empty.message, 'feed has no items');
});
