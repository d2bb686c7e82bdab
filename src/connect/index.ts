import type { Assignment, Doc, Reason } from '../types.js';
import { displayTitle } from '../text/titles.js';
import type { ClusterRecord, ConnectState } from './state.js';
import { articleFeatures, documentKeys, type ArticleFeatures } from './profile.js';
import { idfFrom, weigh, type Weighted } from './weigh.js';
import { addArticle, addEvent, emptyProfile, indexKeys, QUERY_SIZES, readProfile, type ClusterProfile } from './cluster-profile.js';
import { similarities, profileSide, type Side, type FeatureName } from './features.js';
import { loadModel, probability, type JoinModel } from './model.js';
import { dayString, gapToRange } from './dates.js';
import { makeReason, sharedNames } from './reasons.js';
import { describeEvent, explainPair } from './describe.js';
import { mergeStories } from './merge.js';
import { mergeSiblingEvents } from './merge-events.js';
import { siblingScores } from './siblings.js';
import { farEvent } from './far-events.js';
import { enoughShared } from './evidence.js';

export { MemoryConnectState } from './memory-state.js';
export { describeEvent, explainPair };
export type { ConnectState, ClusterRecord } from './state.js';

/** Events are looked for among those active within this many days of the article. */
export const EVENT_WINDOW_DAYS = 30;
const EVENT_CANDIDATES = 25;
const STORY_CANDIDATES = 15;

/** One article as connect compares it. */
export interface Prepared {
  features: ArticleFeatures;
  weighted: Weighted;
  side: Side;
  keys: string[];
}

/** Turns a doc into weighted views using the store's document frequencies (before it is counted). */
export function prepare(doc: Doc, entityIds: Map<string, string>, state: ConnectState): Prepared {
  const features = articleFeatures(doc, entityIds);
  const keys = documentKeys(features);
  const idf = idfFrom(state.documentFrequencies(keys), state.documentCount());
  const weighted = weigh(features, idf);
  const side: Side = {
    views: weighted,
    langs: { [features.lang]: 1 },
    size: 1,
    sigs: features.signature.length ? [features.signature] : [],
  };
  return { features, weighted, side, keys };
}

export interface Scored {
  record: ClusterRecord;
  profile: ClusterProfile;
  sims: Record<FeatureName, number>;
  p: number;
  gap: number | null;
}

/** Scores an article against a candidate event or story with the shipped (or set) model. */
export function score(a: Prepared, record: ClusterRecord, kind: 'event' | 'story'): Scored {
  const profile = readProfile(record.profile);
  const gap = gapToRange(a.features.day, record.firstDate, record.lastDate);
  const sims = similarities(a.side, profileSide(profile), gap);
  const p = probability(loadModel(kind === 'event' ? 'connect-event.json' : 'connect-story.json'), sims);
  return { record, profile, sims, p, gap };
}

/** The story candidate the story model scores highest for the article (null when the index offers none). */
function bestStory(a: Prepared, queryKeys: string[], state: ConnectState): Scored | null {
  return best(state.storyCandidates(queryKeys, STORY_CANDIDATES).map((r) => score(a, r, 'story')));
}

function best(list: Scored[]): Scored | null {
  let top: Scored | null = null;
  for (const s of list) if (!top || s.p > top.p) top = s;
  return top;
}

/**
 * An undated article cannot be placed in time, and the model's size term leans it towards a
 * story's biggest event. Among the dated events of the top candidate's story that the model
 * would let it join, it goes to the one its content points to by what sets that event apart from
 * the others (see siblings.ts).
 */
function bySiblingContent(a: Prepared, candidates: Scored[], top: Scored, threshold: number): Scored {
  const story = top.record.parentId;
  const siblings = candidates.filter((c) => c.p >= threshold && c.record.parentId === story);
  // Only events placed in time are separate happenings of the story whose size and recency
  // priors mislead here; among undated ones (no dates anywhere) the model's choice stands.
  if (!story || siblings.length < 2 || siblings.some((c) => !c.record.firstDate)) return top;
  const scores = siblingScores(a.weighted, siblings.map((c) => c.profile), a.features.lang);
  let pick = 0;
  scores.forEach((s, i) => {
    if (s > scores[pick]!) pick = i;
  });
  return scores[pick]! > 0 ? siblings[pick]! : top;
}

function explainAgainst(a: Prepared, s: Scored | null, decision: Reason['decision'], threshold: number, note?: string): Reason {
  if (!s) return makeReason(decision, 0, threshold, null, [], [], null, note ?? 'no candidate shares terms or entities');
  // look names up where they are: copying a large cluster's name table per article is costly
  const names = (k: string) => a.features.names[k] ?? s.profile.names[k];
  const ents = sharedNames(a.weighted.entities, s.profile.views.entities, names);
  const entities = ents.length ? ents : sharedNames(a.weighted.caps, s.profile.views.caps, names);
  const sameLang = (s.profile.langs[a.features.lang] ?? 0) > 0;
  const terms = sameLang
    ? sharedNames(a.weighted.body, s.profile.views.body, names)
    : sharedNames(a.weighted.cross, s.profile.views.cross, () => undefined, 8);
  return makeReason(decision, s.p, threshold, s.record.id, entities, terms, s.gap, note);
}

/**
 * An undated article has no time evidence for an event that its own reports have placed in time:
 * where it names people or figures and the event names quite different ones (a report of another
 * rehab stay, another match of the same team), it opens a new event instead (the model's `conflict`
 * bar on `diffPER` or `diffNumbers`; absent: never).
 */
function conflictsInTime(a: Prepared, s: Scored, bar: number | undefined): boolean {
  if (bar === undefined || a.features.day !== null || !s.record.firstDate) return false;
  return Math.max(s.sims.diffPER, s.sims.diffNumbers) >= bar;
}

/**
 * Whether the article joins its best candidate: it reaches the threshold, where an undated article
 * meets a dated event the `undatedVsDated` model (if the model has one) agrees, and it is not
 * past the conflict bar.
 */
function joins(a: Prepared, top: Scored, model: JoinModel): boolean {
  const sub = model.undatedVsDated;
  const passes = top.p >= model.threshold && (!sub || !undatedVsDated(a, top) || probability(sub, top.sims) >= sub.threshold);
  return passes && !conflictsInTime(a, top, model.conflict) && enoughShared(a.weighted, top.profile.views);
}

function undatedVsDated(a: Prepared, s: Scored): boolean {
  return a.features.day === null && s.record.firstDate !== null;
}

/** Why an article with a candidate opened a new event (the event reason's note). */
function whyNew(a: Prepared, top: Scored, model: JoinModel): string {
  const sub = model.undatedVsDated;
  if (top.p >= model.threshold && !enoughShared(a.weighted, top.profile.views)) return 'the best candidate shares fewer than two terms with it: too little to join on';
  if (sub && undatedVsDated(a, top) && probability(sub, top.sims) < sub.threshold) return 'undated, and the model for undated articles against dated events keeps it out of the best candidate';
  if (top.p >= model.threshold) return 'undated, and the best candidate (a dated event) names other people or figures';
  return 'best candidate below threshold';
}

/** A new, empty event or story, titled after the article that opens it. */
function newCluster(state: ConnectState, kind: 'event' | 'story', doc: Doc): ClusterRecord {
  return { id: state.newId(kind), parentId: null, firstDate: null, lastDate: null, size: 0, title: displayTitle(doc.article.title, doc.article.text, 160), profile: null };
}

function extendDates(record: ClusterRecord, day: number | null): void {
  if (day === null) return;
  const d = dayString(day);
  if (!record.firstDate || d < record.firstDate) record.firstDate = d;
  if (!record.lastDate || d > record.lastDate) record.lastDate = d;
}


/**
 * Assigns one article to an event and a story (called once per article, in date order).
 * The article is compared only with the events the index offers for its terms and entities
 * within the time window; a learned logistic model decides join or new; near-duplicates of
 * a member join as `duplicate` and do not count as a further source. A story the article changed
 * is then compared with similar stories and merged with one that has become as close as a
 * joining event (older id kept, the other recorded as its alias).
 */
export function connect(doc: Doc, entityIds: Map<string, string>, state: ConnectState): Assignment {
  const a = prepare(doc, entityIds, state);
  const eventModel = loadModel('connect-event.json');
  const storyModel = loadModel('connect-story.json');
  const queryKeys = indexKeys(a.weighted, QUERY_SIZES);

  const candidates = state.eventCandidates(queryKeys, a.features.date, EVENT_WINDOW_DAYS, EVENT_CANDIDATES)
    .map((r) => score(a, r, 'event'));
  const modelTop = best(candidates);
  const top = modelTop && a.features.day === null && modelTop.p >= eventModel.threshold
    ? bySiblingContent(a, candidates, modelTop, eventModel.threshold)
    : modelTop;
  const dupBar = eventModel.duplicate ?? 0.7;
  const dupOf = candidates.filter((c) => c.sims.dup >= dupBar).sort((x, y) => y.sims.dup - x.sims.dup)[0] ?? null;

  let event: ClusterRecord;
  let eventProfile: ClusterProfile;
  let eventReason: Reason;
  let duplicate = false;
  let storyPick: Scored | null | undefined;
  if (dupOf) {
    duplicate = true;
    event = dupOf.record;
    eventProfile = dupOf.profile;
    eventReason = explainAgainst(a, dupOf, 'duplicate', dupBar, `near-duplicate of a member (shingle overlap ${dupOf.sims.dup.toFixed(2)})`);
  } else if (top && joins(a, top, eventModel)) {
    event = top.record;
    eventProfile = top.profile;
    const note = top !== modelTop ? `undated: of the story's events it could join, the one its distinctive content points to (model's first choice ${modelTop!.record.id})` : undefined;
    eventReason = explainAgainst(a, top, 'joined', eventModel.threshold, note);
  } else {
    // the story the article would join, looked up once (a new event needs it below anyway)
    storyPick = bestStory(a, queryKeys, state);
    const far = storyPick && storyPick.p >= storyModel.threshold && enoughShared(a.weighted, storyPick.profile.views)
      ? farEvent(a, storyPick.record, state, eventModel, new Set(candidates.map((c) => c.record.id)))
      : null;
    if (far) {
      event = far.record;
      eventProfile = far.profile;
      eventReason = explainAgainst(a, far, 'joined', eventModel.far!,
        `no event within ${EVENT_WINDOW_DAYS} days; of its story's events, the one its content alone points to (gap ${far.gap} days)`);
    } else {
      event = newCluster(state, 'event', doc);
      eventProfile = emptyProfile();
      eventReason = explainAgainst(a, top, 'new', eventModel.threshold, top ? whyNew(a, top, eventModel) : undefined);
    }
  }

  // The story: an existing event keeps its story; a new event looks for one.
  let story: ClusterRecord | null = event.parentId ? state.getStory(event.parentId) : null;
  let storyProfile: ClusterProfile;
  let storyReason: Reason;
  if (story) {
    const s = score(a, story, 'story');
    storyProfile = s.profile;
    storyReason = explainAgainst(a, s, 'joined', storyModel.threshold, 'the event belongs to this story');
  } else {
    const s = storyPick === undefined ? bestStory(a, queryKeys, state) : storyPick;
    if (s && s.p >= storyModel.threshold && enoughShared(a.weighted, s.profile.views)) {
      story = s.record;
      storyProfile = s.profile;
      storyReason = explainAgainst(a, s, 'joined', storyModel.threshold);
    } else {
      story = newCluster(state, 'story', doc);
      storyProfile = emptyProfile();
      const note = !s ? undefined : s.p >= storyModel.threshold ? 'the best candidate shares fewer than two terms with it: too little to join on' : 'best candidate below threshold';
      storyReason = explainAgainst(a, s, 'new', storyModel.threshold, note);
    }
  }

  const newEvent = event.size === 0;
  event.parentId = story.id;
  event.size += 1;
  extendDates(event, a.features.day);
  addArticle(eventProfile, a.features, a.weighted, duplicate);
  event.profile = eventProfile;
  state.saveEvent(event, indexKeys(eventProfile.views));

  story.size += 1;
  extendDates(story, a.features.day);
  addArticle(storyProfile, a.features, a.weighted, duplicate);
  if (newEvent) addEvent(storyProfile, event.id);
  story.profile = storyProfile;
  state.saveStory(story, indexKeys(storyProfile.views));
  if (!newEvent && !duplicate) {
    const joined = mergeSiblingEvents(state, event, eventProfile, story, storyProfile);
    if (joined.mergedWith) {
      event = joined.event;
      const note = `merged with event ${joined.mergedWith}, which had become as similar as a joining article; the older id ${event.id} is kept`;
      eventReason = { ...eventReason, note: eventReason.note ? `${eventReason.note}; ${note}` : note };
    }
  }
  const merged = mergeStories(state, story, storyProfile);
  if (merged.mergedWith) {
    const note = `merged with story ${merged.mergedWith}, which had become as similar as a joining event; the older id ${merged.story.id} is kept`;
    storyReason = { ...storyReason, note: storyReason.note ? `${storyReason.note}; ${note}` : note };
  }

  state.addDocument(a.keys);
  return { eventId: event.id, storyId: merged.story.id, eventReason, storyReason };
}
