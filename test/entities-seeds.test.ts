import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Doc } from '../src/types.js';
import { sharedPath } from '../src/paths.js';
import { splitSentences } from '../src/text/sentences.js';
import { entities } from '../src/extract/entities/index.js';
import { linkEntities } from '../src/extract/entities/link.js';
import { MemoryEntityDirectory } from '../src/extract/entities/memory-directory.js';

/** The body as ingest leaves it: without a ` date …` header and a leading photo-credit line. */
function body(raw: string): string {
  return raw
    .replace(/^\s*date\s+\S+\s+/, '')
    .replace(/^[^\n]*(Bildquelle|Foto|©)[^\n]*\n/, '')
    .trim();
}

test('seed articles: each expected canonical entity exactly once, no junk entities', (t) => {
  const dir = sharedPath('seeds');
  if (!dir) {
    t.skip('shared seeds not found (../shared/seeds or CHRONIK_SHARED)');
    return;
  }
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const store = new MemoryEntityDirectory();
  for (const f of files) {
    const text = body(readFileSync(join(dir, f), 'utf8'));
    const doc: Doc = {
      article: { id: f, input: f, url: null, source: null, title: null, text, lang: 'de', date: null, credits: [], contentHash: '' },
      sentences: splitSentences(text), mentions: [], entities: [], timexes: [], quotes: [], eventDate: null,
    };
    entities.apply(doc);
    for (const m of doc.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    const keys = new Set(doc.entities.map((e) => e.key));
    for (const m of doc.mentions) assert.ok(keys.has(m.entity));
    linkEntities(doc, store);
  }
  const all = store.all();
  const named = (name: string) => all.filter((c) => c.name === name || c.aliases.includes(name));
  const expected: [string, string][] = [
    ['Barack Obama', 'PER'], ['Wladimir Putin', 'PER'], ['John Kerry', 'PER'], ['Sergej Lawrow', 'PER'], ['Angela Merkel', 'PER'],
    ['Donald Trump', 'PER'], ['Rex Tillerson', 'PER'], ['Hangzhou', 'LOC'], ['Aleppo', 'LOC'], ['Syrien', 'LOC'], ['Da Nang', 'LOC'],
  ];
  const listing = all.map((c) => `${c.name}/${c.type}`).join(', ');
  for (const [name, type] of expected) {
    const found = named(name);
    assert.equal(found.length, 1, `${name}: ${found.length} canonical entities among ${listing}`);
    assert.equal(found[0]!.name, name, listing);
    assert.equal(found[0]!.type, type, `${name} typed ${found[0]!.type}`);
  }
  assert.ok(named('Kreml').length === 1, listing);
  assert.ok(named('G20').length === 1 || named('Apec').length === 1 || all.some((c) => /Apec/.test(c.name)), listing);
  // `Nang` alone (of `Da Nang`) was once taken for a person
  for (const junk of ['Die', 'Präsident', 'Kanzlerin', 'Präsidenten', 'Außenminister', 'Nang']) {
    assert.equal(named(junk).length, 0, `junk entity ${junk}: ${listing}`);
  }
  const assad = all.filter((c) => /Assad$/.test(c.name));
  assert.ok(assad.length >= 1 && assad.every((c) => c.type === 'PER'), listing);
  assert.equal(named('G20').length, 1, listing);
  const syria = named('Syrien')[0]!;
  assert.equal((syria.data as { place?: { country?: string } }).place?.country, 'SY');
});
