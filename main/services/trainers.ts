// Trainers. A trainer booked on sessions is only deleted when the caller asks
// for those sessions to lose them (`unassign`); otherwise the refusal names them.
import { HoldplanError } from '../../shared/domain/errors';
import { Trainer } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { describeSession, listInWords } from './describe';
import { deletingMessages as d } from './messages/deleting';
import { say } from './messages/say';
import { findById, indexById, mergePatch, objectInput, parseEntity, refuseTakenId, withId } from './support';

type TrainerHandlers = Pick<Handlers, 'trainers.list' | 'trainers.get' | 'trainers.create' | 'trainers.update' | 'trainers.delete'>;

export function trainerHandlers(store: Store): TrainerHandlers {
  return {
    'trainers.list': async () => structuredClone(store.read().trainers),
    'trainers.get': async ({ id }) => structuredClone(findById(store.read().trainers, id, 'trainer')),
    'trainers.create': ({ trainer }) =>
      store.update((draft) => {
        const created = parseEntity(Trainer, withId(objectInput(trainer, 'trainer'), draft.trainers, 't'), 'trainer');
        refuseTakenId(draft.trainers, created.id, 'trainer');
        draft.trainers.push(created);
        return structuredClone(created);
      }),
    'trainers.update': ({ id, patch }) =>
      store.update((draft) => {
        const index = indexById(draft.trainers, id, 'trainer');
        const updated = parseEntity(Trainer, mergePatch(draft.trainers[index]!, patch, 'trainer'), 'trainer');
        draft.trainers[index] = updated;
        return structuredClone(updated);
      }),
    'trainers.delete': ({ id, unassign }) =>
      store.update((draft) => {
        const trainer = findById(draft.trainers, id, 'trainer');
        const using = draft.sessions.filter((s) => s.trainerIds.includes(id));
        if (using.length > 0 && !unassign) {
          const described = using.map((s) => describeSession(draft, s));
          throw new HoldplanError(
            'in-use',
            say(d.trainerInUse({ trainer: trainer.name, sessions: using.length, list: listInWords(described) })),
            described,
          );
        }
        for (const session of using) {
          session.trainerIds = session.trainerIds.filter((t) => t !== id);
          // The locked set of trainers is gone; the planner chooses again.
          session.locked = session.locked.filter((l) => l !== 'trainers');
        }
        draft.trainers = draft.trainers.filter((t) => t.id !== id);
        return { deleted: id, unassignedSessionIds: using.map((s) => s.id) };
      }),
  };
}
