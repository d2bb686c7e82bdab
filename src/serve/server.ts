import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';
import type { Store } from '../store/store.js';
import type { RawArticle } from '../types.js';
import { analyze } from '../pipeline.js';
import { ingestArticles } from '../batch.js';
import { toRawArticle, parseJsonLines } from '../ingest/formats/json.js';
import { InputError } from '../ingest/errors.js';
import { packageRoot } from '../paths.js';
import { openApiDocument } from './openapi.js';
import { basemap } from '../show/basemap.js';
import { gzipSync } from 'node:zlib';

export interface ServeOptions {
  port: number;
  host: string;
  /** Largest request body accepted by POST /api/articles. */
  bodyLimit?: number;
}

/** Builds the HTTP API + web UI over a store (not yet listening). */
export async function buildServer(store: Store, options: { bodyLimit?: number } = {}): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: options.bodyLimit ?? 50 * 1024 * 1024 });
  // JSONL and plain text bodies for POST /api/articles
  app.addContentTypeParser(['application/x-ndjson', 'application/jsonl', 'text/plain'], { parseAs: 'string' }, (_req, body, done) => done(null, body));

  const notFound = (reply: FastifyReply, what: string) => reply.code(404).send({ error: `${what} not found` });
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

  app.get('/api/stories', async (req) => {
    const q = req.query as Record<string, unknown>;
    return { stories: await store.listStories(Number(q.limit) || 100) };
  });
  app.get('/api/stories/:id', async (req, reply) => {
    const story = await store.getStory((req.params as { id: string }).id);
    return story ?? notFound(reply, 'story');
  });
  app.get('/api/events/:id', async (req, reply) => {
    const event = await store.getEvent((req.params as { id: string }).id);
    return event ?? notFound(reply, 'event');
  });
  app.get('/api/articles/:id', async (req, reply) => {
    const article = await store.getArticle((req.params as { id: string }).id);
    return article ?? notFound(reply, 'article');
  });
  app.get('/api/entities', async (req) => {
    const q = req.query as Record<string, unknown>;
    const type = str(q.type);
    return { entities: await store.listEntities({ ...(type ? { type } : {}), limit: Number(q.limit) || 1000 }) };
  });
  app.get('/api/entities/:id', async (req, reply) => {
    const entity = await store.getEntity((req.params as { id: string }).id);
    return entity ?? notFound(reply, 'entity');
  });
  app.get('/api/quotes', async (req) => {
    const speaker = str((req.query as Record<string, unknown>).speaker);
    return { quotes: await store.listQuotes(speaker ? { speaker } : {}) };
  });
  app.get('/api/search', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const query = str(q.q) ?? '';
    const filters: Parameters<Store['search']>[1] = { limit: Number(q.limit) || 20 };
    for (const key of ['lang', 'from', 'to', 'entity', 'story'] as const) {
      const v = str(q[key]);
      if (v) filters[key] = v;
    }
    if (!query && !filters.entity && !filters.story) return reply.code(400).send({ error: 'give q (a query), entity or story' });
    return { hits: await store.search(query, filters), facets: await store.searchFacets(query, filters) };
  });
  app.get('/api/why', async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const a = str(q.a);
    const b = str(q.b);
    if (!a || !b) return reply.code(400).send({ error: 'give a and b (article ids)' });
    return (await store.why(a, b)) ?? notFound(reply, 'article');
  });
  app.post('/api/articles', async (req, reply) => {
    const items = parseBody(req.body);
    if (items.length === 0) return reply.code(400).send({ error: 'expected a JSON object, an array of objects, or JSONL' });
    const result = await ingestArticles(items, store, (a) => analyze(a));
    return reply.code(result.failed.length && !result.ingested ? 400 : 200).send(result);
  });
  app.get('/openapi.json', async () => openApiDocument());

  // Country outlines for the maps: built on first use, then served from memory (gzip'd when accepted).
  let basemapBody: { raw: Buffer; gzip: Buffer } | null = null;
  app.get('/api/basemap', async (req, reply) => {
    if (!basemapBody) {
      const raw = Buffer.from(JSON.stringify(basemap()));
      basemapBody = { raw, gzip: gzipSync(raw) };
    }
    reply.header('cache-control', 'public, max-age=86400').header('vary', 'accept-encoding').type('application/json; charset=utf-8');
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) return reply.header('content-encoding', 'gzip').send(basemapBody.gzip);
    return reply.send(basemapBody.raw);
  });

  // The web UI: static files from web/ (no directory escapes).
  const webRoot = join(packageRoot(), 'web');
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
  const sendFile = async (reply: FastifyReply, rel: string) => {
    const path = normalize(join(webRoot, rel));
    if (!path.startsWith(webRoot)) return notFound(reply, 'file');
    try {
      const body = await readFile(path);
      const ext = path.slice(path.lastIndexOf('.'));
      return reply.type(types[ext] ?? 'application/octet-stream').send(body);
    } catch {
      return notFound(reply, 'file');
    }
  };
  // Browser libraries the web UI uses, served from the installed packages (nothing is fetched from elsewhere).
  const vendor: Record<string, string> = { 'chart.js': join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.min.js') };
  app.get('/static/vendor/:name', async (req, reply) => {
    const path = vendor[(req.params as { name: string }).name];
    if (!path) return notFound(reply, 'file');
    return reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(await readFile(path));
  });
  app.get('/', async (_req, reply) => sendFile(reply, 'index.html'));
  app.get('/static/*', async (req, reply) => sendFile(reply, (req.params as { '*': string })['*']));

  app.setErrorHandler((error, _req, reply) => {
    const err = error as { statusCode?: number; message: string };
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    reply.code(status).send({ error: err.message });
  });
  return app;
}

/** Starts the server on host:port. */
export async function serve(store: Store, options: ServeOptions): Promise<FastifyInstance> {
  const app = await buildServer(store, options.bodyLimit ? { bodyLimit: options.bodyLimit } : {});
  await app.listen({ port: options.port, host: options.host });
  return app;
}

function parseBody(body: unknown): (RawArticle | InputError)[] {
  if (typeof body === 'string') return parseJsonLines(body, 'request');
  if (Array.isArray(body)) return body.map((item, i) => toRawArticle(item, `request[${i}]`));
  if (body && typeof body === 'object') return [toRawArticle(body, 'request')];
  return [];
}
