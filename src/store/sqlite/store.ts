import type { ArticleEntity, Doc, EntityType, Mention, Quote, Reason, Sentence, Timex } from '../../types.js';
import type { SearchFacets, SearchFilters, Store, StoredArticle } from '../store.js';
import type {
  ArticleRef, ArticleView, DateView, EntityDetail, EntityView, EventView, PairView, QuoteView, SearchHit,
  StorySummary, StoryView, WhyView,
} from '../../show/views.js';
import { keyQuotesFirst } from '../../show/key-quotes.js';
import { openDatabase, prepared, schemaVersion, type DB } from './db.js';
import { readCounter } from './counters.js';
import { SqliteEntityDirectory, toEntity } from './entity-directory.js';
import { SqliteConnectState } from './connect-state.js';
import { linkEntities, lookupKeys } from '../../extract/entities/link.js';
import { connect, describeEvent, explainPair } from '../../connect/index.js';
import { eventDateOf } from '../../connect/describe.js';
import { tokenize } from '../../text/tokenize.js';
import { displayTitle, shorten } from '../../text/titles.js';
import { searchTerms } from './search-terms.js';

/** Facets are counted over at most this many matching articles (the best-ranked). */
const FACET_SCAN = 10_000;

interface ArticleRow {
  seq: number; id: string; content_hash: string; input: string; url: string | null; source: string | null;
  title: string | null; text: string; lang: string; date_value: string | null; date_precision: string | null;
  date_source: string | null; date_estimated: number; date_confidence: number | null;
  event_date_value: string | null; event_date_precision: string | null; credits: string; sentences: string; entities: string;
}

/** Chronik's default store: one SQLite file (WAL mode), schema migrations, FTS5 search. */
export class SqliteStore implements Store {
  readonly db: DB;
  private readonly entities: SqliteEntityDirectory;
  private readonly state: SqliteConnectState;

  constructor(path: string) {
    this.db = openDatabase(path);
    this.entities = new SqliteEntityDirectory(this.db);
    this.state = new SqliteConnectState(this.db);
  }

  async findByContent(contentHash: string): Promise<string | null> {
    return (prepared(this.db, 'SELECT id FROM articles WHERE content_hash = ?').pluck().get(contentHash) as string | undefined) ?? null;
  }

  async hasArticle(id: string): Promise<boolean> {
    return prepared(this.db, 'SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async addDoc(doc: Doc): Promise<StoredArticle> {
    const a = doc.article;
    const store = this.db.transaction((): StoredArticle => {
      const seq = prepared(this.db, 
          `INSERT INTO articles (id, content_hash, input, url, source, title, text, lang, date_value, date_precision, date_source,
             date_estimated, date_confidence, event_date_value, event_date_precision, credits, sentences, entities, ingested_at)
           VALUES (@id, @hash, @input, @url, @source, @title, @text, @lang, @dv, @dp, @ds, @de, @dc, @ev, @ep, @credits, @sentences, @entities, @now)`,
        )
        .run({
          id: a.id, hash: a.contentHash, input: a.input, url: a.url, source: a.source, title: a.title, text: a.text, lang: a.lang,
          dv: a.date?.value ?? null, dp: a.date?.precision ?? null, ds: a.date?.source ?? null, de: a.date?.estimated ? 1 : 0,
          dc: a.date?.confidence ?? null, ev: doc.eventDate?.value ?? null, ep: doc.eventDate?.precision ?? null,
          credits: JSON.stringify(a.credits), sentences: JSON.stringify(doc.sentences.map((s) => [s.start, s.end])),
          entities: JSON.stringify(doc.entities), now: new Date().toISOString(),
        }).lastInsertRowid as number;

      const entityIds = linkEntities(doc, this.entities);
      const addMention = prepared(this.db, 'INSERT INTO mentions (article_id, start, end, text, type, local_key, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const m of doc.mentions) addMention.run(a.id, m.start, m.end, m.text, m.type, m.entity, entityIds.get(m.entity) ?? null);
      const addTimex = prepared(this.db, 'INSERT INTO timexes (article_id, start, end, text, type, value, mod) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const t of doc.timexes) addTimex.run(a.id, t.start, t.end, t.text, t.type, t.value, t.mod ?? null);
      const addQuote = prepared(this.db, 
        'INSERT INTO quotes (article_id, start, end, text, form, speaker, speaker_key, speaker_entity, cue) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const q of doc.quotes) {
        addQuote.run(a.id, q.start, q.end, q.text, q.form, q.speaker, q.speakerKey, q.speakerKey ? entityIds.get(q.speakerKey) ?? null : null, q.cue);
      }

      const assignment = connect(doc, entityIds, this.state);
      prepared(this.db, 'INSERT INTO assignments (article_id, event_id, story_id, event_reason, story_reason) VALUES (?, ?, ?, ?, ?)')
        .run(a.id, assignment.eventId, assignment.storyId, JSON.stringify(assignment.eventReason), JSON.stringify(assignment.storyReason));

      prepared(this.db, 'INSERT INTO articles_fts (rowid, title, text, stems) VALUES (?, ?, ?, ?)')
        .run(seq, a.title ?? '', a.text, searchTerms(`${a.title ?? ''}\n${a.text}`, a.lang).join(' '));
      return { id: a.id, assignment };
    });
    try {
      return store();
    } catch (e) {
      this.state.forgetCachedProfiles();
      throw e;
    }
  }

  async group<T>(work: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return work();
    // addDoc's own transactions become savepoints inside this one
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.state.forgetCachedProfiles();
      throw e;
    }
  }

  // ---- reading ----

  async listStories(limit = 100): Promise<StorySummary[]> {
    const rows = prepared(this.db, 
        `SELECT s.id, s.title,
           (SELECT count(*) FROM assignments a WHERE a.story_id = s.id) AS articles,
           (SELECT count(*) FROM events e WHERE e.story_id = s.id) AS events,
           (SELECT max(ar.date_value) FROM assignments a JOIN articles ar ON ar.id = a.article_id WHERE a.story_id = s.id) AS last_value
         FROM stories s ORDER BY last_value IS NULL, last_value DESC, s.updated_seq DESC LIMIT ?`,
      )
      .all(limit) as { id: string; title: string; articles: number; events: number }[];
    return rows.map((r) => {
      const { first, last } = this.storyRange(r.id);
      return { id: r.id, title: shorten(r.title || this.storyTitle(r.id), 100), articles: r.articles, events: r.events, first, last, entities: this.topEntities('story', r.id, 6).map((e) => e.name) };
    });
  }

  async getStory(id: string): Promise<StoryView | null> {
    const storyId = this.state.resolve('story', id);
    const row = prepared(this.db, 'SELECT id, title FROM stories WHERE id = ?').get(storyId) as { id: string; title: string } | undefined;
    if (!row) return null;
    const eventIds = prepared(this.db, 'SELECT id FROM events WHERE story_id = ?').pluck().all(storyId) as string[];
    const events: EventView[] = [];
    const earlier: Doc[][] = [];
    const loaded = eventIds.map((eid) => ({ eid, docs: this.eventDocs(eid) })).filter((e) => e.docs.length > 0);
    // in the order the timeline shows them, so that "earlier" means earlier on the page
    loaded.sort((x, y) => compareDates(eventDateOf(x.docs)?.value ?? null, eventDateOf(y.docs)?.value ?? null) || compareDates(firstDate(x.docs), firstDate(y.docs)));
    for (const { eid, docs } of loaded) {
      events.push(this.eventView(eid, storyId, docs, earlier));
      earlier.push(docs);
    }
    events.sort((x, y) => compareDates(x.date?.value ?? null, y.date?.value ?? null));
    const undated = prepared(this.db, 
        `SELECT ar.* FROM assignments a JOIN articles ar ON ar.id = a.article_id
         WHERE a.story_id = ? AND ar.date_value IS NULL AND ar.event_date_value IS NULL ORDER BY ar.seq`,
      )
      .all(storyId) as ArticleRow[];
    const { first, last } = this.storyRange(storyId);
    return {
      id: storyId,
      title: shorten(row.title || this.storyTitle(storyId), 100),
      first,
      last,
      events,
      entities: this.topEntities('story', storyId, 30),
      undated: undated.map(articleRef),
    };
  }

  async getEvent(id: string): Promise<EventView | null> {
    const eventId = this.state.resolve('event', id);
    const row = prepared(this.db, 'SELECT id, story_id FROM events WHERE id = ?').get(eventId) as { id: string; story_id: string } | undefined;
    if (!row) return null;
    const docs = this.eventDocs(eventId);
    const mine = eventDateOf(docs)?.value ?? null;
    const earlier = (prepared(this.db, 'SELECT id FROM events WHERE story_id = ? AND id != ?').pluck().all(row.story_id, eventId) as string[])
      .map((e) => this.eventDocs(e))
      .filter((d) => d.length > 0 && compareDates(eventDateOf(d)?.value ?? null, mine) < 0);
    return this.eventView(eventId, row.story_id, docs, earlier);
  }

  async getArticle(id: string): Promise<ArticleView | null> {
    const r = this.articleRow(id);
    if (!r) return null;
    const asg = prepared(this.db, 'SELECT * FROM assignments WHERE article_id = ?').get(r.id) as AssignmentRow | undefined;
    return {
      id: r.id,
      title: displayTitle(r.title, r.text),
      lang: r.lang,
      date: r.date_value
        ? { ...dateView(r.date_value, r.date_precision, r.date_estimated)!, source: r.date_source ?? 'metadata', confidence: r.date_confidence ?? 1 }
        : null,
      text: r.text,
      input: r.input,
      url: r.url,
      source: r.source,
      credits: JSON.parse(r.credits),
      entities: (prepared(this.db, 'SELECT text, type, start, end, entity_id AS entity FROM mentions WHERE article_id = ? ORDER BY start').all(r.id) as MentionRow[]).map(
        (m) => ({ text: m.text, type: m.type as EntityType, start: m.start, end: m.end, entity: m.entity }),
      ),
      timexes: (prepared(this.db, 'SELECT text, type, value, start, end, mod FROM timexes WHERE article_id = ? ORDER BY start').all(r.id) as TimexRow[]).map(timexView),
      quotes: this.quotesOf([r.id]),
      event: asg ? this.state.resolve('event', asg.event_id) : null,
      story: asg ? this.state.resolve('story', asg.story_id) : null,
      why: asg ? whyOf(asg) : [],
    };
  }

  async loadDoc(id: string): Promise<Doc | null> {
    const r = this.articleRow(id);
    return r ? this.docFromRow(r) : null;
  }

  async search(query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
    const match = this.matchArticles(query, filters);
    if (!match) return [];
    const sql = match.ranked
      ? `SELECT ar.*, -bm25(articles_fts, 2.0, 1.0, 1.0) AS score FROM articles_fts JOIN articles ar ON ar.seq = articles_fts.rowid
         WHERE ${match.where} ORDER BY score DESC LIMIT ?`
      : `SELECT ar.*, 0 AS score FROM articles ar WHERE ${match.where} ORDER BY ar.date_value DESC LIMIT ?`;
    const rows = prepared(this.db, sql).all(...match.params, filters.limit ?? 20) as (ArticleRow & { score: number })[];
    return rows.map((r) => ({
      id: r.id,
      title: displayTitle(r.title, r.text),
      date: dateView(r.date_value, r.date_precision, r.date_estimated),
      lang: r.lang,
      score: Math.round(r.score * 1000) / 1000,
      snippet: snippet(r.text, r.lang, match.terms),
    }));
  }

  async searchFacets(query: string, filters: SearchFilters = {}): Promise<SearchFacets> {
    const empty: SearchFacets = { total: 0, capped: false, lang: [], month: [], undated: 0, stories: [], entities: [] };
    const match = this.matchArticles(query, filters);
    if (!match) return empty;
    // Facets count over at most FACET_SCAN matches (the best-ranked ones), so a query that
    // matches half a million articles still answers at once; `capped` says when that happened.
    const from = match.ranked ? 'articles_fts JOIN articles ar ON ar.seq = articles_fts.rowid' : 'articles ar';
    const order = match.ranked ? 'ORDER BY bm25(articles_fts, 2.0, 1.0, 1.0)' : 'ORDER BY ar.date_value DESC';
    const hits = `hits AS (SELECT ar.id, ar.lang, coalesce(ar.date_value, ar.event_date_value) AS day FROM ${from} WHERE ${match.where} ${order} LIMIT ${FACET_SCAN + 1})`;
    const run = <T>(sql: string) => prepared(this.db, `WITH ${hits} ${sql}`).all(...match.params) as T[];
    const total = (run<{ n: number }>('SELECT count(*) AS n FROM hits')[0]?.n ?? 0);
    if (total === 0) return empty;
    const counted = (rows: { value: string; count: number }[]) => rows.map((r) => ({ value: r.value, count: r.count }));
    const lang = counted(run('SELECT lang AS value, count(*) AS count FROM hits GROUP BY lang ORDER BY count DESC, value'));
    const months = run<{ value: string | null; count: number }>('SELECT substr(day, 1, 7) AS value, count(*) AS count FROM hits GROUP BY 1 ORDER BY 1');
    const stories = run<{ id: string; title: string; count: number }>(
      `SELECT s.id, s.title, count(*) AS count FROM hits JOIN assignments a ON a.article_id = hits.id JOIN stories s ON s.id = a.story_id
       GROUP BY s.id ORDER BY count DESC, s.id LIMIT 10`);
    const entities = run<{ id: string; name: string; type: EntityType; count: number }>(
      `SELECT e.id, e.name, e.type, count(DISTINCT m.article_id) AS count FROM hits JOIN mentions m ON m.article_id = hits.id JOIN entities e ON e.id = m.entity_id
       GROUP BY e.id ORDER BY count DESC, e.mentions DESC LIMIT 15`);
    return {
      total: Math.min(total, FACET_SCAN),
      capped: total > FACET_SCAN,
      lang,
      month: counted(months.filter((m): m is { value: string; count: number } => m.value !== null && m.value.length === 7)),
      undated: months.filter((m) => m.value === null).reduce((n, m) => n + m.count, 0),
      stories: stories.map((s) => ({ id: s.id, title: s.title, count: s.count })),
      entities: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, count: e.count })),
    };
  }

  /** The WHERE clause (over `ar` = articles, and articles_fts when ranked) for a query and its filters; null when nothing is asked. */
  private matchArticles(query: string, filters: SearchFilters): { where: string; params: unknown[]; terms: string[]; ranked: boolean } | null {
    // every word of the query must match, as a German or an English stem, or as the same
    // word in another of its entity's names (`Genf` finds `Geneva`, `Morosow` finds `Morozov`)
    const perWord = query
      .split(/\s+/)
      .map((w) => [...new Set([w, ...this.entityNameVariants(w)].flatMap((v) => [...searchTerms(v, 'de'), ...searchTerms(v, 'en')]))])
      .filter((alts) => alts.length > 0);
    const terms = perWord.flat();
    const where: string[] = [];
    const params: unknown[] = [];
    if (terms.length) {
      where.push('articles_fts MATCH ?');
      params.push(perWord.map((alts) => `(${alts.map((t) => `stems:"${t.replace(/"/g, '')}"`).join(' OR ')})`).join(' AND '));
    }
    if (filters.lang) { where.push('ar.lang = ?'); params.push(filters.lang); }
    if (filters.from) { where.push("coalesce(ar.date_value, ar.event_date_value) >= ?"); params.push(filters.from); }
    if (filters.to) { where.push("substr(coalesce(ar.date_value, ar.event_date_value), 1, length(?)) <= ?"); params.push(filters.to, filters.to); }
    if (filters.entity) {
      const ids = this.entityIdsFor(filters.entity);
      if (ids.length === 0) return null;
      where.push(`ar.id IN (SELECT article_id FROM mentions WHERE entity_id IN (${ids.map(() => '?').join(',')}))`);
      params.push(...ids);
    }
    if (filters.story) {
      where.push('ar.id IN (SELECT article_id FROM assignments WHERE story_id = ?)');
      params.push(this.state.resolve('story', filters.story));
    }
    if (where.length === 0) return null;
    return { where: where.join(' AND '), params, terms, ranked: terms.length > 0 };
  }

  async listEntities(options: { type?: string; limit?: number } = {}): Promise<EntityView[]> {
    const rows = options.type
      ? prepared(this.db, 'SELECT * FROM entities WHERE type = ? ORDER BY mentions DESC, name LIMIT ?').all(options.type.toUpperCase(), options.limit ?? 1000)
      : prepared(this.db, 'SELECT * FROM entities ORDER BY mentions DESC, name LIMIT ?').all(options.limit ?? 1000);
    return (rows as EntityRowLike[]).map(entityView);
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const row = prepared(this.db, 'SELECT * FROM entities WHERE id = ?').get(id) as EntityRowLike | undefined;
    if (!row) return null;
    const e = toEntity(row);
    const timeline = prepared(this.db, 
        `SELECT substr(coalesce(ar.date_value, ar.event_date_value), 1, 7) AS date, count(*) AS mentions
         FROM mentions m JOIN articles ar ON ar.id = m.article_id
         WHERE m.entity_id = ? AND coalesce(ar.date_value, ar.event_date_value) IS NOT NULL GROUP BY 1 ORDER BY 1`,
      )
      .all(id) as { date: string; mentions: number }[];
    const stories = prepared(this.db, 
        `SELECT a.story_id AS id, count(DISTINCT a.article_id) AS articles FROM mentions m JOIN assignments a ON a.article_id = m.article_id
         WHERE m.entity_id = ? GROUP BY a.story_id ORDER BY articles DESC LIMIT 50`,
      )
      .all(id) as { id: string; articles: number }[];
    const cooccurring = prepared(this.db, 
        `SELECT e.id, e.name, e.type, count(DISTINCT m2.article_id) AS articles
         FROM mentions m1 JOIN mentions m2 ON m2.article_id = m1.article_id AND m2.entity_id != m1.entity_id
         JOIN entities e ON e.id = m2.entity_id
         WHERE m1.entity_id = ? GROUP BY e.id ORDER BY articles DESC, e.mentions DESC LIMIT 20`,
      )
      .all(id) as { id: string; name: string; type: EntityType; articles: number }[];
    return {
      ...entityView(row),
      data: e.data,
      timeline,
      stories: stories.map((s) => ({ id: this.state.resolve('story', s.id), title: this.storyTitle(s.id), articles: s.articles })),
      cooccurring,
      quotes: this.quotesBy(`q.speaker_entity = ?`, [id], 100),
    };
  }

  async findEntities(name: string): Promise<EntityView[]> {
    const ids = this.entityIdsFor(name);
    if (!ids.length) return [];
    const rows = prepared(this.db, `SELECT * FROM entities WHERE id IN (${ids.map(() => '?').join(',')}) ORDER BY mentions DESC`).all(...ids) as EntityRowLike[];
    return rows.map(entityView);
  }

  async listQuotes(options: { speaker?: string; limit?: number } = {}): Promise<QuoteView[]> {
    const limit = options.limit ?? 200;
    if (!options.speaker) return this.quotesBy('1 = 1', [], limit);
    const ids = this.entityIdsFor(options.speaker);
    const byEntity = ids.length ? `q.speaker_entity IN (${ids.map(() => '?').join(',')})` : '0';
    return this.quotesBy(`(${byEntity} OR q.speaker LIKE ?)`, [...ids, `%${options.speaker}%`], limit);
  }

  async why(a: string, b: string): Promise<PairView | null> {
    const da = await this.loadDoc(a);
    const db = await this.loadDoc(b);
    if (!da || !db) return null;
    const ids = (doc: Doc) => new Map(
      (prepared(this.db, 'SELECT DISTINCT local_key, entity_id FROM mentions WHERE article_id = ? AND entity_id IS NOT NULL').all(doc.article.id) as { local_key: string; entity_id: string }[])
        .map((r) => [r.local_key, r.entity_id]),
    );
    // with the store's document frequencies, so the pair is weighed as connect weighed it
    const reason = explainPair(da, db, ids(da), ids(db), this.state);
    const place = (id: string) => prepared(this.db, 'SELECT event_id, story_id FROM assignments WHERE article_id = ?').get(id) as { event_id: string; story_id: string } | undefined;
    const pa = place(da.article.id);
    const pb = place(db.article.id);
    const ev = (x?: { event_id: string }) => (x ? this.state.resolve('event', x.event_id) : null);
    const st = (x?: { story_id: string }) => (x ? this.state.resolve('story', x.story_id) : null);
    return {
      a: { ...articleRef(this.articleRow(da.article.id)!), event: ev(pa), story: st(pa) },
      b: { ...articleRef(this.articleRow(db.article.id)!), event: ev(pb), story: st(pb) },
      sameEvent: ev(pa) !== null && ev(pa) === ev(pb),
      sameStory: st(pa) !== null && st(pa) === st(pb),
      reason,
    };
  }

  async stats() {
    const count = (t: string) => prepared(this.db, `SELECT count(*) FROM ${t}`).pluck().get() as number;
    return { articles: count('articles'), events: count('events'), stories: count('stories'), entities: count('entities'), schema: schemaVersion(this.db) };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  // ---- helpers ----

  private articleRow(id: string): ArticleRow | undefined {
    return prepared(this.db, 'SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
  }

  private docFromRow(r: ArticleRow): Doc {
    const sentences: Sentence[] = (JSON.parse(r.sentences) as [number, number][]).map(([start, end]) => ({ start, end, tokens: tokenize(r.text, start, end) }));
    const mentions: Mention[] = (prepared(this.db, 'SELECT text, type, start, end, local_key FROM mentions WHERE article_id = ? ORDER BY start').all(r.id) as (MentionRow & { local_key: string })[]).map(
      (m) => ({ text: m.text, type: m.type as EntityType, start: m.start, end: m.end, entity: m.local_key }),
    );
    const timexes: Timex[] = (prepared(this.db, 'SELECT text, type, value, start, end, mod FROM timexes WHERE article_id = ? ORDER BY start').all(r.id) as TimexRow[]).map(timexView);
    const quotes: Quote[] = (prepared(this.db, 'SELECT * FROM quotes WHERE article_id = ? ORDER BY start').all(r.id) as QuoteRow[]).map((q) => ({
      text: q.text, start: q.start, end: q.end, form: q.form as Quote['form'], speaker: q.speaker, speakerKey: q.speaker_key, cue: q.cue,
    }));
    return {
      article: {
        id: r.id, input: r.input, url: r.url, source: r.source, title: r.title, text: r.text, lang: r.lang,
        date: r.date_value
          ? { value: r.date_value, precision: r.date_precision as 'day', source: (r.date_source ?? 'metadata') as 'metadata', estimated: !!r.date_estimated, confidence: r.date_confidence ?? 1 }
          : null,
        credits: JSON.parse(r.credits), contentHash: r.content_hash,
      },
      sentences,
      mentions,
      entities: JSON.parse(r.entities) as ArticleEntity[],
      timexes,
      quotes,
      eventDate: r.event_date_value ? { value: r.event_date_value, precision: r.event_date_precision as 'day' } : null,
    };
  }

  private eventDocs(eventId: string): Doc[] {
    const rows = prepared(this.db, 'SELECT ar.* FROM assignments a JOIN articles ar ON ar.id = a.article_id WHERE a.event_id = ? ORDER BY ar.date_value, ar.seq')
      .all(eventId) as ArticleRow[];
    return rows.map((r) => this.docFromRow(r));
  }

  private eventView(eventId: string, storyId: string, docs: Doc[], earlier: Doc[][]): EventView {
    // what is new is judged on canonical entities: `BRUSSELS` in one article is `Brüssel` of another
    const d = describeEvent(docs.map((x) => this.withCanonicalEntities(x)), earlier.map((ds) => ds.map((x) => this.withCanonicalEntities(x))));
    const ids = docs.map((x) => x.article.id);
    const reasons = prepared(this.db, `SELECT * FROM assignments WHERE article_id IN (${ids.map(() => '?').join(',')})`)
      .all(...ids) as AssignmentRow[];
    return {
      id: eventId,
      story: this.state.resolve('story', storyId),
      date: d.date ? { value: d.date.value, precision: d.date.precision, ...(isEstimated(docs) ? { estimated: true } : {}) } : null,
      title: d.title,
      summary: d.summary,
      articles: docs.map((x) => ({
        id: x.article.id,
        title: displayTitle(x.article.title, x.article.text),
        date: x.article.date ? { value: x.article.date.value, precision: x.article.date.precision, ...(x.article.date.estimated ? { estimated: true } : {}) } : null,
        lang: x.article.lang,
        source: x.article.source,
      })),
      entities: this.topEntities('event', eventId, 10).map((e) => e.name),
      // a timeline shows an event's first few quotes: the telling ones go first
      quotes: keyQuotesFirst(this.quotesOf(ids)),
      // the first event of a story has nothing to compare against
      whatsNew: earlier.length ? d.whatsNew : { actors: [], places: [], quotes: [], figures: [] },
      why: reasons.flatMap(whyOf),
    };
  }

  /** The doc with its article entities replaced by the canonical entities they were linked to. */
  private withCanonicalEntities(doc: Doc): Doc {
    const rows = prepared(this.db,
        `SELECT DISTINCT m.local_key, e.id, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?`,
      )
      .all(doc.article.id) as { local_key: string; id: string; name: string; type: EntityType }[];
    const canonical = new Map(rows.map((r) => [r.local_key, r]));
    const entities = new Map<string, ArticleEntity>();
    for (const e of doc.entities) {
      const c = canonical.get(e.key);
      const key = c?.id ?? e.key;
      const prev = entities.get(key);
      if (prev) prev.mentions += e.mentions;
      else entities.set(key, { ...e, key, name: c?.name ?? e.name, type: c?.type ?? e.type });
    }
    return {
      ...doc,
      entities: [...entities.values()],
      mentions: doc.mentions.map((m) => ({ ...m, entity: canonical.get(m.entity)?.id ?? m.entity })),
    };
  }

  /**
   * The entities that mark a story or event: named often in it and seldom elsewhere (its mentions
   * here times the log of the store's articles over the entity's mentions everywhere), so that a
   * country or outlet all news names (`Österreich`, `APA`) does not lead every story's actors;
   * people, organisations and places before other names (`Euro`).
   */
  private topEntities(kind: 'story' | 'event', id: string, limit: number): EntityView[] {
    const column = kind === 'story' ? 'story_id' : 'event_id';
    const rows = prepared(this.db, 
        `SELECT e.*, count(*) AS here FROM mentions m JOIN assignments a ON a.article_id = m.article_id JOIN entities e ON e.id = m.entity_id
         WHERE a.${column} = ? GROUP BY e.id ORDER BY e.type = 'MISC', here DESC, e.mentions DESC LIMIT ?`,
      )
      .all(id, Math.max(50, 4 * limit)) as (EntityRowLike & { here: number })[];
    const articles = Math.max(1, readCounter(this.db, 'documents'));
    const weight = (r: { here: number; mentions: number }) => r.here * Math.log(1 + articles / Math.max(1, r.mentions));
    return rows
      .map((r) => ({ r, w: weight(r) }))
      .sort((a, b) => Number(a.r.type === 'MISC') - Number(b.r.type === 'MISC') || b.w - a.w || b.r.mentions - a.r.mentions)
      .slice(0, limit)
      .map(({ r }) => entityView(r));
  }

  private storyRange(storyId: string): { first: DateView | null; last: DateView | null } {
    const q = (order: 'ASC' | 'DESC') =>
      prepared(this.db, 
          `SELECT coalesce(ar.event_date_value, ar.date_value) AS v, CASE WHEN ar.event_date_value IS NOT NULL THEN ar.event_date_precision ELSE ar.date_precision END AS p,
             CASE WHEN ar.event_date_value IS NOT NULL THEN 0 ELSE ar.date_estimated END AS est
           FROM assignments a JOIN articles ar ON ar.id = a.article_id WHERE a.story_id = ? AND v IS NOT NULL ORDER BY v ${order} LIMIT 1`,
        )
        .get(storyId) as { v: string; p: string; est: number } | undefined;
    const f = q('ASC');
    const l = q('DESC');
    return { first: f ? dateView(f.v, f.p, f.est) : null, last: l ? dateView(l.v, l.p, l.est) : null };
  }

  private storyTitle(storyId: string): string {
    const row = prepared(this.db, `SELECT ar.title, ar.text FROM assignments a JOIN articles ar ON ar.id = a.article_id WHERE a.story_id = ? ORDER BY ar.seq LIMIT 1`)
      .get(storyId) as { title: string | null; text: string } | undefined;
    return row ? displayTitle(row.title, row.text) : storyId;
  }

  private quotesOf(articleIds: string[]): QuoteView[] {
    if (!articleIds.length) return [];
    return this.quotesBy(`q.article_id IN (${articleIds.map(() => '?').join(',')})`, articleIds, 1000);
  }

  private quotesBy(where: string, params: unknown[], limit: number): QuoteView[] {
    const rows = prepared(this.db, 
        `SELECT q.*, e.name AS entity_name FROM quotes q LEFT JOIN entities e ON e.id = q.speaker_entity
         JOIN articles ar ON ar.id = q.article_id WHERE ${where} ORDER BY ar.date_value, ar.seq, q.start LIMIT ?`,
      )
      .all(...params, limit) as (QuoteRow & { entity_name: string | null })[];
    return rows.map((q) => ({
      text: q.text,
      speaker: q.entity_name ?? q.speaker,
      speakerEntity: q.speaker_entity,
      start: q.start,
      end: q.end,
      article: q.article_id,
      form: q.form as QuoteView['form'],
      cue: q.cue,
    }));
  }

  /**
   * Other spellings of a query word that names an entity: the last word of each of the
   * entity's names and aliases (exonyms, transliterations). Only for words that are a name.
   */
  private entityNameVariants(word: string): string[] {
    if (word.length < 3 || !/\p{L}/u.test(word)) return [];
    const ids = this.entities.findByKeys(lookupKeys(word)).slice(0, 3).map((e) => e.id);
    const out = new Set<string>();
    for (const id of ids) {
      const row = prepared(this.db, 'SELECT name, aliases FROM entities WHERE id = ?').get(id) as { name: string; aliases: string } | undefined;
      if (!row) continue;
      for (const name of [row.name, ...(JSON.parse(row.aliases) as string[])]) {
        const last = name.trim().split(/\s+/).pop();
        if (last && last.toLowerCase() !== word.toLowerCase()) out.add(last);
      }
    }
    return [...out];
  }

  /** Entity ids for an id or a name, found the way linking finds them (aliases, transliterations, surnames). */
  private entityIdsFor(nameOrId: string): string[] {
    const direct = prepared(this.db, 'SELECT id FROM entities WHERE id = ?').pluck().get(nameOrId) as string | undefined;
    if (direct) return [direct];
    return this.entities.findByKeys(lookupKeys(nameOrId)).map((e) => e.id);
  }

}

interface AssignmentRow { article_id: string; event_id: string; story_id: string; event_reason: string; story_reason: string }
interface MentionRow { text: string; type: string; start: number; end: number; entity: string | null }
interface TimexRow { text: string; type: string; value: string; start: number; end: number; mod: string | null }
interface QuoteRow { article_id: string; start: number; end: number; text: string; form: string; speaker: string | null; speaker_key: string | null; speaker_entity: string | null; cue: string | null }
interface EntityRowLike { id: string; name: string; type: string; aliases: string; mentions: number; data: string }

function whyOf(r: AssignmentRow): WhyView[] {
  return [
    { ...(JSON.parse(r.event_reason) as Reason), article: r.article_id, level: 'event' },
    { ...(JSON.parse(r.story_reason) as Reason), article: r.article_id, level: 'story' },
  ];
}

function timexView(t: TimexRow): Timex {
  const v: Timex = { text: t.text, type: t.type as Timex['type'], value: t.value, start: t.start, end: t.end };
  if (t.mod) v.mod = t.mod;
  return v;
}

function entityView(r: EntityRowLike): EntityView {
  const data = JSON.parse(r.data) as Record<string, unknown>;
  const v: EntityView = { id: r.id, name: r.name, type: r.type as EntityType, aliases: JSON.parse(r.aliases), mentions: r.mentions };
  if (data.place) v.place = data.place;
  return v;
}

function dateView(value: string | null, precision: string | null, estimated: number | boolean): DateView | null {
  if (!value) return null;
  return { value, precision: (precision ?? 'day') as DateView['precision'], ...(estimated ? { estimated: true } : {}) };
}

function articleRef(r: ArticleRow): ArticleRef {
  return { id: r.id, title: displayTitle(r.title, r.text), date: dateView(r.date_value, r.date_precision, r.date_estimated), lang: r.lang, source: r.source };
}

/** An event date is estimated when no article says when it happened and no publication date was given. */
function isEstimated(docs: Doc[]): boolean {
  return docs.every((d) => !d.eventDate && (!d.article.date || d.article.date.estimated));
}

function firstDate(docs: Doc[]): string | null {
  const dates = docs.map((d) => d.eventDate?.value ?? d.article.date?.value).filter((x): x is string => !!x).sort();
  return dates[0] ?? null;
}

/** Dated before undated, then chronological. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function snippet(text: string, lang: string, terms: string[]): string {
  const want = new Set(terms);
  const words = tokenize(text);
  const hit = words.find((w) => searchTerms(w.text, lang).some((t) => want.has(t)));
  const center = hit ? hit.start : 0;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, center - 80)) + 1);
  const to = Math.min(text.length, from + 220);
  const cut = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return (from > 0 ? '…' : '') + cut + (to < text.length ? '…' : '');
}
