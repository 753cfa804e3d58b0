import type { StateCreator } from 'zustand';
import type { HoldplanClient } from '../../shared/contract/operations';
import type { StoreStatus } from '../../shared/contract/results';
import type { AppState } from './types';

export interface StoreStatusSlice {
  storeStatus: StoreStatus | null;
  refreshStoreStatus(): Promise<void>;
}

export const createStoreStatusSlice =
  (client: HoldplanClient): StateCreator<AppState, [], [], StoreStatusSlice> =>
  (set, get) => ({
    storeStatus: null,
    async refreshStoreStatus() {
      try {
        set({ storeStatus: await client.invoke('store.status', {}) });
      } catch (e) {
        get().reportFailure(e);
      }
    },
  });
