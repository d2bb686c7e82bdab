import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
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

    const found = (await app.inject('/api/search?q=Haushalt')).json();
    assert.equal(found.hits[0].id, 'x1');
    assert.deepEqual(found.facets.lang, [{ value: 'de', count: 1 }]);
    assert.equal((await app.inject(`/api/search?q=Haushalt&story=${found.facets.stories[0].id}`)).json().hits.length, 1);
    assert.equal((await app.inject('/api/search')).statusCode, 400);
    assert.equal((await app.inject('/api/stories/nope')).statusCode, 404);

    const spec = (await app.inject('/openapi.json')).json();
    assert.equal(spec.openapi, '3.1.0');
    for (const path of ['/api/stories', '/api/stories/{id}', '/api/articles', '/api/search', '/api/why', '/api/basemap']) assert.ok(spec.paths[path], path);

    const page = await app.inject('/');
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.match(page.body, /Chronik/);
    assert.equal((await app.inject('/static/app.js')).statusCode, 200);
    const chart = await app.inject('/static/vendor/chart.js');
    assert.equal(chart.statusCode, 200);
    assert.match(chart.headers['content-type'] as string, /javascript/);
    assert.match(chart.body, /Chart/);
    assert.equal((await app.inject('/static/vendor/left-pad')).statusCode, 404);
    assert.equal((await app.inject('/static/..%2F..%2Fpackage.json')).statusCode, 404);
  } finally {
    await app.close();
    await store.close();
  }
});

test('the basemap: country outlines in the 360 × 180 frame, gzip-compressed when the browser accepts it', async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), 'chronik-api-')), 'api.db'));
  const app = await buildServer(store);
  try {
    const plain = await app.inject('/api/basemap');
    assert.equal(plain.statusCode, 200);
    const map = plain.json() as { width: number; height: number; countries: { name: string; d: string }[] };
    assert.deepEqual([map.width, map.height], [360, 180]);
    assert.ok(map.countries.length > 200);
    const germany = map.countries.find((c) => c.name === 'Germany');
    assert.ok(germany, 'Germany is on the map');
    // Germany lies between 5.9–15.1° E and 47.3–55.1° N: x = lon + 180, y = 90 − lat.
    const points = [...germany.d.matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    for (const [x, y] of points) {
      assert.ok(x >= 185.5 && x <= 195.5, `x ${x}`);
      assert.ok(y >= 34.5 && y <= 43, `y ${y}`);
    }
    const zipped = await app.inject({ url: '/api/basemap', headers: { 'accept-encoding': 'gzip, deflate' } });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8')), map);
  } finally {
    await app.close();
    await store.close();
  }
});
