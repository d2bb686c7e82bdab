/** OpenAPI 3.1 description of Chronik's HTTP API (served at /openapi.json). */
const date = {
  oneOf: [
    { type: 'null' },
    {
      type: 'object',
      required: ['value', 'precision'],
      properties: { value: { type: 'string', examples: ['2017-11', '2017-11-11', '2017'] }, precision: { enum: ['year', 'month', 'day'] }, estimated: { type: 'boolean' } },
    },
  ],
};
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const idParam = (what: string) => ({ name: 'id', in: 'path', required: true, description: `${what} id`, schema: { type: 'string' } });
const ok = (schema: unknown, description = 'OK') => ({ 200: { description, content: { 'application/json': { schema } } } });
const notFound = { 404: { description: 'not found', content: { 'application/json': { schema: ref('Error') } } } };

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'Chronik', version: '1', description: 'News stories, events, articles, entities and quotes. The same JSON shapes as `chronik … --json`.' },
    paths: {
      '/api/stories': { get: { summary: 'Stories, newest activity first', parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }], responses: ok({ type: 'object', properties: { stories: { type: 'array', items: ref('StorySummary') } } }) } },
      '/api/stories/{id}': { get: { summary: 'One story as a timeline', parameters: [idParam('story')], responses: { ...ok(ref('Story')), ...notFound } } },
      '/api/events/{id}': { get: { summary: 'One event', parameters: [idParam('event')], responses: { ...ok(ref('Event')), ...notFound } } },
      '/api/articles/{id}': { get: { summary: 'One article with its analysis', parameters: [idParam('article')], responses: { ...ok(ref('Article')), ...notFound } } },
      '/api/articles': {
        post: {
          summary: 'Ingest articles',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { oneOf: [ref('ArticleInput'), { type: 'array', items: ref('ArticleInput') }] } },
              'application/x-ndjson': { schema: { type: 'string', description: 'one ArticleInput JSON object per line' } },
            },
          },
          responses: { ...ok(ref('IngestResult')), 400: { description: 'nothing could be ingested', content: { 'application/json': { schema: ref('IngestResult') } } } },
        },
      },
      '/api/entities': { get: { summary: 'Canonical entities', parameters: [{ name: 'type', in: 'query', schema: { enum: ['PER', 'ORG', 'LOC', 'MISC'] } }, { name: 'limit', in: 'query', schema: { type: 'integer' } }], responses: ok({ type: 'object', properties: { entities: { type: 'array', items: ref('Entity') } } }) } },
      '/api/entities/{id}': { get: { summary: 'One entity: mentions over time, stories, co-occurring entities, quotes', parameters: [idParam('entity')], responses: { ...ok({ type: 'object' }), ...notFound } } },
      '/api/quotes': { get: { summary: 'Quotes, optionally by speaker', parameters: [{ name: 'speaker', in: 'query', schema: { type: 'string' } }], responses: ok({ type: 'object', properties: { quotes: { type: 'array', items: ref('Quote') } } }) } },
      '/api/search': {
        get: {
          summary: 'Full-text search (German and English stems), with facets over the matches for drilling down',
          parameters: ['q', 'lang', 'from', 'to', 'entity', 'story'].map((name) => ({ name, in: 'query', schema: { type: 'string' } })),
          responses: { ...ok({ type: 'object', properties: { hits: { type: 'array', items: ref('SearchHit') }, facets: ref('SearchFacets') } }), 400: { description: 'no query', content: { 'application/json': { schema: ref('Error') } } } },
        },
      },
      '/api/basemap': {
        get: {
          summary: 'Country outlines for maps (Natural Earth 1:50m), as SVG paths in an equirectangular 360 × 180 frame: x = longitude + 180, y = 90 − latitude',
          responses: ok({ type: 'object', required: ['width', 'height', 'countries'], properties: { width: { const: 360 }, height: { const: 180 }, countries: { type: 'array', items: { type: 'object', properties: { id: { type: 'string', description: 'ISO 3166-1 numeric' }, name: { type: 'string' }, d: { type: 'string', description: 'SVG path data' } } } } } }),
        },
      },
      '/api/why': { get: { summary: 'How two articles relate', parameters: ['a', 'b'].map((name) => ({ name, in: 'query', required: true, schema: { type: 'string' } })), responses: { ...ok({ type: 'object' }), ...notFound } } },
    },
    components: {
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'string' } } },
        SearchFacets: {
          type: 'object',
          description: 'Counts over the matching articles (at most 10,000 best-ranked; capped says when there were more)',
          properties: {
            total: { type: 'integer' },
            capped: { type: 'boolean' },
            lang: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, count: { type: 'integer' } } } },
            month: { type: 'array', items: { type: 'object', properties: { value: { type: 'string', examples: ['2024-03'] }, count: { type: 'integer' } } } },
            undated: { type: 'integer' },
            stories: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, count: { type: 'integer' } } } },
            entities: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { enum: ['PER', 'ORG', 'LOC', 'MISC'] }, count: { type: 'integer' } } } },
          },
        },
        Date: date,
        ArticleInput: {
          type: 'object',
          required: ['text'],
          properties: { id: { type: 'string' }, url: { type: 'string' }, title: { type: 'string' }, text: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' }, source: { type: 'string' } },
        },
        IngestResult: {
          type: 'object',
          properties: {
            ingested: { type: 'integer' }, duplicates: { type: 'integer' },
            failed: { type: 'array', items: { type: 'object', properties: { input: { type: 'string' }, error: { type: 'string' } } } },
            articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, input: { type: 'string' }, lang: { type: 'string' }, date: date } } },
          },
        },
        StorySummary: {
          type: 'object',
          properties: { id: { type: 'string' }, title: { type: 'string' }, articles: { type: 'integer' }, events: { type: 'integer' }, first: date, last: date, entities: { type: 'array', items: { type: 'string' } } },
        },
        Story: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, events: { type: 'array', items: ref('Event') }, entities: { type: 'array', items: ref('Entity') }, undated: { type: 'array', items: { type: 'object' } } } },
        Event: {
          type: 'object',
          properties: {
            id: { type: 'string' }, date, title: { type: 'string' }, summary: { type: 'string' },
            articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, date } } },
            entities: { type: 'array', items: { type: 'string' } }, quotes: { type: 'array', items: ref('Quote') },
            whatsNew: { type: 'array', items: { type: 'string' } }, why: { type: 'array', items: { type: 'object' } },
          },
        },
        Entity: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' }, type: { enum: ['PER', 'ORG', 'LOC', 'MISC'] }, aliases: { type: 'array', items: { type: 'string' } }, mentions: { type: 'integer' } } },
        Mention: { type: 'object', properties: { text: { type: 'string' }, type: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' }, entity: { type: ['string', 'null'] } } },
        Timex: { type: 'object', properties: { text: { type: 'string' }, type: { enum: ['DATE', 'TIME', 'DURATION', 'SET'] }, value: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } } },
        Quote: { type: 'object', properties: { text: { type: 'string' }, speaker: { type: ['string', 'null'] }, speakerEntity: { type: ['string', 'null'] }, start: { type: 'integer' }, end: { type: 'integer' }, article: { type: 'string' } } },
        Article: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: { type: 'string' }, lang: { type: 'string' }, date, text: { type: 'string' },
            entities: { type: 'array', items: ref('Mention') }, timexes: { type: 'array', items: ref('Timex') }, quotes: { type: 'array', items: ref('Quote') },
            event: { type: ['string', 'null'] }, story: { type: ['string', 'null'] },
          },
        },
        SearchHit: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, date, score: { type: 'number' }, snippet: { type: 'string' } } },
      },
    },
  };
}
