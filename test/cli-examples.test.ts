// The example corpus through the whole command line: formats, dates with their precision, credits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';
import { chronik, chronikJson } from './helpers/cli.js';

const examples = join(packageRoot(), 'examples');
const db = join(mkdtempSync(join(tmpdir(), 'chronik-examples-')), 'examples.db');
const gold = JSON.parse(readFileSync(join(examples, 'gold.json'), 'utf8')) as { stories: { events: { articles: string[] }[] }[] };
const goldIds = gold.stories.flatMap((s) => s.events.flatMap((e) => e.articles));

/** What the input itself says about its date: the header of a .txt file or the JSON field. */
function declaredDates(): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const dir = join(examples, 'articles');
  for (const name of readdirSync(dir)) {
    const text = readFileSync(join(dir, name), 'utf8');
    if (name.endsWith('.txt')) out.set(name.replace(/\.txt$/, ''), /^\s*date\s+(\S+)/.exec(text)?.[1] ?? null);
    else {
      const items = name.endsWith('.jsonl') ? text.split('\n').filter(Boolean).map((l) => JSON.parse(l)) : JSON.parse(text);
      for (const it of items) out.set(it.id, it.date ?? null);
    }
  }
  return out;
}

test('demo ingests every example article and prints the stories as timelines', () => {
  const r = chronik(['demo', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /events?, \d+ articles?/);
  const { json } = chronikJson(['stories', '--db', db]);
  const stored = json.stories.reduce((n: number, s: { articles: number }) => n + s.articles, 0);
  assert.equal(stored, goldIds.length);
});

test('example dates keep their source and precision; undated articles stay undated', () => {
  const declared = declaredDates();
  assert.equal(declared.size, goldIds.length);
  for (const [id, given] of declared) {
    const { json: a } = chronikJson(['article', id, '--db', db]);
    if (given) {
      assert.ok(a.date, `${id} is dated`);
      assert.equal(a.date.estimated, undefined, `${id}: a given date is not an estimate`);
      assert.equal(a.date.value, given.slice(0, 10), id);
      assert.equal(a.date.precision, given.length === 7 ? 'month' : 'day', id);
    } else if (!/\b(?:19|20)\d{2}\b|\d{1,2}\.\d{1,2}\./.test(a.text)) {
      // nothing in the text can date it
      assert.equal(a.date, null, `${id} has no date anywhere and must stay undated`);
    } else if (a.date) {
      // found in the text (dateline or lead): marked as an estimate, never in the future of the corpus
      assert.equal(a.date.estimated, true, id);
      assert.ok(['dateline', 'text'].includes(a.date.source), id);
    }
    for (const trace of ['Bildquelle:', 'Bildrechte:', 'Foto:', '©', 'Image:']) assert.ok(!a.text.includes(trace), `${id}: ${trace}`);
  }
});
