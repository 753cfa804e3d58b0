import type { StateCreator } from 'zustand';
import type { HoldplanClient } from '../../shared/contract/operations';
import type { CheckResult } from '../../shared/rules/types';
import type { AppState } from './types';

export interface ConflictsSlice {
  /** The services' check of the stored plan as the conflicts panel last fetched it. */
  conflicts: CheckResult | null;
  conflictsLoading: boolean;
  refreshConflicts(): Promise<void>;
}

export const createConflictsSlice =
  (client: HoldplanClient): StateCreator<AppState, [], [], ConflictsSlice> =>
  (set, get) => ({
    conflicts: null,
    conflictsLoading: false,
    async refreshConflicts() {
      set({ conflictsLoading: true });
      try {
        set({ conflicts: await client.invoke('plan.check', { language: get().language }) });
      } catch (e) {
        get().reportFailure(e);
      } finally {
        set({ conflictsLoading: false });
      }
    },
  });
