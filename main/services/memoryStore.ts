// A Store kept in memory. The command line uses it for a plan read with --file
// (no data folder, no lock); tests use it as the store's stand-in. It keeps the
// real store's promise: a change that throws or leaves an invalid plan changes nothing.
import type { Plan } from '../../shared/domain/schema';
import type { Store } from '../store/types';
import { validatePlan } from './planInput';

export interface MemoryStore extends Store {
  /** How many changes were accepted. */
  readonly saves: number;
}

export function createMemoryStore(initial: Plan, path = '(in memory)'): MemoryStore {
  let current = validatePlan(structuredClone(initial));
  let saves = 0;
  let savedAt: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const apply = <T>(change: (draft: Plan) => T): T => {
    const draft = structuredClone(current);
    const result = change(draft);
    current = validatePlan(draft, 'The changed plan');
    saves++;
    savedAt = new Date().toISOString();
    return result;
  };

  return {
    path,
    get saves() {
      return saves;
    },
    read: () => current,
    update<T>(change: (draft: Plan) => T): Promise<T> {
      const next = queue.then(() => apply(change));
      queue = next.catch(() => undefined);
      return next;
    },
    status: () => ({ path, readOnly: false, lockHolder: null, savedAt, notices: [] }),
    close: async () => undefined,
  };
}
