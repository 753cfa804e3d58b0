import type { StateCreator } from 'zustand';
import type { HoldplanClient, OpInput } from '../../shared/contract/operations';
import type { RepairApplied, RepairProposal, SolverStatus } from '../../shared/contract/solverResults';
import type { AppState } from './types';

/** How often a running solve is asked how it goes. Progress is polled, not pushed: it works the same over IPC and HTTP. */
export const SOLVER_POLL_MS = 300;

export type SolveMode = 'fill' | 'optimise';

export type RepairChoice = Pick<OpInput<'solver.applyRepair'>, 'leaveOut' | 'edits'>;

export interface SolverSlice {
  /** The latest run's status, kept after it ends so its summary can be read. */
  solverRun: SolverStatus | null;
  solverStarting: boolean;
  startSolve(mode: SolveMode, seconds: number): Promise<void>;
  stopSolve(): Promise<void>;
  dismissSolveSummary(): void;

  /** The "Trainer cancels" dialog, when open, with the trainer it was opened for (from a trainer's row, say). */
  trainerCancelsDialog: { trainerId: string | null } | null;
  openTrainerCancels(trainerId?: string): void;
  /** Closes the dialog; an open proposal is dropped (rejected), the trainer stays marked unavailable. */
  closeTrainerCancels(): void;
  /** The repair proposed after a trainer cancelled, until it is accepted or rejected. */
  repairProposal: RepairProposal | null;
  repairBusy: boolean;
  /** The outcome of the last accepted repair. */
  repairApplied: RepairApplied | null;
  trainerCancels(trainerId: string, start: string, end: string): Promise<boolean>;
  /** `choice`: the changes the planner left out and the values they chose instead (locked like a hand edit). */
  acceptRepair(choice?: RepairChoice): Promise<void>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const createSolverSlice =
  (client: HoldplanClient): StateCreator<AppState, [], [], SolverSlice> =>
  (set, get) => {
    const reloadAll = () => Promise.all([get().refreshPlan(), get().refreshSummary(), get().refreshHistory()]);

    const follow = async (runId: string) => {
      for (;;) {
        let status: SolverStatus;
        try {
          status = await client.invoke('solver.status', { runId });
        } catch (e) {
          get().reportFailure(e);
          return;
        }
        // A newer run may have replaced this one in the meantime.
        if (get().solverRun?.runId !== runId) return;
        set({ solverRun: status });
        if (status.state !== 'running') {
          if (status.error) get().reportFailure(new Error(status.error));
          await reloadAll();
          return;
        }
        await wait(SOLVER_POLL_MS);
      }
    };

    return {
      solverRun: null,
      solverStarting: false,
      async startSolve(mode, seconds) {
        if (get().solverStarting || get().solverRun?.state === 'running') return;
        set({ solverStarting: true });
        try {
          const { runId } = await client.invoke('solver.start', { mode, seconds });
          set({ solverRun: { runId, state: 'running', progress: null, summary: null, error: null } });
          get().dismissError();
        } catch (e) {
          get().reportFailure(e);
          return;
        } finally {
          set({ solverStarting: false });
        }
        await follow(get().solverRun!.runId);
      },
      async stopSolve() {
        const run = get().solverRun;
        if (!run || run.state !== 'running') return;
        try {
          // The run ends with the best plan so far; the polling loop picks up its summary.
          await client.invoke('solver.cancel', { runId: run.runId });
        } catch (e) {
          get().reportFailure(e);
        }
      },
      dismissSolveSummary() {
        if (get().solverRun?.state !== 'running') set({ solverRun: null });
      },

      trainerCancelsDialog: null,
      openTrainerCancels(trainerId) {
        set({ trainerCancelsDialog: { trainerId: trainerId ?? null } });
      },
      closeTrainerCancels() {
        set({ trainerCancelsDialog: null, repairProposal: null, repairApplied: null });
      },
      repairProposal: null,
      repairBusy: false,
      repairApplied: null,
      async trainerCancels(trainerId, start, end) {
        set({ repairBusy: true, repairApplied: null });
        try {
          const proposal = await client.invoke('solver.trainerCancels', { trainerId, start, end });
          // The proposal is judged and edited against the plan with the trainer marked unavailable.
          await reloadAll();
          set({ repairProposal: proposal });
          get().dismissError();
          return true;
        } catch (e) {
          get().reportFailure(e);
          await reloadAll();
          return false;
        } finally {
          set({ repairBusy: false });
        }
      },
      async acceptRepair(choice) {
        const proposal = get().repairProposal;
        if (!proposal) return;
        set({ repairBusy: true });
        try {
          const applied = await client.invoke('solver.applyRepair', { proposalId: proposal.proposalId, ...choice });
          set({ repairApplied: applied, repairProposal: null });
          if (!applied.applied) get().reportFailure(new Error(applied.message));
        } catch (e) {
          get().reportFailure(e);
        } finally {
          set({ repairBusy: false });
          await reloadAll();
        }
      },
    };
  };
