// Services over a memory store, called through the dispatcher as every transport does.
import { dispatch } from '../../../main/services/dispatch';
import { createServices } from '../../../main/services/index';
import type { Plan } from '../../../shared/domain/schema';
import type { Envelope } from '../../../shared/contract/envelope';
import { createMemoryStore } from './memoryStore';
import { smallPlan } from './fixtures';

export function servicesOver(plan: Plan = smallPlan()) {
  const store = createMemoryStore(plan);
  const handlers = createServices(store);
  const call = (name: string, input?: unknown): Promise<Envelope<unknown>> => dispatch(handlers, name, input);
  /** Calls an operation that should be refused; reports the error and the plan before and after. */
  const refused = async (name: string, input: unknown) => {
    const before = structuredClone(store.read());
    const savesBefore = store.saves;
    const result = await call(name, input);
    if (result.ok) throw new Error(`${name} was expected to be refused but returned ${JSON.stringify(result.value)}`);
    return { error: result.error, before, after: store.read(), saved: store.saves !== savesBefore };
  };
  return { store, handlers, call, refused };
}

export function valueOf<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw new Error(`expected success, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value as T;
}
