// The end-to-end check on the two seed articles: ingest, stories, story, article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedPath } from '../src/paths.js';
import { chronikJson } from './helpers/cli.js';

const seeds = sharedPath('seeds');
const db = join(mkdtempSync(join(tmpdir(), 'chronik-seeds-')), 'seeds.db');

test('seeds: one story with two events, dates, entities, quotes, clean bodies', { skip: seeds ? false : '../shared/seeds is absent' }, () => {
  const ing = chronikJson(['ingest', seeds!, '--db', db]);
  assert.equal(ing.status, 0, ing.stderr);
  assert.equal(ing.json.ingested, 2);
  assert.deepEqual(ing.json.failed, []);

  const byId = new Map<string, any>(ing.json.articles.map((a: any) => [a.id, a]));
  const a004 = [...byId.values()].find((a) => a.id.startsWith('004_'));
  const a000 = [...byId.values()].find((a) => a.id.startsWith('000_'));
  assert.deepEqual(a004.date, { value: '2017-11', precision: 'month' });
  assert.equal(a000.date, null);
  assert.equal(a004.lang, 'de');

  const { json: list } = chronikJson(['stories', '--db', db]);
  assert.equal(list.stories.length, 1);
  assert.equal(list.stories[0].articles, 2);
  assert.equal(list.stories[0].events, 2);

  const { json: story } = chronikJson(['story', list.stories[0].id, '--db', db]);
  assert.equal(story.events.length, 2);
  const eventOf = (id: string) => story.events.findIndex((e: any) => e.articles.some((a: any) => a.id === id));
  assert.notEqual(eventOf(a000.id), eventOf(a004.id));
  for (const e of story.events) assert.ok(e.why.length > 0, 'every event says why');

  const { json: ents } = chronikJson(['entities', '--db', db]);
  const names = ents.entities.map((e: any) => `${e.type}:${e.name}`);
  const expectOnce = (type: string, name: string) =>
    assert.equal(names.filter((n: string) => n === `${type}:${name}`).length, 1, `${type} ${name} once in ${names.join(', ')}`);
  for (const p of ['Barack Obama', 'Wladimir Putin', 'John Kerry', 'Sergej Lawrow', 'Angela Merkel', 'Donald Trump', 'Rex Tillerson']) expectOnce('PER', p);
  for (const l of ['Hangzhou', 'Aleppo', 'Syrien', 'Da Nang']) expectOnce('LOC', l);
  expectOnce('ORG', 'Kreml');
  // the summit organisers: G20 or APEC as an organisation (possibly under its full name)
  const orgNames = ents.entities.filter((e: any) => e.type === 'ORG').flatMap((e: any) => [e.name, ...e.aliases]);
  assert.ok(orgNames.some((n: string) => /\b(?:G20|Apec|APEC)\b/.test(n)), `G20 or Apec as ORG in ${orgNames.join(', ')}`);

  const { json: art } = chronikJson(['article', a000.id, '--db', db]);
  const speakers = art.quotes.map((q: any) => q.speaker);
  assert.ok(speakers.includes('Barack Obama'), speakers.join(', '));
  assert.ok(speakers.filter((s: string) => s === 'Angela Merkel').length >= 2, speakers.join(', '));
  assert.ok(speakers.some((s: string) => /^ein Sprecher$/i.test(s)), 'unnamed spokesperson kept as such');
  assert.equal(art.story, list.stories[0].id);

  for (const id of [a000.id, a004.id]) {
    const { json: a } = chronikJson(['article', id, '--db', db]);
    for (const trace of ['Bildquelle', 'Bildrechte', 'dpa/ALEXEI', 'imago/ITAR-TASS']) assert.ok(!a.text.includes(trace), `${id}: ${trace}`);
  }

  // ingesting again changes nothing
  const again = chronikJson(['ingest', seeds!, '--db', db]);
  assert.equal(again.json.ingested, 0);
  assert.equal(again.json.duplicates, 2);
  const { json: list2 } = chronikJson(['stories', '--db', db]);
  assert.deepEqual(list2, list);
});
