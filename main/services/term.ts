// The term: its name and first and last day.
import { Term } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { parseEntity } from './support';

type TermHandlers = Pick<Handlers, 'term.get' | 'term.update'>;

export function termHandlers(store: Store): TermHandlers {
  return {
    'term.get': async () => structuredClone(store.read().term),
    'term.update': ({ patch }) =>
      store.update((draft) => {
        const updated = parseEntity(Term, { ...draft.term, ...patch }, 'term');
        draft.term = updated;
        return structuredClone(updated);
      }),
  };
}
