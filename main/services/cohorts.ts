// Cohorts. A cohort is born with one empty session per day of its course and
// takes them with it when deleted. Its course is fixed: the sessions were cut
// from that course's days.
import { Cohort, isCentreVenue, type Plan } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { addEmptySessions } from './cohortSessions';
import { entityMessages as m } from './messages/entities';
import { say } from './messages/say';
import { findById, indexById, mergePatch, objectInput, parseEntity, refuse, refuseTakenId, withId } from './support';

type CohortHandlers = Pick<Handlers, 'cohorts.list' | 'cohorts.get' | 'cohorts.create' | 'cohorts.update' | 'cohorts.delete'>;

function requireReferences(plan: Plan, cohort: Cohort): void {
  if (!plan.courses.some((c) => c.id === cohort.courseId)) refuse(say(m.noSuch({ field: 'courseId', noun: 'course', id: cohort.courseId })));
  const venue = cohort.venue;
  if (isCentreVenue(venue) && !plan.centres.some((c) => c.id === venue.centreId))
    refuse(say(m.noSuch({ field: 'venue.centreId', noun: 'centre', id: venue.centreId })));
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
          refuse(say(m.cohortCourseFixed()));
        const updated = parseEntity(Cohort, mergePatch(current, patch, 'cohort'), 'cohort');
        requireReferences(draft, updated);
        draft.cohorts[index] = updated;
        releaseRoomsOutsideVenue(draft, updated);
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

/**
 * A cohort that moves to another centre or to the customer's own site cannot keep
 * rooms of its old centre: those rooms are released (and their room locks with
 * them, since the planner chose the new venue) so the solver can plan new ones.
 */
function releaseRoomsOutsideVenue(draft: Plan, cohort: Cohort): void {
  const centreId = isCentreVenue(cohort.venue) ? cohort.venue.centreId : null;
  const roomCentre = new Map(draft.rooms.map((r) => [r.id, r.centreId]));
  for (const session of draft.sessions) {
    if (session.cohortId !== cohort.id || session.roomId === null) continue;
    if (roomCentre.get(session.roomId) === centreId) continue;
    session.roomId = null;
    session.locked = session.locked.filter((l) => l !== 'room');
  }
}
