import type { ClusterRecord, ConnectState } from '../../connect/state.js';
import type { DB } from './db.js';
import { nextCounter, readCounter } from './counters.js';

interface ClusterRow { id: string; story_id?: string; first_date: string | null; last_date: string | null; size: number; title: string; profile: string }

/** The connect stage's state in SQLite: events, stories, their index keys and document frequencies. */
export class SqliteConnectState implements ConnectState {
  constructor(private readonly db: DB) {}

  documentCount(): number {
    return readCounter(this.db, 'documents');
  }

  documentFrequencies(terms: string[]): Map<string, number> {
    const unique = [...new Set(terms)];
    const out = new Map<string, number>(unique.map((t) => [t, 0]));
    // one query per chunk of terms, not per term: this runs for every article
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = this.db.prepare(`SELECT term, df FROM doc_freq WHERE term IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as { term: string; df: number }[];
      for (const r of rows) out.set(r.term, r.df);
    }
    return out;
  }

  addDocument(terms: string[]): void {
    nextCounter(this.db, 'documents');
    const up = this.db.prepare('INSERT INTO doc_freq (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1');
    for (const t of new Set(terms)) up.run(t);
  }

  eventCandidates(keys: string[], date: string | null, windowDays: number, limit: number): ClusterRecord[] {
    if (keys.length === 0) return [];
    const marks = keys.map(() => '?').join(',');
    let window = '';
    const params: unknown[] = [...keys];
    if (date) {
      const from = shiftDays(date, -windowDays);
      const to = shiftDays(date, windowDays);
      window = 'AND (e.last_date IS NULL OR (e.last_date >= ? AND e.first_date <= ?))';
      params.push(from, to);
    }
    params.push(limit);
    const rows = this.db
      .prepare(
        `SELECT e.*, count(*) AS shared FROM cluster_keys k JOIN events e ON e.id = k.id
         WHERE k.kind = 'event' AND k.key IN (${marks}) ${window}
         GROUP BY e.id ORDER BY shared DESC, e.rowid DESC LIMIT ?`,
      )
      .all(...params) as ClusterRow[];
    return rows.map((r) => toRecord(r, r.story_id ?? null));
  }

  storyCandidates(keys: string[], limit: number): ClusterRecord[] {
    if (keys.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT s.*, count(*) AS shared FROM cluster_keys k JOIN stories s ON s.id = k.id
         WHERE k.kind = 'story' AND k.key IN (${keys.map(() => '?').join(',')})
         GROUP BY s.id ORDER BY shared DESC, s.rowid DESC LIMIT ?`,
      )
      .all(...keys, limit) as ClusterRow[];
    return rows.map((r) => toRecord(r, null));
  }

  getEvent(id: string): ClusterRecord | null {
    const r = this.db.prepare('SELECT * FROM events WHERE id = ?').get(this.resolve('event', id)) as ClusterRow | undefined;
    return r ? toRecord(r, r.story_id ?? null) : null;
  }

  getStory(id: string): ClusterRecord | null {
    const r = this.db.prepare('SELECT * FROM stories WHERE id = ?').get(this.resolve('story', id)) as ClusterRow | undefined;
    return r ? toRecord(r, null) : null;
  }

  saveEvent(record: ClusterRecord, keys: string[]): void {
    this.db
      .prepare(
        `INSERT INTO events (id, story_id, first_date, last_date, size, title, profile) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET story_id = excluded.story_id, first_date = excluded.first_date, last_date = excluded.last_date,
           size = excluded.size, title = excluded.title, profile = excluded.profile`,
      )
      .run(record.id, record.parentId ?? '', record.firstDate, record.lastDate, record.size, record.title, JSON.stringify(record.profile));
    this.replaceKeys('event', record.id, keys);
  }

  saveStory(record: ClusterRecord, keys: string[]): void {
    const seq = nextCounter(this.db, 'story-activity');
    this.db
      .prepare(
        `INSERT INTO stories (id, first_date, last_date, size, title, profile, updated_seq) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET first_date = excluded.first_date, last_date = excluded.last_date, size = excluded.size,
           title = excluded.title, profile = excluded.profile, updated_seq = excluded.updated_seq`,
      )
      .run(record.id, record.firstDate, record.lastDate, record.size, record.title, JSON.stringify(record.profile), seq);
    this.replaceKeys('story', record.id, keys);
  }

  recordAlias(kind: 'event' | 'story', fromId: string, intoId: string): void {
    this.db.prepare('INSERT OR REPLACE INTO cluster_aliases (kind, from_id, into_id) VALUES (?, ?, ?)').run(kind, fromId, intoId);
    const table = kind === 'event' ? 'events' : 'stories';
    this.db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(fromId);
    this.db.prepare('DELETE FROM cluster_keys WHERE kind = ? AND id = ?').run(kind, fromId);
    const column = kind === 'event' ? 'event_id' : 'story_id';
    this.db.prepare(`UPDATE assignments SET ${column} = ? WHERE ${column} = ?`).run(intoId, fromId);
    if (kind === 'story') this.db.prepare('UPDATE events SET story_id = ? WHERE story_id = ?').run(intoId, fromId);
  }

  newId(kind: 'event' | 'story'): string {
    return `${kind === 'event' ? 'ev' : 'st'}${nextCounter(this.db, kind)}`;
  }

  /** Follows merge aliases to the surviving ID. */
  resolve(kind: 'event' | 'story', id: string): string {
    const q = this.db.prepare('SELECT into_id FROM cluster_aliases WHERE kind = ? AND from_id = ?').pluck();
    let cur = id;
    for (let i = 0; i < 20; i++) {
      const next = q.get(kind, cur) as string | undefined;
      if (!next) break;
      cur = next;
    }
    return cur;
  }

  private replaceKeys(kind: string, id: string, keys: string[]): void {
    this.db.prepare('DELETE FROM cluster_keys WHERE kind = ? AND id = ?').run(kind, id);
    const add = this.db.prepare('INSERT OR IGNORE INTO cluster_keys (kind, key, id) VALUES (?, ?, ?)');
    for (const k of keys) add.run(kind, k, id);
  }
}

function toRecord(r: ClusterRow, parentId: string | null): ClusterRecord {
  return { id: r.id, parentId, firstDate: r.first_date, lastDate: r.last_date, size: r.size, title: r.title, profile: JSON.parse(r.profile) };
}

function shiftDays(day: string, days: number): string {
  const d = new Date(`${day.slice(0, 10).padEnd(10, '-01').replace(/-$/, '')}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return day;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
