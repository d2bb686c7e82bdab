import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { chronik, chronikJson } from './helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'chronik-export-'));
const db = join(dir, 'export.db');

// Two reports of one council decision, a later event of the same dispute, and a title with
// characters that CSV, Markdown and HTML must each escape.
const ARTICLES = [
  { id: 'rat-1', date: '2024-03-05', title: 'Streit um die „Nordbrücke“, Rat vertagt <script>alert(1)</script>', text: 'Der Stadtrat von Neustadt hat am Dienstag die Entscheidung über die Sanierung der Nordbrücke vertagt. Bürgermeisterin Petra Hansen sagte: „Wir brauchen ein zweites Gutachten.“ Die Opposition kritisierte die Verzögerung.' },
  { id: 'rat-2', date: '2024-03-05', title: 'Neustadt: Entscheidung über Nordbrücke vertagt', text: 'Die Sanierung der Nordbrücke in Neustadt bleibt offen: Der Stadtrat vertagte am Dienstag die Entscheidung. Bürgermeisterin Petra Hansen will zunächst ein zweites Gutachten abwarten. Die Opposition sprach von Verzögerung.' },
  { id: 'rat-3', date: '2024-06-11', title: 'Nordbrücke: Stadtrat beschließt Sanierung für *18 Millionen* Euro', text: 'Nach monatelangem Streit hat der Stadtrat von Neustadt am Dienstag die Sanierung der Nordbrücke beschlossen. Die Kosten liegen bei 18 Millionen Euro. Bürgermeisterin Petra Hansen sprach von einem guten Tag für Neustadt. Das zweite Gutachten hatte die Sanierung empfohlen.' },
];

test('exports: JSON, CSV, Markdown and HTML documents of the stored stories', async () => {
  const ingested = chronikJson(['ingest', '-', '--db', db], { input: ARTICLES.map((a) => JSON.stringify(a)).join('\n') });
  assert.equal(ingested.json.ingested, 3, ingested.stderr);
  const stories = chronikJson(['stories', '--db', db]).json.stories as { id: string; articles: number }[];

  const json = chronikJson(['export', '--db', db, '--format', 'json']).json;
  assert.equal(json.stories.length, stories.length);
  assert.deepEqual(json.stories[0], chronikJson(['story', stories[0]!.id, '--db', db]).json);

  const csvFile = join(dir, 'stories.csv');
  const written = chronik(['export', '--db', db, '--format', 'csv', '--out', csvFile]);
  assert.equal(written.status, 0, written.stderr);
  assert.equal(written.stdout, '');
  const rows = parse(readFileSync(csvFile, 'utf8'), { columns: true }) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => r.article_id).sort(), ['rat-1', 'rat-2', 'rat-3']);
  const first = rows.find((r) => r.article_id === 'rat-1')!;
  assert.equal(first.article_title, ARTICLES[0]!.title, 'commas, quotes and markup survive the round trip');
  assert.equal(first.article_date, '2024-03-05');
  for (const r of rows) assert.ok(stories.some((s) => s.id === r.story_id));
  assert.ok(!existsSync(`${csvFile}.tmp`));

  const markdown = chronik(['export', '--db', db, '--format', 'markdown']);
  assert.equal(markdown.status, 0, markdown.stderr);
  assert.match(markdown.stdout, /^# /m);
  assert.ok(markdown.stdout.includes('\\<script\\>'), 'markup in titles is escaped');
  assert.ok(markdown.stdout.includes('\\*18 Millionen\\*'));
  // Events appear in date order within their story.
  const headings = [...markdown.stdout.matchAll(/^## (\d{4}-\d{2}-\d{2}) — /gm)].map((m) => m[1]);
  assert.ok(headings.length >= 1);
  assert.deepEqual(headings, [...headings].sort());

  const html = chronik(['export', '--db', db, '--format', 'html']);
  assert.equal(html.status, 0, html.stderr);
  assert.match(html.stdout, /^<!doctype html>/);
  assert.ok(!html.stdout.includes('<script>'), 'no script survives into the page');
  assert.ok(html.stdout.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
});

test('export: an unknown story is an error, an unknown format a usage error', () => {
  const missing = chronik(['export', 'no-such-story', '--db', db]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /story no-such-story not found/);
  const format = chronik(['export', '--db', db, '--format', 'pdf']);
  assert.equal(format.status, 2);
  assert.match(format.stderr, /pdf/);
});
