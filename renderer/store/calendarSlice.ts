import type { StateCreator } from 'zustand';
import type { HoldplanClient } from '../../shared/contract/operations';
import type { IsoDate } from '../../shared/domain/schema';
import type { CheckResult, Violation } from '../../shared/rules/types';
import type { AppState } from './types';

export type CalendarSpan = 'week' | 'twoWeeks' | 'month';

export interface TrainerFilter {
  skill: string;
  region: string;
  kind: '' | 'internal' | 'external';
  text: string;
  /** Hide trainers with no session in the visible range. */
  busyOnly: boolean;
}

export interface SessionPatchInput {
  date?: IsoDate | null;
  roomId?: string | null;
  trainerIds?: string[];
}

/** A move the rules refuse, waiting for the planner to force it or give it up. */
export interface PendingMove {
  sessionId: string;
  patch: SessionPatchInput;
  violations: Violation[];
  /** The target in words: "9 mar. 2027 · Lokale 2". */
  target: string;
}

export interface CalendarSlice {
  calendarCentreId: string | null;
  calendarSpan: CalendarSpan;
  /** The first day shown; null until a plan gives the term's start. */
  calendarDate: IsoDate | null;
  trainerFilter: TrainerFilter;
  openTrainerId: string | null;
  openCohortId: string | null;
  openSessionId: string | null;
  pendingMove: PendingMove | null;
  /** The services' full check of the stored plan: marks conflicts on the calendars. */
  planCheck: CheckResult | null;
  setCalendarCentre(id: string): void;
  setCalendarSpan(span: CalendarSpan): void;
  setCalendarDate(date: IsoDate): void;
  setTrainerFilter(patch: Partial<TrainerFilter>): void;
  openTrainer(id: string | null): void;
  openCohort(id: string | null): void;
  openSession(id: string | null): void;
  setPendingMove(move: PendingMove | null): void;
  refreshPlanCheck(): Promise<void>;
  /**
   * Saves the planner's values for a session and locks each of them, so that the
   * solver keeps what the planner chose.
   */
  saveSession(sessionId: string, patch: SessionPatchInput): Promise<boolean>;
  setSessionLocks(sessionId: string, locked: ('date' | 'room' | 'trainers')[]): Promise<boolean>;
}

const LOCK_OF = { date: 'date', roomId: 'room', trainerIds: 'trainers' } as const;

export const createCalendarSlice =
  (client: HoldplanClient): StateCreator<AppState, [], [], CalendarSlice> =>
  (set, get) => ({
    calendarCentreId: null,
    calendarSpan: 'week',
    calendarDate: null,
    trainerFilter: { skill: '', region: '', kind: '', text: '', busyOnly: true },
    openTrainerId: null,
    openCohortId: null,
    openSessionId: null,
    pendingMove: null,
    planCheck: null,
    setCalendarCentre: (id) => set({ calendarCentreId: id }),
    setCalendarSpan: (span) => set({ calendarSpan: span }),
    setCalendarDate: (date) => set({ calendarDate: date }),
    setTrainerFilter: (patch) => set({ trainerFilter: { ...get().trainerFilter, ...patch } }),
    openTrainer: (id) => set({ openTrainerId: id }),
    openCohort: (id) => set({ openCohortId: id }),
    openSession: (id) => set({ openSessionId: id }),
    setPendingMove: (move) => set({ pendingMove: move }),
    async refreshPlanCheck() {
      try {
        set({ planCheck: await client.invoke('plan.check', { language: get().language }) });
      } catch (e) {
        get().reportFailure(e);
      }
    },
    async saveSession(sessionId, patch) {
      const session = get().plan?.sessions.find((s) => s.id === sessionId);
      if (!session) return false;
      const locked = new Set(session.locked);
      for (const key of Object.keys(patch) as (keyof SessionPatchInput)[]) locked.add(LOCK_OF[key]);
      try {
        await get().change('sessions.update', { id: sessionId, patch: { ...patch, locked: [...locked] } });
        return true;
      } catch {
        return false;
      }
    },
    async setSessionLocks(sessionId, locked) {
      try {
        await get().change('sessions.update', { id: sessionId, patch: { locked } });
        return true;
      } catch {
        return false;
      }
    },
  });
