import { prepared, type DB } from './db.js';

/** Increments and returns a named counter (IDs, document counts); runs inside the caller's transaction. */
export function nextCounter(db: DB, name: string, by = 1): number {
  return prepared(db, 'INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = value + excluded.value RETURNING value')
    .pluck()
    .get(name, by) as number;
}

export function readCounter(db: DB, name: string): number {
  return (prepared(db, 'SELECT value FROM counters WHERE name = ?').pluck().get(name) as number | undefined) ?? 0;
}
