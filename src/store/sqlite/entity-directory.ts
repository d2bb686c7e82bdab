import type { CanonicalEntity, EntityDirectory } from '../../extract/entities/directory.js';
import type { EntityType } from '../../types.js';
import { prepared, type DB } from './db.js';
import { nextCounter } from './counters.js';

interface EntityRow { id: string; name: string; type: string; aliases: string; mentions: number; data: string }

/** Canonical entities in SQLite, looked up through entity_keys. */
export class SqliteEntityDirectory implements EntityDirectory {
  constructor(private readonly db: DB) {}

  findByKeys(keys: string[]): CanonicalEntity[] {
    if (keys.length === 0) return [];
    const rows = prepared(this.db, `SELECT DISTINCT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key IN (${keys.map(() => '?').join(',')})`)
      .all(...keys) as EntityRow[];
    return rows.map(toEntity);
  }

  save(entity: CanonicalEntity, keys: string[]): void {
    prepared(this.db, 
        `INSERT INTO entities (id, name, type, aliases, mentions, data) VALUES (@id, @name, @type, @aliases, @mentions, @data)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, type = excluded.type, aliases = excluded.aliases,
           mentions = excluded.mentions, data = excluded.data`,
      )
      .run({ ...entity, aliases: JSON.stringify(entity.aliases), data: JSON.stringify(entity.data) });
    const add = prepared(this.db, 'INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)');
    for (const k of keys) add.run(k, entity.id);
  }

  newId(): string {
    return `en${nextCounter(this.db, 'entity')}`;
  }
}

export function toEntity(r: EntityRow): CanonicalEntity {
  return { id: r.id, name: r.name, type: r.type as EntityType, aliases: JSON.parse(r.aliases), mentions: r.mentions, data: JSON.parse(r.data) };
}
