/** An in-memory EntityDirectory, for tests and eval commands. */
import { ENTITY_KEY_READ, ENTITY_KEY_REFRESH, type CanonicalEntity, type EntityDirectory } from './directory.js';

export class MemoryEntityDirectory implements EntityDirectory {
  private readonly entities = new Map<string, CanonicalEntity>();
  /** key → entity id → the save count when the key was last marked recent (as in SQLite). */
  private readonly keys = new Map<string, Map<string, number>>();
  private saves = 0;
  private next = 1;

  findByKeys(keys: string[]): CanonicalEntity[] {
    const ids = new Set<string>();
    for (const k of keys) for (const id of recent(this.keys.get(k))) ids.add(id);
    return [...ids].map((id) => this.entities.get(id)!).filter(Boolean).map(clone);
  }

  save(entity: CanonicalEntity, keys: string[]): void {
    const now = ++this.saves;
    this.entities.set(entity.id, clone(entity));
    for (const k of keys) {
      const ids = this.keys.get(k) ?? this.keys.set(k, new Map()).get(k)!;
      const seq = ids.get(entity.id);
      if (seq === undefined || seq < now - ENTITY_KEY_REFRESH) ids.set(entity.id, now);
    }
  }

  newId(): string {
    return `e${this.next++}`;
  }

  /** Every canonical entity, in id order. */
  all(): CanonicalEntity[] {
    return [...this.entities.values()].map(clone);
  }

  get(id: string): CanonicalEntity | undefined {
    const e = this.entities.get(id);
    return e ? clone(e) : undefined;
  }
}

/** A key's entity ids, at most `ENTITY_KEY_READ` of them: the most recently marked, ties by id from the end (SQLite's index order). */
function recent(ids: Map<string, number> | undefined): Iterable<string> {
  if (!ids) return [];
  if (ids.size <= ENTITY_KEY_READ) return ids.keys();
  return [...ids]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0))
    .slice(0, ENTITY_KEY_READ)
    .map(([id]) => id);
}

function clone(e: CanonicalEntity): CanonicalEntity {
  return { ...e, aliases: [...e.aliases], data: structuredClone(e.data) };
}
