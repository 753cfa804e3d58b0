// Centres. A centre that still has rooms or cohorts cannot be deleted: the
// planner moves or deletes those first, so nothing is left pointing nowhere.
import { HoldplanError } from '../../shared/domain/errors';
import { Centre, isCentreVenue } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { listInWords } from './describe';
import { deletingMessages as d } from './messages/deleting';
import { say } from './messages/say';
import { findById, indexById, mergePatch, objectInput, parseEntity, refuseTakenId, withId } from './support';

type CentreHandlers = Pick<Handlers, 'centres.list' | 'centres.get' | 'centres.create' | 'centres.update' | 'centres.delete'>;

export function centreHandlers(store: Store): CentreHandlers {
  return {
    'centres.list': async () => structuredClone(store.read().centres),
    'centres.get': async ({ id }) => structuredClone(findById(store.read().centres, id, 'centre')),
    'centres.create': ({ centre }) =>
      store.update((draft) => {
        const created = parseEntity(Centre, withId(objectInput(centre, 'centre'), draft.centres, 'c'), 'centre');
        refuseTakenId(draft.centres, created.id, 'centre');
        draft.centres.push(created);
        return structuredClone(created);
      }),
    'centres.update': ({ id, patch }) =>
      store.update((draft) => {
        const index = indexById(draft.centres, id, 'centre');
        const updated = parseEntity(Centre, mergePatch(draft.centres[index]!, patch, 'centre'), 'centre');
        draft.centres[index] = updated;
        return structuredClone(updated);
      }),
    'centres.delete': ({ id }) =>
      store.update((draft) => {
        const centre = findById(draft.centres, id, 'centre');
        const rooms = draft.rooms.filter((r) => r.centreId === id).map((r) => r.name);
        const cohorts = draft.cohorts.filter((c) => isCentreVenue(c.venue) && c.venue.centreId === id).map((c) => c.name);
        if (rooms.length + cohorts.length > 0) {
          throw new HoldplanError(
            'in-use',
            say(d.centreInUse({ centre: centre.name, rooms: rooms.length, roomList: listInWords(rooms), cohorts: cohorts.length, cohortList: listInWords(cohorts) })),
            [...rooms.map((room) => say(d.centreRoomDetail({ room }))), ...cohorts.map((cohort) => say(d.centreCohortDetail({ cohort })))],
          );
        }
        // A closure of this centre alone means nothing once the centre is gone.
        draft.closures = draft.closures.filter((c) => c.centreId !== id);
        draft.centres = draft.centres.filter((c) => c.id !== id);
        return { deleted: id, unassignedSessionIds: [] };
      }),
  };
}
