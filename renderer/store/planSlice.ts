import type { StateCreator } from 'zustand';
import type { HoldplanClient } from '../../shared/contract/operations';
import type { PlanSummary } from '../../shared/contract/results';
import type { AppState } from './types';

export type DemoSize = 'small' | 'term' | 'large';

export interface PlanSlice {
  summary: PlanSummary | null;
  summaryLoading: boolean;
  /** The size being loaded, so the right button shows progress. */
  demoLoading: DemoSize | null;
  refreshSummary(): Promise<void>;
  loadDemo(size: DemoSize): Promise<void>;
}

export const createPlanSlice =
  (client: HoldplanClient): StateCreator<AppState, [], [], PlanSlice> =>
  (set, get) => ({
    summary: null,
    summaryLoading: false,
    demoLoading: null,
    async refreshSummary() {
      set({ summaryLoading: true });
      try {
        set({ summary: await client.invoke('plan.summary', {}) });
      } catch (e) {
        get().reportFailure(e);
      } finally {
        set({ summaryLoading: false });
      }
    },
    async loadDemo(size) {
      if (get().demoLoading !== null) return;
      set({ demoLoading: size });
      try {
        await client.invoke('demo.load', { size });
        get().dismissError();
      } catch (e) {
        get().reportFailure(e);
      } finally {
        set({ demoLoading: null });
      }
      await Promise.all([get().refreshSummary(), get().refreshStoreStatus(), get().refreshPlan()]);
    },
  });
