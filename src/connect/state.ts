/**
 * What the connect stage needs from storage. The SQLite store implements it for real runs
 * (src/store/connect-state.ts); MemoryConnectState (src/connect/memory-state.ts) serves the
 * eval commands and tests. Profiles are opaque JSON owned by the connect stage.
 */
export interface ClusterRecord {
  id: string;
  /** For events: the story they belong to. For stories: null. */
  parentId: string | null;
  /** Earliest and latest day (`YYYY-MM-DD`) of its dated articles; null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
  /** Number of articles. */
  size: number;
  title: string;
  /** The connect stage's own data (centroids, entity counts, …), stored as JSON. */
  profile: unknown;
}

/**
 * How many of a key's most recently updated clusters a candidate lookup reads. A key that
 * thousands of clusters share over the years (a head of government, a country) then costs the
 * same to look up in a store of a million articles as in one of a thousand; the clusters an
 * article can join are the recent ones, and older ones are still found through rarer keys.
 */
export const POSTINGS_READ = 300;

export interface ConnectState {
  /** Number of documents seen, and how many of them contained each term (for IDF). */
  documentCount(): number;
  documentFrequencies(terms: string[]): Map<string, number>;
  addDocument(terms: string[]): void;

  /**
   * Events sharing at least one of `keys` (index keys: terms, entity ids), most shared keys
   * first, whose date range lies within `windowDays` of `date` (all when date is null). Each
   * key contributes its `POSTINGS_READ` most recently updated events at most.
   */
  eventCandidates(keys: string[], date: string | null, windowDays: number, limit: number): ClusterRecord[];
  /** Stories sharing at least one of `keys`, most shared keys first (at most `POSTINGS_READ` per key, the most recently updated). */
  storyCandidates(keys: string[], limit: number): ClusterRecord[];

  getEvent(id: string): ClusterRecord | null;
  getStory(id: string): ClusterRecord | null;
  /** Inserts or replaces; `keys` replace the record's index keys. */
  saveEvent(record: ClusterRecord, keys: string[]): void;
  saveStory(record: ClusterRecord, keys: string[]): void;
  /**
   * Records that `fromId` was merged into `intoId` (IDs stay resolvable) and drops `fromId`'s
   * record; a merged story's events all move to `intoId`.
   */
  recordAlias(kind: 'event' | 'story', fromId: string, intoId: string): void;
  /** A new, never-used ID (`e…` for events, `s…` for stories). */
  newId(kind: 'event' | 'story'): string;
}
