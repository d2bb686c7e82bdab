import { POSTINGS_READ, type ClusterRecord, type ConnectState } from './state.js';
import { gapToRange, dayNumber } from './dates.js';

/** An inverted index from keys to cluster ids, newest last, read from the end. */
class KeyIndex {
  private postings = new Map<string, string[]>();
  private keysOf = new Map<string, Set<string>>();

  set(id: string, keys: string[]): void {
    const next = new Set(keys);
    this.keysOf.set(id, next);
    // re-adding moves an updated cluster to the recent end; stale entries are skipped on read
    for (const k of next) {
      let list = this.postings.get(k);
      if (!list) this.postings.set(k, (list = []));
      if (list[list.length - 1] !== id) list.push(id);
      if (list.length > 4 * POSTINGS_READ) this.compact(k, list);
    }
  }

  delete(id: string): void {
    this.keysOf.delete(id);
  }

  /** Cluster ids sharing keys with the query, with the number of keys shared. */
  lookup(keys: string[]): Map<string, number> {
    const shared = new Map<string, number>();
    for (const k of new Set(keys)) {
      const list = this.postings.get(k);
      if (!list) continue;
      const seen = new Set<string>();
      for (let i = list.length - 1, read = 0; i >= 0 && read < POSTINGS_READ; i--) {
        const id = list[i]!;
        if (seen.has(id)) continue;
        seen.add(id);
        read++;
        if (!this.keysOf.get(id)?.has(k)) continue;
        shared.set(id, (shared.get(id) ?? 0) + 1);
      }
    }
    return shared;
  }

  private compact(key: string, list: string[]): void {
    const seen = new Set<string>();
    const kept: string[] = [];
    for (let i = list.length - 1; i >= 0; i--) {
      const id = list[i]!;
      if (seen.has(id) || !this.keysOf.get(id)?.has(key)) continue;
      seen.add(id);
      kept.push(id);
    }
    this.postings.set(key, kept.reverse());
  }
}

/** ConnectState held in memory: for evaluations and tests (the SQLite store is the real one). */
export class MemoryConnectState implements ConnectState {
  private docs = 0;
  private df = new Map<string, number>();
  readonly events = new Map<string, ClusterRecord>();
  readonly stories = new Map<string, ClusterRecord>();
  readonly aliases = new Map<string, string>();
  private eventIndex = new KeyIndex();
  private storyIndex = new KeyIndex();
  private counters = { event: 0, story: 0 };

  documentCount(): number {
    return this.docs;
  }

  documentFrequencies(terms: string[]): Map<string, number> {
    const out = new Map<string, number>();
    for (const t of terms) {
      const n = this.df.get(t);
      if (n) out.set(t, n);
    }
    return out;
  }

  addDocument(terms: string[]): void {
    this.docs++;
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  eventCandidates(keys: string[], date: string | null, windowDays: number, limit: number): ClusterRecord[] {
    const day = dayNumber(date);
    return this.rank(this.eventIndex.lookup(keys), this.events, limit, (r) => {
      const gap = gapToRange(day, r.firstDate, r.lastDate);
      return gap === null || gap <= windowDays;
    });
  }

  storyCandidates(keys: string[], limit: number): ClusterRecord[] {
    return this.rank(this.storyIndex.lookup(keys), this.stories, limit, () => true);
  }

  private rank(
    shared: Map<string, number>,
    records: Map<string, ClusterRecord>,
    limit: number,
    keep: (r: ClusterRecord) => boolean,
  ): ClusterRecord[] {
    const out: [ClusterRecord, number][] = [];
    for (const [id, n] of shared) {
      const r = records.get(id);
      if (r && keep(r)) out.push([r, n]);
    }
    out.sort((a, b) => b[1] - a[1]);
    return out.slice(0, limit).map(([r]) => r);
  }

  getEvent(id: string): ClusterRecord | null {
    return this.events.get(this.resolve(id)) ?? null;
  }

  getStory(id: string): ClusterRecord | null {
    return this.stories.get(this.resolve(id)) ?? null;
  }

  saveEvent(record: ClusterRecord, keys: string[]): void {
    this.events.set(record.id, record);
    this.eventIndex.set(record.id, keys);
  }

  saveStory(record: ClusterRecord, keys: string[]): void {
    this.stories.set(record.id, record);
    this.storyIndex.set(record.id, keys);
  }

  recordAlias(kind: 'event' | 'story', fromId: string, intoId: string): void {
    this.aliases.set(fromId, intoId);
    if (kind === 'event') {
      this.events.delete(fromId);
      this.eventIndex.delete(fromId);
    } else {
      this.stories.delete(fromId);
      this.storyIndex.delete(fromId);
      for (const e of this.events.values()) if (e.parentId === fromId) e.parentId = intoId;
    }
  }

  /** Follows aliases to the id a merged cluster lives on. */
  resolve(id: string): string {
    let cur = id;
    for (let i = 0; i < 100 && this.aliases.has(cur); i++) cur = this.aliases.get(cur)!;
    return cur;
  }

  newId(kind: 'event' | 'story'): string {
    this.counters[kind]++;
    return (kind === 'event' ? 'e' : 's') + this.counters[kind];
  }
}
