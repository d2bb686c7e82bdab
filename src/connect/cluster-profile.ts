import type { EntityType } from '../types.js';
import type { ArticleFeatures } from './profile.js';
import { VIEWS, type View, type Weighted } from './weigh.js';
import { addInto, topK, type Vec } from './vector.js';

/** A recent member, kept for near-duplicate checks. */
export interface Member {
  id: string;
  sig: number[];
}

/**
 * The JSON profile connect keeps for an event or a story: per view the sum of its members'
 * unit TF-IDF vectors (truncated to the heaviest keys, so profiles stay small however large
 * the cluster grows), readable names for those keys, languages, and recent members.
 */
export interface ClusterProfile {
  v: 1;
  n: number;
  /** Distinct sources: articles that were not near-duplicates of one already in the cluster. */
  sources: number;
  langs: Record<string, number>;
  views: Record<View, Vec>;
  names: Record<string, string>;
  entityTypes: Record<string, EntityType>;
  members: Member[];
  /** For stories: their most recent events (`MAX_STORY_EVENTS` at most), oldest first. */
  events?: string[];
}

const LIMITS: Record<View, number> = {
  title: 40, titleX: 40, body: 200, cross: 200, caps: 60, entities: 60, core: 12, PER: 30, LOC: 30, ORG: 30, numbers: 40, years: 12,
};
const MAX_MEMBERS = 12;
/**
 * Events a story's profile lists: the recent ones the second passes compare (sibling and far
 * events, eight each). A story followed for years keeps a profile of the same size; all its
 * events remain in the store, which moves them when stories merge.
 */
export const MAX_STORY_EVENTS = 32;

export function emptyProfile(): ClusterProfile {
  const views = {} as Record<View, Vec>;
  for (const v of VIEWS) views[v] = {};
  return { v: 1, n: 0, sources: 0, langs: {}, views, names: {}, entityTypes: {}, members: [] };
}

/** Reads a stored profile, tolerating anything malformed (an empty profile then). */
export function readProfile(raw: unknown): ClusterProfile {
  const p = (typeof raw === 'string' ? safeParse(raw) : raw) as Partial<ClusterProfile> | null;
  const out = emptyProfile();
  if (!p || typeof p !== 'object' || p.v !== 1) return out;
  return { ...out, ...p, views: { ...out.views, ...(p.views ?? {}) } };
}

function safeParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}

/** Adds an article (or, with `scale`, another cluster's weight) into a profile. */
export function addArticle(p: ClusterProfile, f: ArticleFeatures, w: Weighted, duplicate: boolean): void {
  p.n += 1;
  if (!duplicate) p.sources += 1;
  p.langs[f.lang] = (p.langs[f.lang] ?? 0) + 1;
  for (const v of VIEWS) p.views[v] = topK(sum(p.views[v], w[v]), LIMITS[v]);
  Object.assign(p.entityTypes, f.entityTypes);
  for (const k in f.names) if (!(k in p.names)) p.names[k] = f.names[k]!;
  p.members.push({ id: f.id, sig: f.signature });
  if (p.members.length > MAX_MEMBERS) p.members.splice(0, p.members.length - MAX_MEMBERS);
  prune(p);
}

/** Folds profile `b` into `a` (merging two clusters). */
export function addProfile(a: ClusterProfile, b: ClusterProfile): void {
  a.n += b.n;
  a.sources += b.sources;
  for (const l in b.langs) a.langs[l] = (a.langs[l] ?? 0) + b.langs[l]!;
  for (const v of VIEWS) a.views[v] = topK(sum(a.views[v], b.views[v]), LIMITS[v]);
  Object.assign(a.entityTypes, b.entityTypes);
  for (const k in b.names) if (!(k in a.names)) a.names[k] = b.names[k]!;
  a.members = [...a.members, ...b.members].slice(-MAX_MEMBERS);
  if (b.events) a.events = [...(a.events ?? []), ...b.events].slice(-MAX_STORY_EVENTS);
  prune(a);
}

/** Lists a new event in its story's profile, forgetting the oldest beyond `MAX_STORY_EVENTS`. */
export function addEvent(p: ClusterProfile, id: string): void {
  p.events = [...(p.events ?? []), id].slice(-MAX_STORY_EVENTS);
}

function sum(a: Vec, b: Vec): Vec {
  const out: Vec = { ...a };
  addInto(out, b);
  return out;
}

/** Drops readable names and types of keys no view holds any more. */
function prune(p: ClusterProfile): void {
  const live = new Set<string>();
  for (const v of VIEWS) for (const k in p.views[v]) live.add(k);
  for (const k in p.names) if (!live.has(k)) delete p.names[k];
  for (const k in p.entityTypes) if (!live.has(k)) delete p.entityTypes[k];
}

/** How many of each view's heaviest keys index a cluster (stored) and an article (query). */
export const INDEX_SIZES = { body: 50, cross: 30, entities: 20, caps: 15 };
export const QUERY_SIZES = { body: 25, cross: 15, entities: 12, caps: 8 };

/** The keys a cluster is found by (or an article looks with): its heaviest terms, names and entities. */
export function indexKeys(views: Record<View, Vec>, sizes: Record<'body' | 'cross' | 'entities' | 'caps', number> = INDEX_SIZES): string[] {
  const keys = new Set<string>();
  const take = (v: Vec, n: number) => {
    for (const [k] of Object.entries(v).sort((a, b) => b[1] - a[1]).slice(0, n)) keys.add(k);
  };
  take(views.body, sizes.body);
  take(views.cross, sizes.cross);
  take(views.entities, sizes.entities);
  take(views.caps, sizes.caps);
  return [...keys];
}

/** The dominant language of a cluster. */
export function mainLanguage(p: ClusterProfile): string | null {
  let best: string | null = null;
  for (const l in p.langs) if (best === null || p.langs[l]! > p.langs[best]!) best = l;
  return best;
}
