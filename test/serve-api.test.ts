import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/store.js';
import { buildServer } from '../src/serve/server.js';

const TEXT = 'Bürgermeisterin Anna Becker hat am Montag in Neustadt den neuen Haushalt vorgestellt. "Wir müssen sparen", sagte Becker.';

test('HTTP API: ingest by POST, then stories, story, article, search, openapi and the page', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'chronik-api-')), 'api.db'));
  const app = await buildServer(store);
  try {
    const posted = await app.inject({ method: 'POST', url: '/api/articles', payload: [{ id: 'x1', text: TEXT, date: '2024-03-04' }, { text: '' }] });
    assert.equal(posted.statusCode, 200);
    const result = posted.json();
    assert.equal(result.ingested, 1);
    assert.equal(result.failed.length, 1);
    assert.match(result.failed[0].error, /empty "text"/);

    const jsonl = await app.inject({ method: 'POST', url: '/api/articles', headers: { 'content-type': 'application/x-ndjson' }, payload: `{"id":"x1","text":${JSON.stringify(TEXT)},"date":"2024-03-04"}\nnot json\n` });
    assert.equal(jsonl.json().duplicates, 1);
    assert.match(jsonl.json().failed[0].input, /request:2/);

    const stories = (await app.inject('/api/stories')).json().stories;
    assert.equal(stories.length, 1);
    const story = (await app.inject(`/api/stories/${stories[0].id}`)).json();
    assert.equal(story.events.length, 1);
    assert.equal(story.events[0].articles[0].id, 'x1');

    const article = (await app.inject('/api/articles/x1')).json();
    assert.equal(article.date.value, '2024-03-04');
    assert.ok(article.entities.some((m: { text: string }) => m.text === 'Anna Becker'));

    assert.equal((await app.inject('/api/search?q=Haushalt')).json().hits[0].id, 'x1');
    assert.equal((await app.inject('/api/search')).statusCode, 400);
    assert.equal((await app.inject('/api/stories/nope')).statusCode, 404);

    const spec = (await app.inject('/openapi.json')).json();
    assert.equal(spec.openapi, '3.1.0');
    for (const path of ['/api/stories', '/api/stories/{id}', '/api/articles', '/api/search', '/api/why']) assert.ok(spec.paths[path], path);

    const page = await app.inject('/');
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.match(page.body, /Chronik/);
    assert.equal((await app.inject('/static/app.js')).statusCode, 200);
    assert.equal((await app.inject('/static/..%2F..%2Fpackage.json')).statusCode, 404);
  } finally {
    await app.close();
    await store.close();
  }
});
