// The plan as a whole: its summary and check, and import/export of a complete
// holdplan/v1 data set. An import is validated in full before anything is replaced.
import { checkPlan } from '../../shared/rules/check';
import type { Plan } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { ImportResult } from '../../shared/contract/results';
import type { Store } from '../store/types';
import { currentLanguage } from './language';
import { generalMessages as m } from './messages/general';
import { say } from './messages/say';
import { planCounts, replacePlan, validatePlan } from './planInput';

type PlanHandlers = Pick<Handlers, 'plan.summary' | 'plan.check' | 'plan.export' | 'plan.import'>;

/** Replaces the store's plan with an already validated one. */
export async function replaceStoredPlan(store: Store, next: Plan): Promise<ImportResult> {
  await store.update((draft) => replacePlan(draft, next));
  const hard = checkPlan(next).violations.filter((v) => v.level === 'hard').length;
  const warnings = hard > 0 ? [say(m.importBreaksHardRules({ places: hard }))] : [];
  return { counts: planCounts(next), warnings };
}

export function planHandlers(store: Store): PlanHandlers {
  return {
    'plan.summary': async () => {
      const plan = store.read();
      const result = checkPlan(plan);
      return {
        termName: plan.term.name,
        termStart: plan.term.start,
        termEnd: plan.term.end,
        counts: planCounts(plan),
        assigned: result.assignedSessionIds.length,
        unassigned: result.unassignedSessionIds.length,
        deferred: result.deferredSessionIds.length,
        hardViolations: result.violations.filter((v) => v.level === 'hard').length,
        soft: result.score.soft,
      };
    },
    'plan.check': async ({ language }) => checkPlan(store.read(), { language: language ?? currentLanguage() }),
    'plan.export': async () => structuredClone(store.read()),
    'plan.import': async ({ plan }) => replaceStoredPlan(store, validatePlan(plan, m.theImportedFile())),
  };
}
