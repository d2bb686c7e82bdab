/** An in-memory EntityDirectory, for tests and eval commands. */
import type { CanonicalEntity, EntityDirectory } from './directory.js';

export class MemoryEntityDirectory implements EntityDirectory {
  private readonly entities = new Map<string, CanonicalEntity>();
  private readonly keys = new Map<string, Set<string>>();
  private next = 1;

  findByKeys(keys: string[]): CanonicalEntity[] {
    const ids = new Set<string>();
    for (const k of keys) for (const id of this.keys.get(k) ?? []) ids.add(id);
    return [...ids].map((id) => this.entities.get(id)!).filter(Boolean).map(clone);
  }

  save(entity: CanonicalEntity, keys: string[]): void {
    this.entities.set(entity.id, clone(entity));
    for (const k of keys) (this.keys.get(k) ?? this.keys.set(k, new Set()).get(k)!).add(entity.id);
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

function clone(e: CanonicalEntity): CanonicalEntity {
  return { ...e, aliases: [...e.aliases], data: structuredClone(e.data) };
}
