import type { EntityType } from '../../types.js';

/** An entity across all articles: the result of linking article entities together. */
export interface CanonicalEntity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  /** Linker-owned data (context words, coordinates, …), stored as JSON. */
  data: Record<string, unknown>;
}

/**
 * Where canonical entities live. The SQLite store implements it for real runs;
 * MemoryEntityDirectory serves tests and eval commands.
 */
export interface EntityDirectory {
  /** Canonical entities registered under any of these lookup keys. */
  findByKeys(keys: string[]): CanonicalEntity[];
  /** Inserts or replaces the entity and adds `keys` to its lookup keys. */
  save(entity: CanonicalEntity, keys: string[]): void;
  newId(): string;
}
