// Cohorts. A cohort is born with one empty session per day of its course and
// takes them with it when deleted. Its course is fixed: the sessions were cut
// from that course's days.
import { Cohort, isCentreVenue, type Plan } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { addEmptySessions } from './cohortSessions';
import { findById, indexById, mergePatch, objectInput, parseEntity, refuse, refuseTakenId, withId } from './support';

type CohortHandlers = Pick<Handlers, 'cohorts.list' | 'cohorts.get' | 'cohorts.create' | 'cohorts.update' | 'cohorts.delete'>;

function requireReferences(plan: Plan, cohort: Cohort): void {
  if (!plan.courses.some((c) => c.id === cohort.courseId)) refuse(`courseId: there is no course with id "${cohort.courseId}"`);
  const venue = cohort.venue;
  if (isCentreVenue(venue) && !plan.centres.some((c) => c.id === venue.centreId))
    refuse(`venue.centreId: there is no centre with id "${venue.centreId}"`);
}

export function cohortHandlers(store: Store): CohortHandlers {
  return {
    'cohorts.list': async () => structuredClone(store.read().cohorts),
    'cohorts.get': async ({ id }) => structuredClone(findById(store.read().cohorts, id, 'cohort')),
    'cohorts.create': ({ cohort }) =>
      store.update((draft) => {
        const created = parseEntity(Cohort, withId(objectInput(cohort, 'cohort'), draft.cohorts, 'h'), 'cohort');
        refuseTakenId(draft.cohorts, created.id, 'cohort');
        requireReferences(draft, created);
        const course = findById(draft.courses, created.courseId, 'course');
        draft.cohorts.push(created);
        const sessions = addEmptySessions(draft.sessions, created.id, course.days);
        return structuredClone({ cohort: created, sessions });
      }),
    'cohorts.update': ({ id, patch }) =>
      store.update((draft) => {
        const index = indexById(draft.cohorts, id, 'cohort');
        const current = draft.cohorts[index]!;
        if ('courseId' in patch && patch.courseId !== current.courseId)
          refuse('courseId: cannot be changed, because the sessions follow the course; create a new cohort instead');
        const updated = parseEntity(Cohort, mergePatch(current, patch, 'cohort'), 'cohort');
        requireReferences(draft, updated);
        draft.cohorts[index] = updated;
        return structuredClone(updated);
      }),
    'cohorts.delete': ({ id }) =>
      store.update((draft) => {
        findById(draft.cohorts, id, 'cohort');
        draft.cohorts = draft.cohorts.filter((c) => c.id !== id);
        draft.sessions = draft.sessions.filter((s) => s.cohortId !== id);
        return { deleted: id, unassignedSessionIds: [] };
      }),
  };
}
