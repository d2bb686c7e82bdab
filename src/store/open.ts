import { resolve } from 'node:path';
import type { Store } from './store.js';
import { SqliteStore } from './sqlite/store.js';

/** The database named by --db, else CHRONIK_DB, else ./chronik.db. */
export function databaseLocation(option?: string): string {
  return option ?? process.env.CHRONIK_DB ?? resolve('chronik.db');
}

/** Opens the store for a location: a file path (SQLite) or a postgres:// URL. */
export function openStore(location: string): Store {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error('PostgreSQL mode is not available in this version of Chronik; use a SQLite file path');
  }
  return new SqliteStore(location);
}
