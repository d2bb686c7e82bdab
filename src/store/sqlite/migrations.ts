/**
 * Versioned schema. Each migration runs once, in order, inside a transaction; the applied
 * versions are recorded in schema_migrations. Never edit a released migration: add a new one.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'articles, analysis, entities, events, stories, search',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        input TEXT NOT NULL,
        url TEXT,
        source TEXT,
        title TEXT,
        text TEXT NOT NULL,
        lang TEXT NOT NULL,
        date_value TEXT,
        date_precision TEXT,
        date_source TEXT,
        date_estimated INTEGER NOT NULL DEFAULT 0,
        date_confidence REAL,
        event_date_value TEXT,
        event_date_precision TEXT,
        credits TEXT NOT NULL DEFAULT '[]',
        sentences TEXT NOT NULL DEFAULT '[]',
        entities TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_date ON articles(date_value);
      CREATE INDEX articles_lang ON articles(lang);

      CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL DEFAULT 0,
        data TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX entities_type ON entities(type, mentions);
      CREATE TABLE entity_keys (
        key TEXT NOT NULL,
        entity_id TEXT NOT NULL REFERENCES entities(id),
        PRIMARY KEY (key, entity_id)
      ) WITHOUT ROWID;

      CREATE TABLE mentions (
        article_id TEXT NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        local_key TEXT NOT NULL,
        entity_id TEXT REFERENCES entities(id)
      );
      CREATE INDEX mentions_article ON mentions(article_id);
      CREATE INDEX mentions_entity ON mentions(entity_id);

      CREATE TABLE timexes (
        article_id TEXT NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        mod TEXT
      );
      CREATE INDEX timexes_article ON timexes(article_id);

      CREATE TABLE quotes (
        article_id TEXT NOT NULL REFERENCES articles(id),
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        form TEXT NOT NULL,
        speaker TEXT,
        speaker_key TEXT,
        speaker_entity TEXT REFERENCES entities(id),
        cue TEXT
      );
      CREATE INDEX quotes_article ON quotes(article_id);
      CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity);

      CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        first_date TEXT,
        last_date TEXT,
        size INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        profile TEXT NOT NULL DEFAULT '{}',
        updated_seq INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE events (
        id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL,
        first_date TEXT,
        last_date TEXT,
        size INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL DEFAULT '',
        profile TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX events_story ON events(story_id);
      CREATE INDEX events_dates ON events(last_date, first_date);
      -- candidate index for online clustering: terms and entity ids → events/stories
      CREATE TABLE cluster_keys (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        id TEXT NOT NULL,
        PRIMARY KEY (kind, key, id)
      ) WITHOUT ROWID;
      CREATE INDEX cluster_keys_id ON cluster_keys(kind, id);
      CREATE TABLE cluster_aliases (
        kind TEXT NOT NULL,
        from_id TEXT NOT NULL,
        into_id TEXT NOT NULL,
        PRIMARY KEY (kind, from_id)
      ) WITHOUT ROWID;
      CREATE TABLE assignments (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        event_id TEXT NOT NULL,
        story_id TEXT NOT NULL,
        event_reason TEXT NOT NULL,
        story_reason TEXT NOT NULL
      );
      CREATE INDEX assignments_event ON assignments(event_id);
      CREATE INDEX assignments_story ON assignments(story_id);

      CREATE TABLE doc_freq (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID;

      -- full-text search: raw title/text for display, stems (Snowball, umlauts folded) for matching
      CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, stems, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    version: 2,
    name: 'recency of cluster index keys',
    // A candidate lookup reads only the most recently updated clusters of each key (seq: the
    // document count when the cluster's keys were last refreshed), so its cost does not grow
    // with the store. Keys stored before this version count as oldest until their cluster is
    // next updated.
    sql: `
      ALTER TABLE cluster_keys ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX cluster_keys_recent ON cluster_keys(kind, key, seq);
    `,
  },
  {
    version: 3,
    name: 'recency of entity lookup keys',
    // Linking reads only the most recently saved entities of each lookup key (seq: the count of
    // entity saves when the key was last marked), so a surname shared by ever more persons does
    // not make linking slower. Keys stored before this version count as oldest until their
    // entity is next saved.
    sql: `
      ALTER TABLE entity_keys ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX entity_keys_recent ON entity_keys(key, seq);
    `,
  },
];
