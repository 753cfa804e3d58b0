// The solver behind the contract. A run happens in a worker thread; callers
// learn how it goes by polling `solver.status` (the same over IPC and HTTP, so
// there are no pushed events to wire per transport). When a run ends, its plan
// is applied in one store update — one undo step that changes only the
// sessions' planned values — unless the plan changed while it ran: then the
// result is discarded and the summary says why. Repairs are proposed first and
// applied only when the planner accepts them.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { HoldplanError } from '../../shared/domain/errors';
import type { Lockable, Plan } from '../../shared/domain/schema';
import type { Handlers } from '../../shared/contract/operations';
import type { PlannedValues, RepairProposal, SolveSummary, SolverMode, SolverProgress, SolverStatus } from '../../shared/contract/solverResults';
import type { Store } from '../store/types';
import type { RunOutcome, SolverJob } from '../solver/runJob';
import { startSolverRun, type RunEnd, type SolverRun } from '../solver/workerHost';
import { asOneStep } from './history';
import { currentLanguage, type Language } from './language';
import { solvingMessages as m } from './messages/solving';
import { say } from './messages/say';
import { proposedValues, settleRepair } from './repairEdits';
import { findById, indexById } from './support';

type SolverHandlers = Pick<Handlers, 'solver.start' | 'solver.status' | 'solver.cancel' | 'solver.trainerCancels' | 'solver.applyRepair'>;

export interface SolverServiceOptions {
  /** Starts a run; tests may run jobs differently. */
  startRun?: (job: SolverJob) => SolverRun;
  /** Time the repair of a trainer's cancellation may take, per pass. */
  repairSeconds?: number;
}

interface RunRecord {
  runId: string;
  mode: SolverMode;
  limitMs: number;
  run: SolverRun;
  state: SolverStatus['state'];
  progress: SolverProgress | null;
  summary: SolveSummary | null;
  error: string | null;
  /** Settles once the result has been applied or discarded. */
  settled: Promise<void>;
}

interface Proposal {
  fingerprint: string;
  /** The values it sets, one per changed session: the only sessions the planner may leave out or edit. */
  proposed: PlannedValues[];
}

const KEEP_RUNS = 20;
const KEEP_PROPOSALS = 20;
const DEFAULT_SEED = 1;

/** The whole plan as text: equal exactly when nothing in it changed. */
function fingerprint(plan: Plan): string {
  return JSON.stringify(plan);
}

class PlanChanged extends Error {}

/**
 * Writes the sessions' planned values of `result` into the store, if the plan is still the one the run started from.
 * `locks`: values the planner chose, locked on top of the session's own locks.
 */
async function applyPlanned(store: Store, label: string, startedFrom: string, result: Plan, locks?: ReadonlyMap<string, readonly Lockable[]>): Promise<number> {
  const planned = new Map(result.sessions.map((s) => [s.id, s]));
  return asOneStep(label, () =>
    store.update((draft) => {
      if (fingerprint(draft) !== startedFrom) throw new PlanChanged();
      let changed = 0;
      for (const s of draft.sessions) {
        const p = planned.get(s.id);
        if (!p) continue;
        if (s.date !== p.date || s.roomId !== p.roomId || s.trainerIds.join() !== p.trainerIds.join()) changed++;
        s.date = p.date;
        s.roomId = p.roomId;
        s.trainerIds = [...p.trainerIds];
        const lock = locks?.get(s.id);
        if (lock) s.locked = [...new Set([...s.locked, ...lock])];
      }
      return changed;
    }),
  );
}

function summaryOf(mode: SolverMode, outcome: RunOutcome, applied: boolean, notes: string[]): SolveSummary {
  return {
    mode,
    assigned: outcome.assigned,
    unassigned: outcome.unassigned,
    deferred: outcome.deferred,
    hard: outcome.score.hard,
    soft: outcome.soft,
    softTotal: outcome.score.soft,
    movesEvaluated: outcome.movesEvaluated,
    movesPerSecond: outcome.movesPerSecond,
    elapsedMs: Math.round(outcome.elapsedMs),
    changes: outcome.changes,
    applied,
    notes,
  };
}

function prune<K, V>(map: Map<K, V>, keep: number): void {
  for (const key of [...map.keys()].slice(0, Math.max(0, map.size - keep))) map.delete(key);
}

export function solverHandlers(store: Store, options: SolverServiceOptions = {}): SolverHandlers {
  const startRun = options.startRun ?? startSolverRun;
  const runs = new Map<string, RunRecord>();
  const proposals = new Map<string, Proposal>();
  // A run ends long after the operation that started it returned. Applying its
  // result from inside that operation's (finished) undo step would fold it into
  // a step that is never recorded, so results are applied outside any step.
  const outsideAnyStep = AsyncLocalStorage.snapshot();

  const statusOf = (r: RunRecord): SolverStatus => ({ runId: r.runId, state: r.state, progress: r.progress, summary: r.summary, error: r.error });
  const recordOf = (runId: string): RunRecord => {
    const r = runs.get(runId);
    if (!r) throw new HoldplanError('not-found', say(m.noRun({ runId })));
    return r;
  };

  // Runs after the operation that started the run has returned, so the language is the one it started in.
  const finish = async (r: RunRecord, end: RunEnd, startedFrom: string, language: Language): Promise<void> => {
    if (end.state === 'failed') {
      r.state = 'failed';
      r.error = m.failed({ error: end.error })[language];
      return;
    }
    const notes: string[] = [];
    if (end.outcome.repair) for (const c of end.outcome.repair.lockedConflicts) notes.push(m.lockedConflict(c)[language]);
    let applied = false;
    try {
      if (end.outcome.changes.length > 0) await applyPlanned(store, 'solver.start', startedFrom, end.outcome.plan);
      applied = true;
    } catch (e) {
      if (e instanceof PlanChanged) notes.unshift(m.planChangedDuringRun()[language]);
      else notes.unshift(m.notSaved({ error: e instanceof Error ? e.message : String(e) })[language]);
    }
    r.summary = summaryOf(r.mode, end.outcome, applied, notes);
    r.state = end.state;
  };

  return {
    async 'solver.start'({ mode, seconds, seed, stopWhenFeasible }) {
      const busy = [...runs.values()].find((r) => r.state === 'running');
      if (busy) throw new HoldplanError('conflict', say(m.busy()));
      const plan = store.read();
      const startedFrom = fingerprint(plan);
      const language = currentLanguage();
      const common = { plan, seconds, seed: seed ?? DEFAULT_SEED, language };
      const job: SolverJob = mode === 'repair' ? { kind: 'repair', ...common } : { kind: 'solve', ...common, mode, stopWhenFeasible };
      const runId = randomUUID();
      const run = startRun(job);
      // A repair runs up to two passes of the given time each.
      const limitMs = seconds * 1000 * (mode === 'repair' ? 2 : 1);
      const record: RunRecord = { runId, mode, limitMs, run, state: 'running', progress: null, summary: null, error: null, settled: Promise.resolve() };
      run.onProgress((p) => (record.progress = { ...p, limitMs }));
      record.settled = run.ended.then((end) => outsideAnyStep(() => finish(record, end, startedFrom, language)));
      runs.set(runId, record);
      prune(runs, KEEP_RUNS);
      return { runId };
    },

    async 'solver.status'({ runId }) {
      return statusOf(recordOf(runId));
    },

    async 'solver.cancel'({ runId }) {
      const r = recordOf(runId);
      if (r.state === 'running') {
        r.run.cancel();
        await r.settled;
      }
      return statusOf(r);
    },

    async 'solver.trainerCancels'({ trainerId, start, end }) {
      const trainer = findById(store.read().trainers, trainerId, 'trainer');
      await store.update((draft) => {
        const i = indexById(draft.trainers, trainerId, 'trainer');
        const t = draft.trainers[i]!;
        t.unavailable = [...t.unavailable, { start, end }];
      });
      const plan = store.read();
      const run = startRun({ kind: 'repair', plan, seconds: options.repairSeconds ?? 0.5, seed: DEFAULT_SEED, language: currentLanguage() });
      const ended = await run.ended;
      if (ended.state === 'failed') throw new Error(say(m.repairFailed({ trainer: trainer.name, error: ended.error })));
      const repair = ended.outcome.repair;
      if (!repair) throw new Error('the repair returned no proposal');
      const proposalId = randomUUID();
      const proposed = proposedValues(ended.outcome.plan, repair.changes.map((c) => c.sessionId));
      proposals.set(proposalId, { fingerprint: fingerprint(plan), proposed });
      prune(proposals, KEEP_PROPOSALS);
      const proposal: RepairProposal = {
        proposalId,
        broken: repair.broken,
        changes: repair.changes,
        lockedConflicts: repair.lockedConflicts,
        scoreBefore: repair.scoreBefore,
        scoreAfter: repair.scoreAfter,
        unassigned: repair.unassigned,
        proposed,
      };
      return proposal;
    },

    async 'solver.applyRepair'({ proposalId, leaveOut, edits }) {
      const proposal = proposals.get(proposalId);
      if (!proposal) throw new HoldplanError('not-found', say(m.proposalUnknown()));
      const outdated = { applied: false, changed: 0, message: say(m.proposalOutdated()) };
      // Said first: an edit naming what the change removed is refused for that reason.
      if (fingerprint(store.read()) !== proposal.fingerprint) {
        proposals.delete(proposalId);
        return outdated;
      }
      // A refused choice leaves the proposal open, so the planner can correct it.
      const settled = settleRepair(store.read(), proposal.proposed, leaveOut, edits);
      proposals.delete(proposalId);
      try {
        const changed = await applyPlanned(store, 'solver.applyRepair', proposal.fingerprint, settled.plan, settled.locks);
        return { applied: true, changed, message: '' };
      } catch (e) {
        if (e instanceof PlanChanged) return outdated;
        throw e;
      }
    },
  };
}
