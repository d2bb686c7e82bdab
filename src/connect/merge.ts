import type { ClusterRecord, ConnectState } from './state.js';
import { addProfile, indexKeys, QUERY_SIZES, readProfile, type ClusterProfile } from './cluster-profile.js';
import { similarities, profileSide } from './features.js';
import { loadModel, probability } from './model.js';
import { dayNumber } from './dates.js';
import { enoughShared } from './evidence.js';

const MERGE_CANDIDATES = 5;

/** Creation order of an id (`st12` → 12): the older of two merged clusters keeps its id. */
export function serial(id: string): number {
  const m = /(\d+)$/.exec(id);
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

/** Days between two clusters' date ranges (0 when they overlap); null when either is undated. */
export function rangeGap(a: ClusterRecord, b: ClusterRecord): number | null {
  const [a1, a2, b1, b2] = [a.firstDate, a.lastDate ?? a.firstDate, b.firstDate, b.lastDate ?? b.firstDate].map(dayNumber);
  if (a1 == null || a2 == null || b1 == null || b2 == null) return null;
  return Math.max(0, b1 - a2, a1 - b2);
}

/**
 * Second pass after an article changed a story: a story that has become as similar to another
 * story as an event must be to join one (by the story model, profile against profile) merges
 * with it. The older story keeps its id, the younger becomes its alias, its events move over.
 * Returns the story the article's event now lives in and the other story's id, if merged.
 */
export function mergeStories(state: ConnectState, story: ClusterRecord, profile: ClusterProfile): { story: ClusterRecord; mergedWith: string | null } {
  const model = loadModel('connect-story.json');
  const candidates = state.storyCandidates(indexKeys(profile.views, QUERY_SIZES), MERGE_CANDIDATES + 1).filter((r) => r.id !== story.id);
  let best: { record: ClusterRecord; profile: ClusterProfile; p: number } | null = null;
  for (const record of candidates.slice(0, MERGE_CANDIDATES)) {
    const other = readProfile(record.profile);
    const p = probability(model, similarities(profileSide(profile), profileSide(other), rangeGap(story, record)));
    if (p >= model.threshold && (!best || p > best.p) && enoughShared(profile.views, other.views)) best = { record, profile: other, p };
  }
  if (!best) return { story, mergedWith: null };
  const [keep, keepProfile, drop, dropProfile] = serial(best.record.id) < serial(story.id)
    ? [best.record, best.profile, story, profile]
    : [story, profile, best.record, best.profile];
  addProfile(keepProfile, dropProfile);
  keep.size += drop.size;
  if (drop.firstDate && (!keep.firstDate || drop.firstDate < keep.firstDate)) keep.firstDate = drop.firstDate;
  if (drop.lastDate && (!keep.lastDate || drop.lastDate > keep.lastDate)) keep.lastDate = drop.lastDate;
  keep.profile = keepProfile;
  state.saveStory(keep, indexKeys(keepProfile.views));
  state.recordAlias('story', drop.id, keep.id); // moves the dropped story's events, however many
  return { story: keep, mergedWith: best.record.id };
}
