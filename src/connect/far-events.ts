import type { ClusterRecord, ConnectState } from './state.js';
import type { Prepared, Scored } from './index.js';
import { readProfile } from './cluster-profile.js';
import { similarities, profileSide, DIFF_FEATURES, type FeatureName } from './features.js';
import { probability, type JoinModel } from './model.js';
import { dayNumber, gapToRange } from './dates.js';
import { enoughShared } from './evidence.js';

/** How many of a story's most recent events a dated article beyond the event window is compared with. */
const FAR_EVENTS = 8;

/**
 * A dated article that found no event within the event window may still report a happening its
 * story has seen months before (the sentencing of the one case, a late report): among the events of
 * the story it would join (at most the story's eight most recent), the one the event model scores
 * highest on content alone (its time gap left out, as for an undated article) joins it when it
 * reaches the model's `far` bar. Absent bar: never. Bounded by the story's recent events, so the
 * cost per article stays flat.
 *
 * Content alone also scores a later development of one story high (the second strike of one
 * dispute, the appeal of one verdict): so a far join reaches back only to events that lie wholly
 * before the article, and may also ask that the two state no quite different figures or years
 * (`farDiff` on the disagreement features named in `farDiffOn`; all five where absent).
 */
export function farEvent(
  a: Prepared,
  story: ClusterRecord,
  state: ConnectState,
  model: JoinModel,
  seen: ReadonlySet<string>,
): Scored | null {
  if (model.far === undefined || a.features.day === null) return null;
  const events = readProfile(story.profile).events ?? [];
  let top: Scored | null = null;
  for (const id of events.slice(-FAR_EVENTS)) {
    const record = state.getEvent(id);
    if (!record || seen.has(record.id)) continue;
    // only events that lie wholly before the article: a late report of a past happening, not an
    // early report arriving after a later development (backfill or reverse order) pulled forward
    const last = dayNumber(record.lastDate ?? record.firstDate);
    if (last === null || last >= a.features.day) continue;
    const profile = readProfile(record.profile);
    const sims = similarities(a.side, profileSide(profile), null);
    if (!agrees(sims, model)) continue;
    const p = probability(model, sims);
    if (p >= model.far && (!top || p > top.p) && enoughShared(a.weighted, profile.views)) top = { record, profile, sims, p, gap: gapToRange(a.features.day, record.firstDate, record.lastDate) };
  }
  return top;
}

/** Whether a far event passes the model's no-disagreement bar (where it has one). */
export function agrees(sims: Record<FeatureName, number>, model: JoinModel): boolean {
  const bar = model.farDiff;
  return bar === undefined || !(model.farDiffOn ?? DIFF_FEATURES).some((f) => sims[f] >= bar);
}
