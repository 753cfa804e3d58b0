// One zustand store built from slices; each slice gets the typed client, so
// tests build the store around a fake client without any transport.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HoldplanClient } from '../../shared/contract/operations';
import type { Language } from '../i18n/dictionary';
import { createCalendarSlice } from './calendarSlice';
import { createConflictsSlice } from './conflictsSlice';
import { createHistorySlice } from './historySlice';
import { createPlanDataSlice } from './planDataSlice';
import { createPlanSlice } from './planSlice';
import { createSolverSlice } from './solverSlice';
import { createStoreStatusSlice } from './storeStatusSlice';
import { createUiSlice } from './uiSlice';
import type { AppState } from './types';

export type AppStore = StoreApi<AppState>;

export function createAppStore(client: HoldplanClient, options: { language: Language }): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createUiSlice(options.language)(...a),
    ...createStoreStatusSlice(client)(...a),
    ...createPlanSlice(client)(...a),
    ...createPlanDataSlice(client)(...a),
    ...createHistorySlice(client)(...a),
    ...createSolverSlice(client)(...a),
    ...createConflictsSlice(client)(...a),
    ...createCalendarSlice(client)(...a),
    async start() {
      await Promise.all([a[1]().refreshStoreStatus(), a[1]().refreshSummary(), a[1]().refreshPlan()]);
    },
  }));
}
