// Loading the seeded demo term: it replaces the whole plan, as an import does.
import type { Handlers } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { generalMessages as m } from './messages/general';
import { validatePlan } from './planInput';
import { replaceStoredPlan } from './plan';

type DemoHandlers = Pick<Handlers, 'demo.load'>;

export function demoHandlers(store: Store): DemoHandlers {
  return {
    'demo.load': async ({ size, seed }) => {
      // Loaded on demand: the generator and its name lists are only needed for this.
      const { generateDemo } = await import('../demo/generate');
      return replaceStoredPlan(store, validatePlan(generateDemo({ size, seed }).plan, m.theDemoPlan()));
    },
  };
}
