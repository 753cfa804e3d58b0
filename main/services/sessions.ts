// Sessions: only their planned values (date, room, trainers, locks) change here;
// cohort, day and slot are fixed facts that follow the cohort and its course.
import { Session } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { entityMessages as m } from './messages/entities';
import { say } from './messages/say';
import { findById, indexById, parseEntity, refuse } from './support';

type SessionHandlers = Pick<Handlers, 'sessions.list' | 'sessions.get' | 'sessions.update'>;

export function sessionHandlers(store: Store): SessionHandlers {
  return {
    'sessions.list': async ({ cohortId, date }) =>
      structuredClone(
        store.read().sessions.filter((s) => (cohortId === undefined || s.cohortId === cohortId) && (date === undefined || s.date === date)),
      ),
    'sessions.get': async ({ id }) => structuredClone(findById(store.read().sessions, id, 'session')),
    'sessions.update': ({ id, patch }) =>
      store.update((draft) => {
        const index = indexById(draft.sessions, id, 'session');
        if (patch.roomId != null && !draft.rooms.some((r) => r.id === patch.roomId))
          refuse(say(m.noSuch({ field: 'roomId', noun: 'room', id: patch.roomId })));
        for (const trainerId of patch.trainerIds ?? []) {
          if (!draft.trainers.some((t) => t.id === trainerId)) refuse(say(m.noSuch({ field: 'trainerIds', noun: 'trainer', id: trainerId })));
        }
        const updated = parseEntity(Session, { ...draft.sessions[index]!, ...patch }, 'session');
        draft.sessions[index] = updated;
        return structuredClone(updated);
      }),
  };
}
