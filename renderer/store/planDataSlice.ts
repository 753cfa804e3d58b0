import type { StateCreator } from 'zustand';
import type { HoldplanClient, OpInput, OpName, OpOutput } from '../../shared/contract/operations';
import type { Plan } from '../../shared/domain/schema';
import type { AppState } from './types';
import { ApiError } from '../api/ApiError';

export interface PlanDataSlice {
  /** The whole data set as the services hold it; screens derive their views from it. */
  plan: Plan | null;
  planLoading: boolean;
  refreshPlan(): Promise<void>;
  /**
   * Runs one changing operation, then reloads the plan and the summary so that
   * every screen and the header counts show the stored truth. A refusal is
   * reported (and rethrown, so a form can show it next to its fields).
   */
  change<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>>;
  /**
   * Runs one operation that changes nothing (a print preview, a PDF, an import
   * preview) and returns its result; nothing is reloaded and a refusal is left
   * to the caller, which shows it where the planner asked.
   */
  query<K extends OpName>(name: K, input: OpInput<K>): Promise<OpOutput<K>>;
}

export const createPlanDataSlice =
  (client: HoldplanClient): StateCreator<AppState, [], [], PlanDataSlice> =>
  (set, get) => ({
    plan: null,
    planLoading: false,
    async refreshPlan() {
      set({ planLoading: true });
      try {
        set({ plan: await client.invoke('plan.export', {}) });
      } catch (e) {
        get().reportFailure(e);
      } finally {
        set({ planLoading: false });
      }
    },
    query: (name, input) => client.invoke(name, input),
    async change(name, input) {
      try {
        const result = await client.invoke(name, input);
        get().dismissError();
        return result;
      } catch (e) {
        get().reportFailure(e);
        // Another Holdplan may have taken the file since we opened it: show who.
        if (e instanceof ApiError && e.code === 'read-only') await get().refreshStoreStatus();
        throw e;
      } finally {
        await Promise.all([get().refreshPlan(), get().refreshSummary()]);
      }
    },
  });
