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
 * How many entities one lookup key yields at most: those saved most recently under it. A
 * surname key (`s:muller`) gathers every person of that surname a store has ever seen; reading
 * only the recent ones keeps linking as fast in a store of a million articles as in a small one.
 * Persons out of the news for long are still found through their full names.
 */
export const ENTITY_KEY_READ = 100;
/**
 * An entity's keys are marked as recent when it is saved, but rewritten only once their mark
 * lags by this many saves (about a few dozen articles), so linking does not rewrite every key of
 * every entity it touches.
 */
export const ENTITY_KEY_REFRESH = 1000;

/**
 * Where canonical entities live. The SQLite store implements it for real runs;
 * MemoryEntityDirectory serves tests and eval commands.
 */
export interface EntityDirectory {
  /**
   * Canonical entities registered under any of these lookup keys: of each key its
   * `ENTITY_KEY_READ` most recently saved entities at most.
   */
  findByKeys(keys: string[]): CanonicalEntity[];
  /** Inserts or replaces the entity, adds `keys` to its lookup keys and marks them as recently saved. */
  save(entity: CanonicalEntity, keys: string[]): void;
  newId(): string;
}
