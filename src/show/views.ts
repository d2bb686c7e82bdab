/** The JSON shapes of Chronik's machine output (`--json`, the HTTP API); see spec/cli.md. */
import type { EntityType, Precision, QuoteForm, Reason, Timex } from '../types.js';

export interface DateView {
  value: string;
  precision: Precision;
  /** Present and true when the date was inferred from the text rather than given. */
  estimated?: boolean;
}

export interface ArticleRef {
  id: string;
  title: string;
  date: DateView | null;
  lang?: string;
  source?: string | null;
}

export interface EntityView {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  mentions: number;
  place?: unknown;
}

export interface MentionView {
  text: string;
  type: EntityType;
  start: number;
  end: number;
  entity: string | null;
}

/** A time expression is shown as the analysis found it. */
export type TimexView = Timex;

export interface QuoteView {
  text: string;
  speaker: string | null;
  speakerEntity: string | null;
  start: number;
  end: number;
  article: string;
  form: QuoteForm;
  cue: string | null;
}

export interface WhyView extends Reason {
  article: string;
  level: 'event' | 'story';
}

/** What an event adds to its story's earlier events. */
export interface WhatsNewView {
  actors: string[];
  places: string[];
  quotes: { speaker: string | null; text: string }[];
  figures: string[];
}

export interface EventView {
  id: string;
  story: string;
  date: DateView | null;
  title: string;
  summary: string;
  articles: ArticleRef[];
  entities: string[];
  quotes: QuoteView[];
  whatsNew: WhatsNewView;
  why: WhyView[];
}

export interface StorySummary {
  id: string;
  title: string;
  articles: number;
  events: number;
  first: DateView | null;
  last: DateView | null;
  entities: string[];
}

export interface StoryView {
  id: string;
  title: string;
  first: DateView | null;
  last: DateView | null;
  events: EventView[];
  entities: EntityView[];
  undated: ArticleRef[];
}

export interface ArticleView {
  id: string;
  title: string;
  lang: string;
  date: (DateView & { source: string; confidence: number }) | null;
  text: string;
  input: string;
  url: string | null;
  source: string | null;
  credits: string[];
  entities: MentionView[];
  timexes: TimexView[];
  quotes: QuoteView[];
  event: string | null;
  story: string | null;
  why: WhyView[];
}

export interface SearchHit {
  id: string;
  title: string;
  date: DateView | null;
  lang: string;
  score: number;
  snippet: string;
}

export interface EntityDetail extends EntityView {
  data: Record<string, unknown>;
  timeline: { date: string; mentions: number }[];
  stories: { id: string; title: string; articles: number }[];
  cooccurring: { id: string; name: string; type: EntityType; articles: number }[];
  quotes: QuoteView[];
}

export interface IngestResult {
  ingested: number;
  duplicates: number;
  failed: { input: string; error: string }[];
  articles: { id: string; input: string; lang: string; date: DateView | null; event?: string; story?: string }[];
}

/** `chronik why A B`: how two articles relate. */
export interface PairView {
  a: ArticleRef & { event: string | null; story: string | null };
  b: ArticleRef & { event: string | null; story: string | null };
  sameEvent: boolean;
  sameStory: boolean;
  reason: Reason;
}
