import { ENTITY_KEY_READ, ENTITY_KEY_REFRESH, type CanonicalEntity, type EntityDirectory } from '../../extract/entities/directory.js';
import type { EntityType } from '../../types.js';
import { prepared, type DB } from './db.js';
import { nextCounter } from './counters.js';

interface EntityRow { id: string; name: string; type: string; aliases: string; mentions: number; data: string }

/** Canonical entities in SQLite, looked up through entity_keys. */
export class SqliteEntityDirectory implements EntityDirectory {
  constructor(private readonly db: DB) {}

  findByKeys(keys: string[]): CanonicalEntity[] {
    const unique = [...new Set(keys)];
    if (unique.length === 0) return [];
    // each key through the recency index, its most recently saved entities only
    const perKey = unique.map(() => `SELECT entity_id FROM (SELECT entity_id FROM entity_keys WHERE key = ? ORDER BY seq DESC, entity_id DESC LIMIT ${ENTITY_KEY_READ})`);
    const rows = prepared(this.db, `SELECT e.* FROM entities e WHERE e.id IN (${perKey.join(' UNION ALL ')})`).all(...unique) as EntityRow[];
    return rows.map(toEntity);
  }

  save(entity: CanonicalEntity, keys: string[]): void {
    prepared(this.db, 
        `INSERT INTO entities (id, name, type, aliases, mentions, data) VALUES (@id, @name, @type, @aliases, @mentions, @data)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
           mentions = excluded.mentions, data = excluded.data`,
      )
      .run({ ...entity, aliases: JSON.stringify(entity.aliases), data: JSON.stringify(entity.data) });
    const now = nextCounter(this.db, 'entity-saves');
    // a key already marked recently keeps its mark: only lagging marks are rewritten
    const add = prepared(this.db, 
      `INSERT INTO entity_keys (key, entity_id, seq) VALUES (?, ?, ?)
       ON CONFLICT(key, entity_id) DO UPDATE SET seq = excluded.seq WHERE seq < excluded.seq - ${ENTITY_KEY_REFRESH}`,
    );
    for (const k of keys) add.run(k, entity.id, now);
  }

  newId(): string {
    return `en${nextCounter(this.db, 'entity')}`;
  }
}

export function toEntity(r: EntityRow): CanonicalEntity {
  return { id: r.id, name: r.name, type: r.type as EntityType, aliases: JSON.parse(r.aliases), mentions: r.mentions, data: JSON.parse(r.data) };
}
