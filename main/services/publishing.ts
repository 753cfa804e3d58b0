// Publishing behind the contract. The publication lives inside the plan, so it
// is saved, exported and imported with it, and publishing is one store update:
// one undo step that takes back the snapshot and the raised sequences together.
import type { Handlers } from '../../shared/contract/operations';
import { changesSincePublication, publicationOf } from '../../shared/domain/publication';
import type { Store } from '../store/types';

type PublishingHandlers = Pick<Handlers, 'plan.publish' | 'plan.changesSincePublication'>;

export function publishingHandlers(store: Store, now: () => Date = () => new Date()): PublishingHandlers {
  return {
    'plan.publish': () =>
      store.update((draft) => {
        const previous = draft.publication;
        const changes = changesSincePublication(draft, previous);
        const next = publicationOf(draft, now().toISOString(), previous);
        draft.publication = next;
        const raisedSequences = Object.keys(next.sequences).filter((id) => next.sequences[id] !== (previous?.sequences[id] ?? 0)).length;
        return { publishedAt: next.publishedAt, sessions: Object.keys(next.sessions).length, changes, raisedSequences };
      }),
    'plan.changesSincePublication': async () => changesSincePublication(store.read()),
  };
}
