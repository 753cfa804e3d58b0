import type { PlanSlice } from './planSlice';
import type { StoreStatusSlice } from './storeStatusSlice';
import type { UiSlice } from './uiSlice';

export type AppState = PlanSlice & StoreStatusSlice & UiSlice & { start(): Promise<void> };
