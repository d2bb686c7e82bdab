import type { ClusterRecord, ConnectState } from './state.js';
import { addProfile, indexKeys, readProfile, type ClusterProfile } from './cluster-profile.js';
import { similarities, profileSide } from './features.js';
import { loadModel, probability } from './model.js';
import { rangeGap, serial } from './merge.js';
import { enoughShared } from './evidence.js';

/** Sibling events compared after an article joined an event: the story's most recent ones. */
const SIBLINGS = 8;

/**
 * Second pass for events: an online pass splits an event when its first reports are too unlike
 * each other to join, and the pieces stay apart however close they grow. After an article joins
 * an event, the event (profile against profile, by the event model) is compared with the other
 * events of its story; one that now scores at least the model's `merge` bar is merged with it
 * (older id kept, the other recorded as its alias); an undated event and a dated one only at the
 * model's `mergeUndated` bar. Only a story's own events are looked at, so
 * the cost per article stays flat. Returns the event the article now lives in and the merged id.
 */
export function mergeSiblingEvents(
  state: ConnectState,
  event: ClusterRecord,
  profile: ClusterProfile,
  story: ClusterRecord,
  storyProfile: ClusterProfile,
): { event: ClusterRecord; mergedWith: string | null } {
  const model = loadModel('connect-event.json');
  if (model.merge === undefined) return { event, mergedWith: null };
  let best: { record: ClusterRecord; profile: ClusterProfile; p: number } | null = null;
  for (const id of (storyProfile.events ?? []).filter((e) => e !== event.id).slice(-SIBLINGS)) {
    const record = state.getEvent(id);
    if (!record || record.id === event.id) continue;
    // Dated events whose days do not overlap were told apart by time when the articles arrived:
    // two developments of one story a few days apart stay two events however alike they read.
    const gap = rangeGap(event, record);
    if (gap !== null && gap > 0) continue;
    // An undated event beside a dated one has no time evidence either way (see `mergeUndated`).
    const bar = !event.firstDate !== !record.firstDate ? model.mergeUndated ?? model.merge : model.merge;
    if (bar === false) continue;
    const other = readProfile(record.profile);
    const p = probability(model, similarities(profileSide(profile), profileSide(other), gap));
    if (p >= bar && (!best || p > best.p) && enoughShared(profile.views, other.views)) best = { record, profile: other, p };
  }
  if (!best) return { event, mergedWith: null };
  const [keep, keepProfile, drop, dropProfile] = serial(best.record.id) < serial(event.id)
    ? [best.record, best.profile, event, profile]
    : [event, profile, best.record, best.profile];
  addProfile(keepProfile, dropProfile);
  keep.size += drop.size;
  if (drop.firstDate && (!keep.firstDate || drop.firstDate < keep.firstDate)) keep.firstDate = drop.firstDate;
  if (drop.lastDate && (!keep.lastDate || drop.lastDate > keep.lastDate)) keep.lastDate = drop.lastDate;
  keep.profile = keepProfile;
  keep.parentId = story.id;
  state.saveEvent(keep, indexKeys(keepProfile.views));
  state.recordAlias('event', drop.id, keep.id);
  storyProfile.events = (storyProfile.events ?? []).filter((e) => e !== drop.id);
  story.profile = storyProfile;
  state.saveStory(story, indexKeys(storyProfile.views));
  return { event: keep, mergedWith: drop.id === event.id ? keep.id : drop.id };
}
