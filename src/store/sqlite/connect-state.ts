import { POSTINGS_READ, type ClusterRecord, type ConnectState } from '../../connect/state.js';
import { dayNumber, dayString } from '../../connect/dates.js';
import { prepared, type DB } from './db.js';
import { nextCounter, readCounter } from './counters.js';

/** Documents after which a cluster's kept index keys are marked as recently updated again. */
const SEQ_REFRESH = 50;

/** Most parsed profiles kept (least recently used go first). */
const PROFILE_CACHE_LIMIT = 20_000;

/** A cluster row; `profile` is left out where the cached parse is likely still valid. */
interface ClusterRow { id: string; story_id?: string; first_date: string | null; last_date: string | null; size: number; title: string; profile?: string }

/** The connect stage's state in SQLite: events, stories, their index keys and document frequencies. */
export class SqliteConnectState implements ConnectState {
  /**
   * Parsed profiles by `kind:id`, valid while the row's size is the one cached: every save
   * adds an article, so a row changed by another writer has another size. Parsing the JSON
   * of every candidate was the largest cost of clustering an article.
   */
  private readonly profiles = new Map<string, { size: number; profile: unknown }>();

  /**
   * The document frequencies looked up last: those of the article being connected, which its
   * candidate lookups read again to tell common keys from rare ones (cleared as it is counted).
   */
  private lastFrequencies = new Map<string, number>();

  constructor(private readonly db: DB) {}

  /** Drops cached profiles: after a rolled-back article they may hold its unsaved changes. */
  forgetCachedProfiles(): void {
    this.profiles.clear();
  }

  private toRecord(kind: 'event' | 'story', r: ClusterRow, parentId: string | null): ClusterRecord {
    const key = `${kind}:${r.id}`;
    let hit = this.profiles.get(key);
    if (!hit || hit.size !== r.size) {
      const json = r.profile ?? (prepared(this.db, `SELECT profile FROM ${kind === 'event' ? 'events' : 'stories'} WHERE id = ?`).pluck().get(r.id) as string);
      hit = { size: r.size, profile: JSON.parse(json) };
      this.remember(key, hit);
    }
    return { id: r.id, parentId, firstDate: r.first_date, lastDate: r.last_date, size: r.size, title: r.title, profile: hit.profile };
  }

  private remember(key: string, entry: { size: number; profile: unknown }): void {
    if (this.profiles.size >= PROFILE_CACHE_LIMIT) this.profiles.delete(this.profiles.keys().next().value!);
    this.profiles.delete(key);
    this.profiles.set(key, entry);
  }

  documentCount(): number {
    return readCounter(this.db, 'documents');
  }

  documentFrequencies(terms: string[]): Map<string, number> {
    this.lastFrequencies = this.lookUpFrequencies(terms);
    return this.lastFrequencies;
  }

  private lookUpFrequencies(terms: string[]): Map<string, number> {
    const unique = [...new Set(terms)];
    const out = new Map<string, number>(unique.map((t) => [t, 0]));
    // one query per chunk of terms, not per term: this runs for every article
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = prepared(this.db, `SELECT term, df FROM doc_freq WHERE term IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as { term: string; df: number }[];
      for (const r of rows) out.set(r.term, r.df);
    }
    return out;
  }

  addDocument(terms: string[]): void {
    this.lastFrequencies = new Map();
    nextCounter(this.db, 'documents');
    const up = prepared(this.db, 'INSERT INTO doc_freq (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1');
    for (const t of new Set(terms)) up.run(t);
  }

  eventCandidates(keys: string[], date: string | null, windowDays: number, limit: number): ClusterRecord[] {
    let window = '';
    const params: unknown[] = [];
    if (date) {
      const day = dayNumber(date);
      const from = day === null ? date : dayString(day - windowDays);
      const to = day === null ? date : dayString(day + windowDays);
      window = 'WHERE (e.last_date IS NULL OR (e.last_date >= ? AND e.first_date <= ?))';
      params.push(from, to);
    }
    // Rank by ids alone, then read the few winners whole: carrying every candidate's profile
    // (which grows with its cluster) through the grouping made the cost grow with the store.
    const ranked = this.ranked('event', 'events e', keys, window, params, limit);
    return this.readRows('event', ranked).map((r) => this.toRecord('event', r, r.story_id ?? null));
  }

  storyCandidates(keys: string[], limit: number): ClusterRecord[] {
    const ranked = this.ranked('story', 'stories e', keys, '', [], limit);
    return this.readRows('story', ranked).map((r) => this.toRecord('story', r, null));
  }

  /**
   * Ids of the clusters sharing the most keys with the query (ties: the newest first), each key
   * read through its `POSTINGS_READ` most recently updated clusters at most. A key found in no
   * more documents than that has no more clusters either and is read whole; only commoner keys
   * take the `cluster_keys_recent` index one by one, so a lookup costs the same however many
   * clusters share a common key, and a small store is read exactly as before. `where` is
   * a WHERE clause on the clusters (`e`), or empty.
   */
  private ranked(kind: 'event' | 'story', table: string, keys: string[], where: string, params: unknown[], limit: number): string[] {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    const missing = unique.filter((k) => !this.lastFrequencies.has(k));
    const looked = missing.length ? this.lookUpFrequencies(missing) : null;
    const df = (k: string) => this.lastFrequencies.get(k) ?? looked?.get(k) ?? 0;
    const few = unique.filter((k) => df(k) <= POSTINGS_READ);
    const common = unique.filter((k) => df(k) > POSTINGS_READ);
    const parts = common.map(() => `SELECT id FROM (SELECT id FROM cluster_keys WHERE kind = '${kind}' AND key = ? ORDER BY seq DESC LIMIT ${POSTINGS_READ})`);
    if (few.length) parts.unshift(`SELECT id FROM cluster_keys WHERE kind = '${kind}' AND key IN (${few.map(() => '?').join(',')})`);
    return prepared(this.db,
        `SELECT e.id FROM (${parts.join(' UNION ALL ')}) h JOIN ${table} ON e.id = h.id ${where}
         GROUP BY e.id ORDER BY count(*) DESC, e.rowid DESC LIMIT ?`,
      )
      .pluck()
      .all(...few, ...common, ...params, limit) as string[];
  }

  /** The rows of these clusters without their profiles (toRecord reads those unless cached), in the order given. */
  private readRows(kind: 'event' | 'story', ids: string[]): ClusterRow[] {
    if (ids.length === 0) return [];
    const columns = kind === 'event' ? 'id, story_id, first_date, last_date, size, title' : 'id, first_date, last_date, size, title';
    const rows = prepared(this.db, `SELECT ${columns} FROM ${kind === 'event' ? 'events' : 'stories'} WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids) as ClusterRow[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ClusterRow => r !== undefined);
  }

  getEvent(id: string): ClusterRecord | null {
    const r = prepared(this.db, 'SELECT * FROM events WHERE id = ?').get(this.resolve('event', id)) as ClusterRow | undefined;
    return r ? this.toRecord('event', r, r.story_id ?? null) : null;
  }

  getStory(id: string): ClusterRecord | null {
    const r = prepared(this.db, 'SELECT * FROM stories WHERE id = ?').get(this.resolve('story', id)) as ClusterRow | undefined;
    return r ? this.toRecord('story', r, null) : null;
  }

  saveEvent(record: ClusterRecord, keys: string[]): void {
    prepared(this.db, 
        `INSERT INTO events (id, story_id, first_date, last_date, size, title, profile) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET story_id = excluded.story_id, first_date = excluded.first_date, last_date = excluded.last_date,
           size = excluded.size, title = excluded.title, profile = excluded.profile`,
      )
      .run(record.id, record.parentId ?? '', record.firstDate, record.lastDate, record.size, record.title, JSON.stringify(record.profile));
    this.replaceKeys('event', record.id, keys);
    this.remember(`event:${record.id}`, { size: record.size, profile: record.profile });
  }

  saveStory(record: ClusterRecord, keys: string[]): void {
    const seq = nextCounter(this.db, 'story-activity');
    prepared(this.db, 
        `INSERT INTO stories (id, first_date, last_date, size, title, profile, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET first_date = excluded.first_date, last_date = excluded.last_date, size = excluded.size,
           title = excluded.title, profile = excluded.profile, updated_seq = excluded.updated_seq`,
      )
      .run(record.id, record.firstDate, record.lastDate, record.size, record.title, JSON.stringify(record.profile), seq);
    this.replaceKeys('story', record.id, keys);
    this.remember(`story:${record.id}`, { size: record.size, profile: record.profile });
  }

  recordAlias(kind: 'event' | 'story', fromId: string, intoId: string): void {
    prepared(this.db, 'INSERT OR REPLACE INTO cluster_aliases (kind, from_id, into_id) VALUES (?, ?, ?)').run(kind, fromId, intoId);
    this.profiles.delete(`${kind}:${fromId}`);
    const table = kind === 'event' ? 'events' : 'stories';
    prepared(this.db, `DELETE FROM ${table} WHERE id = ?`).run(fromId);
    prepared(this.db, 'DELETE FROM cluster_keys INDEXED BY cluster_keys_id WHERE kind = ? AND id = ?').run(kind, fromId);
    const column = kind === 'event' ? 'event_id' : 'story_id';
    prepared(this.db, `UPDATE assignments SET ${column} = ? WHERE ${column} = ?`).run(intoId, fromId);
    if (kind === 'story') prepared(this.db, 'UPDATE events SET story_id = ? WHERE story_id = ?').run(intoId, fromId);
  }

  newId(kind: 'event' | 'story'): string {
    return `${kind === 'event' ? 'ev' : 'st'}${nextCounter(this.db, kind)}`;
  }

  /** Follows merge aliases to the surviving ID. */
  resolve(kind: 'event' | 'story', id: string): string {
    const q = prepared(this.db, 'SELECT into_id FROM cluster_aliases WHERE kind = ? AND from_id = ?').pluck();
    let cur = id;
    for (let i = 0; i < 20; i++) {
      const next = q.get(kind, cur) as string | undefined;
      if (!next) break;
      cur = next;
    }
    return cur;
  }

  /**
   * Makes the cluster's index keys exactly `keys`, writing only what changed (a cluster's keys
   * drift slowly), and marks them as recently updated: new keys with the current document count,
   * the kept ones too once theirs lags by `SEQ_REFRESH` documents (so a busy cluster is not
   * rewritten on every article).
   */
  private replaceKeys(kind: string, id: string, keys: string[]): void {
    const now = this.documentCount();
    const wanted = new Set(keys);
    // by the cluster's own index: without statistics the planner would take the covering recency index and read the whole kind
    const rows = prepared(this.db, 'SELECT key, seq FROM cluster_keys INDEXED BY cluster_keys_id WHERE kind = ? AND id = ?').all(kind, id) as { key: string; seq: number }[];
    const current = new Set(rows.map((r) => r.key));
    const drop = prepared(this.db, 'DELETE FROM cluster_keys WHERE kind = ? AND key = ? AND id = ?');
    for (const k of current) if (!wanted.has(k)) drop.run(kind, k, id);
    if (rows.some((r) => wanted.has(r.key) && r.seq < now - SEQ_REFRESH)) {
      prepared(this.db, 'UPDATE cluster_keys INDEXED BY cluster_keys_id SET seq = ? WHERE kind = ? AND id = ?').run(now, kind, id);
    }
    const add = prepared(this.db, 'INSERT OR IGNORE INTO cluster_keys (kind, key, id, seq) VALUES (?, ?, ?, ?)');
    for (const k of wanted) if (!current.has(k)) add.run(kind, k, id, now);
  }

}
