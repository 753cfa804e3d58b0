import { useAppStore } from '../../../store/useAppStore';
import type { Plan } from '../../../../shared/domain/schema';
import { buildPlanIndex, type PlanIndex } from './planIndex';

// One index per loaded plan, shared by every view that asks for it.
const cache = new WeakMap<Plan, PlanIndex>();

export function planIndexOf(plan: Plan): PlanIndex {
  let index = cache.get(plan);
  if (!index) {
    index = buildPlanIndex(plan);
    cache.set(plan, index);
  }
  return index;
}

export function usePlanIndex(): PlanIndex | null {
  const plan = useAppStore((s) => s.plan);
  return plan ? planIndexOf(plan) : null;
}
