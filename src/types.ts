/**
 * The typed data that flows through Chronik's pipeline:
 *
 *   RawArticle --ingest--> Article --text--> Doc (sentences, tokens)
 *     --extract--> Doc (mentions, entities, timexes, quotes)
 *     --connect--> Assignment (event, story, why) --store--> SQLite
 *
 * Every stage reads and writes only these shapes, so a stage can be replaced
 * without touching the others.
 */

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type Precision = 'day' | 'month' | 'year';

/** A calendar date with an explicit precision: `2017-11-11` (day), `2017-11` (month), `2017` (year). */
export interface PartialDate {
  value: string;
  precision: Precision;
}

/** Where an article's publication date came from. `estimated` dates were inferred from the text. */
export interface ArticleDate extends PartialDate {
  source: 'metadata' | 'header' | 'dateline' | 'text' | 'override';
  estimated: boolean;
  /** 0..1; 1 for metadata and headers. */
  confidence: number;
}

/** What a reader produces: one article as found in the input, before cleaning. */
export interface RawArticle {
  /** The input it came from: a path, `path:line` for JSONL, or `-:line` for stdin. */
  input: string;
  id?: string;
  url?: string;
  title?: string;
  text: string;
  /** Date as given in metadata or a header line (ISO-like string). */
  date?: string;
  /** Where the date string came from. */
  dateSource?: 'metadata' | 'header' | 'override';
  lang?: string;
  source?: string;
}

/** A cleaned article, ready for analysis. */
export interface Article {
  id: string;
  input: string;
  url: string | null;
  source: string | null;
  title: string | null;
  /** The cleaned body; all character offsets in the analysis point into this string. */
  text: string;
  /** ISO 639-1 code (`de`, `en`, …) or `und` when unknown. */
  lang: string;
  date: ArticleDate | null;
  /** Photo credits and captions removed from the body, kept as metadata. */
  credits: string[];
  /** SHA-256 of the normalised title and body: exact duplicates share it. */
  contentHash: string;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** A named-entity mention; `entity` is the key of its article-level entity. */
export interface Mention {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  entity: string;
}

/**
 * One entity within an article: its mentions merged (`Wladimir Putin` … `Putin`).
 * `key` is a normalised name that the store maps to a canonical entity across articles.
 */
export interface ArticleEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
}

/** A temporal expression normalised to a TIMEX3 value. */
export interface Timex {
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  start: number;
  end: number;
  mod?: string;
}

export type QuoteForm = 'direct' | 'indirect' | 'reported';

export interface Quote {
  text: string;
  start: number;
  end: number;
  form: QuoteForm;
  /** The speaker as named in the text (`Merkel`, `ein Sprecher`), or null when unknown. */
  speaker: string | null;
  /** Key of the article entity the speaker resolves to, when it is a named entity. */
  speakerKey: string | null;
  /** The reporting verb or phrase (`sagte`, `teilte … mit`, `said`). */
  cue: string | null;
}

/** An article with its analysis: what flows from the extract stage to connect and store. */
export interface Doc {
  article: Article;
  sentences: Sentence[];
  mentions: Mention[];
  entities: ArticleEntity[];
  timexes: Timex[];
  quotes: Quote[];
  /** When the reported happening took place, from the text (may differ from the publication date). */
  eventDate: PartialDate | null;
}

/** One stage of analysis: reads and adds to a Doc. */
export interface Component {
  name: string;
  apply(doc: Doc): void;
}

/** Why an article joined an event (or an event a story). Stored with every assignment. */
export interface Reason {
  /** `new` when nothing scored above the threshold. */
  decision: 'joined' | 'new' | 'duplicate';
  score: number;
  threshold: number;
  /** The candidate compared against (event or story id), if any. */
  target: string | null;
  sharedEntities: string[];
  sharedTerms: string[];
  /** Days between the article and the target; null when either is undated. */
  gapDays: number | null;
  note?: string;
}

export interface Assignment {
  eventId: string;
  storyId: string;
  eventReason: Reason;
  storyReason: Reason;
}
