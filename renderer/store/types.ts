import type { CalendarSlice } from './calendarSlice';
import type { ConflictsSlice } from './conflictsSlice';
import type { HistorySlice } from './historySlice';
import type { PlanDataSlice } from './planDataSlice';
import type { PlanSlice } from './planSlice';
import type { SolverSlice } from './solverSlice';
import type { StoreStatusSlice } from './storeStatusSlice';
import type { UiSlice } from './uiSlice';

export type AppState = CalendarSlice & PlanSlice & PlanDataSlice & HistorySlice & SolverSlice & ConflictsSlice & StoreStatusSlice & UiSlice & { start(): Promise<void> };
