import type { StateCreator } from 'zustand';
import type { HoldplanClient } from '../../shared/contract/operations';
import type { HistoryStatus } from '../../shared/contract/results';
import type { AppState } from './types';

export interface HistorySlice {
  /** What undo and redo would take back; null until first asked. */
  history: HistoryStatus | null;
  /** True while an undo or redo is on its way, so a held-down Ctrl+Z does not queue dozens. */
  historyBusy: boolean;
  refreshHistory(): Promise<void>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export const createHistorySlice =
  (client: HoldplanClient): StateCreator<AppState, [], [], HistorySlice> =>
  (set, get) => {
    const travel = async (name: 'history.undo' | 'history.redo') => {
      if (get().historyBusy) return;
      set({ historyBusy: true });
      try {
        set({ history: await client.invoke(name, {}) });
        get().dismissError();
      } catch (e) {
        get().reportFailure(e);
      } finally {
        set({ historyBusy: false });
      }
      await Promise.all([get().refreshPlan(), get().refreshSummary()]);
    };
    return {
      history: null,
      historyBusy: false,
      async refreshHistory() {
        try {
          set({ history: await client.invoke('history.status', {}) });
        } catch (e) {
          get().reportFailure(e);
        }
      },
      undo: () => travel('history.undo'),
      redo: () => travel('history.redo'),
    };
  };
