// Rooms. A room that sessions use is only deleted when the caller asks for
// those sessions to lose it (`unassign`); otherwise the refusal names them.
import { HoldplanError } from '../../shared/domain/errors';
import { Room } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { describeSession, listInWords } from './describe';
import { deletingMessages as d } from './messages/deleting';
import { entityMessages as m } from './messages/entities';
import { say } from './messages/say';
import { findById, indexById, mergePatch, objectInput, parseEntity, refuse, refuseTakenId, withId } from './support';

type RoomHandlers = Pick<Handlers, 'rooms.list' | 'rooms.get' | 'rooms.create' | 'rooms.update' | 'rooms.delete'>;

function requireCentre(centres: readonly { id: string }[], centreId: string): void {
  if (!centres.some((c) => c.id === centreId)) refuse(say(m.noSuch({ field: 'centreId', noun: 'centre', id: centreId })));
}

export function roomHandlers(store: Store): RoomHandlers {
  return {
    'rooms.list': async ({ centreId }) =>
      structuredClone(store.read().rooms.filter((r) => centreId === undefined || r.centreId === centreId)),
    'rooms.get': async ({ id }) => structuredClone(findById(store.read().rooms, id, 'room')),
    'rooms.create': ({ room }) =>
      store.update((draft) => {
        const created = parseEntity(Room, withId(objectInput(room, 'room'), draft.rooms, 'r'), 'room');
        refuseTakenId(draft.rooms, created.id, 'room');
        requireCentre(draft.centres, created.centreId);
        draft.rooms.push(created);
        return structuredClone(created);
      }),
    'rooms.update': ({ id, patch }) =>
      store.update((draft) => {
        const index = indexById(draft.rooms, id, 'room');
        const updated = parseEntity(Room, mergePatch(draft.rooms[index]!, patch, 'room'), 'room');
        requireCentre(draft.centres, updated.centreId);
        draft.rooms[index] = updated;
        return structuredClone(updated);
      }),
    'rooms.delete': ({ id, unassign }) =>
      store.update((draft) => {
        const room = findById(draft.rooms, id, 'room');
        const using = draft.sessions.filter((s) => s.roomId === id);
        if (using.length > 0 && !unassign) {
          const described = using.map((s) => describeSession(draft, s));
          throw new HoldplanError(
            'in-use',
            say(d.roomInUse({ room: room.name, sessions: using.length, list: listInWords(described) })),
            described,
          );
        }
        for (const session of using) {
          session.roomId = null;
          // The locked room no longer exists, so there is nothing left to hold.
          session.locked = session.locked.filter((l) => l !== 'room');
        }
        draft.rooms = draft.rooms.filter((r) => r.id !== id);
        return { deleted: id, unassignedSessionIds: using.map((s) => s.id) };
      }),
  };
}
