import type { Assignment, Doc, EntityType } from '../types.js';
import type { ArticleView, EntityDetail, EntityView, EventView, PairView, QuoteView, SearchHit, StorySummary, StoryView } from '../show/views.js';

export interface SearchFilters {
  entity?: string;
  from?: string;
  to?: string;
  lang?: string;
  /** Only articles of this story. */
  story?: string;
  limit?: number;
}

/** How the articles matching a search spread over languages, months, stories and entities. */
export interface SearchFacets {
  /** Matching articles counted (at most the scan limit; `capped` when there were more). */
  total: number;
  capped: boolean;
  lang: { value: string; count: number }[];
  /** `YYYY-MM` of the article's date (or the date its text gives), in order; articles dated only by year are in neither this nor `undated`. */
  month: { value: string; count: number }[];
  undated: number;
  stories: { id: string; title: string; count: number }[];
  entities: { id: string; name: string; type: EntityType; count: number }[];
}

export interface StoredArticle {
  id: string;
  assignment: Assignment;
}

/**
 * Everything the CLI and the HTTP API need from storage. SQLite (src/store/sqlite) is the
 * default; the methods are async so that a server database can implement the same interface.
 */
export interface Store {
  /** The id of the stored article with this content hash, if any (exact duplicates). */
  findByContent(contentHash: string): Promise<string | null>;
  /** Whether an article id is in use. */
  hasArticle(id: string): Promise<boolean>;
  /**
   * Stores an analysed article with its entity links and its event/story assignment,
   * in one transaction: all of it or nothing.
   */
  addDoc(doc: Doc): Promise<StoredArticle>;
  /**
   * Runs `work` (a series of `addDoc` calls) so that its articles are committed together: one
   * commit for many articles instead of one each. Each `addDoc` inside stays all-or-nothing
   * (a failed article is undone alone); a crash before the commit loses the group, which a
   * re-run then stores again, never a part of an article.
   */
  group<T>(work: () => Promise<T>): Promise<T>;

  listStories(limit?: number): Promise<StorySummary[]>;
  getStory(id: string): Promise<StoryView | null>;
  getEvent(id: string): Promise<EventView | null>;
  getArticle(id: string): Promise<ArticleView | null>;
  loadDoc(id: string): Promise<Doc | null>;
  search(query: string, filters?: SearchFilters): Promise<SearchHit[]>;
  /** Counts of the matches by language, month, story and entity, for drilling down. */
  searchFacets(query: string, filters?: SearchFilters): Promise<SearchFacets>;
  listEntities(options?: { type?: string; limit?: number }): Promise<EntityView[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  findEntities(name: string): Promise<EntityView[]>;
  listQuotes(options?: { speaker?: string; limit?: number }): Promise<QuoteView[]>;
  why(a: string, b: string): Promise<PairView | null>;
  stats(): Promise<{ articles: number; events: number; stories: number; entities: number; schema: number }>;
  close(): Promise<void>;
}
