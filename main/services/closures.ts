// Closure days, addressed by their position in the plan's list (they have no id).
import { HoldplanError } from '../../shared/domain/errors';
import { Closure, type Plan } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { entityMessages as m } from './messages/entities';
import { say } from './messages/say';
import { objectInput, parseEntity, refuse } from './support';

type ClosureHandlers = Pick<Handlers, 'closures.list' | 'closures.create' | 'closures.update' | 'closures.delete'>;

function requireCentre(plan: Plan, closure: Closure): void {
  if (closure.centreId !== null && !plan.centres.some((c) => c.id === closure.centreId))
    refuse(say(m.noSuch({ field: 'centreId', noun: 'centre', id: closure.centreId })));
}

function requireIndex(plan: Plan, index: number): void {
  if (index >= plan.closures.length)
    throw new HoldplanError('not-found', say(m.noClosure({ number: index + 1, count: plan.closures.length })));
}

export function closureHandlers(store: Store): ClosureHandlers {
  return {
    'closures.list': async () => structuredClone(store.read().closures),
    'closures.create': ({ closure }) =>
      store.update((draft) => {
        const created = parseEntity(Closure, objectInput(closure, 'closure'), 'closure');
        requireCentre(draft, created);
        draft.closures.push(created);
        return structuredClone(draft.closures);
      }),
    'closures.update': ({ index, patch }) =>
      store.update((draft) => {
        requireIndex(draft, index);
        const updated = parseEntity(Closure, { ...draft.closures[index], ...patch }, 'closure');
        requireCentre(draft, updated);
        draft.closures[index] = updated;
        return structuredClone(draft.closures);
      }),
    'closures.delete': ({ index }) =>
      store.update((draft) => {
        requireIndex(draft, index);
        draft.closures.splice(index, 1);
        return structuredClone(draft.closures);
      }),
  };
}
