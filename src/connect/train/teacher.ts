import type { Doc } from '../../types.js';
import type { ClusterRecord } from '../state.js';
import { MemoryConnectState } from '../memory-state.js';
import { EVENT_WINDOW_DAYS, prepare, score } from '../index.js';
import { addArticle, emptyProfile, indexKeys, QUERY_SIZES, readProfile } from '../cluster-profile.js';
import { featureVector } from '../features.js';
import { dayString } from '../dates.js';
import type { Example } from './fit.js';

export interface GoldItem {
  doc: Doc;
  entityIds: Map<string, string>;
  cluster: string;
}

/**
 * Join examples as connect meets them online, with the gold clustering as teacher: each
 * article (in arrival order) is scored against the candidate events the index offers, labelled
 * by whether the candidate is its gold event; then it is added to its gold event. Also says
 * how often the gold event was among the candidates (the index's recall). `keep` leaves out
 * candidates whose label is not known (by the candidate's gold cluster).
 */
export function teacherExamples<T extends GoldItem>(
  items: T[], candidates = 25, keep: (it: T, candidateCluster: string) => boolean = () => true,
): { examples: Example[]; retrieval: number } {
  const state = new MemoryConnectState();
  const eventOf = new Map<string, string>();
  const goldOf = new Map<string, string>();
  const examples: Example[] = [];
  let found = 0, possible = 0;
  for (const it of items) {
    const a = prepare(it.doc, it.entityIds, state);
    const cands = state.eventCandidates(indexKeys(a.weighted, QUERY_SIZES), a.features.date, EVENT_WINDOW_DAYS, candidates);
    const own = eventOf.get(it.cluster);
    if (own) {
      possible++;
      if (cands.some((c) => c.id === own)) found++;
    }
    for (const c of cands) {
      if (!keep(it, goldOf.get(c.id)!)) continue;
      const s = score(a, c, 'event');
      examples.push({ x: featureVector(s.sims), y: goldOf.get(c.id) === it.cluster ? 1 : 0 });
    }
    let record: ClusterRecord | null = own ? state.getEvent(own) : null;
    if (!record) {
      record = { id: state.newId('event'), parentId: null, firstDate: null, lastDate: null, size: 0, title: '', profile: emptyProfile() };
      eventOf.set(it.cluster, record.id);
      goldOf.set(record.id, it.cluster);
    }
    const profile = readProfile(record.profile);
    addArticle(profile, a.features, a.weighted, false);
    record.size++;
    if (a.features.day !== null) {
      const d = dayString(a.features.day);
      if (!record.firstDate || d < record.firstDate) record.firstDate = d;
      if (!record.lastDate || d > record.lastDate) record.lastDate = d;
    }
    record.profile = profile;
    state.saveEvent(record, indexKeys(profile.views));
    state.addDocument(a.keys);
  }
  return { examples, retrieval: possible ? found / possible : 1 };
}
