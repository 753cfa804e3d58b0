// Where the data lives and whether this instance may write it.
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';

export function statusHandlers(store: Store): Pick<Handlers, 'store.status'> {
  return { 'store.status': async () => store.status() };
}
