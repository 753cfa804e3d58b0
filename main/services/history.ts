// Undo and redo for every change, kept beside the store rather than in each
// service: `withHistory(store)` records, for each step, what turns the plan
// after it back into the plan before it. A step is one operation: createServices
// runs every handler inside `asOneStep`, so an operation that writes several
// times (or a solver run applying hundreds of sessions, if it wraps its writes
// in `asOneStep`) is undone as a whole. An update outside any step is a step of
// its own. Undo and redo are store updates themselves, so they are saved
// durably, validated, and refused on a read-only store.
import { AsyncLocalStorage } from 'node:async_hooks';
import { HoldplanError } from '../../shared/domain/errors';
import type { Plan } from '../../shared/domain/schema';
import type { HistoryStatus } from '../../shared/contract/results';
import type { Handlers, OpName } from '../../shared/contract/operations';
import type { Store } from '../store/types';
import { generalMessages as m } from './messages/general';
import { say, type Text } from './messages/say';
import { applyPatch, patchBetween, type PlanPatch } from './planPatch';

export const HISTORY_LIMIT = 100;

/** What a step is called when it was not made inside `asOneStep`. */
const UNNAMED_STEP = 'change';

interface Step {
  label: string;
  /** Applied to the plan after the step, gives the plan before it (or the reverse, on the redo stack). */
  patch: PlanPatch;
}

interface StepInProgress {
  label: string;
  /** The plan just before the step's first write; set by that write. */
  before: Plan | null;
  history: HistoryRecorder | null;
}

const currentStep = new AsyncLocalStorage<StepInProgress>();

interface HistoryRecorder {
  record(label: string, before: Plan): void;
}

export interface History {
  status(): HistoryStatus;
  undo(): Promise<HistoryStatus>;
  redo(): Promise<HistoryStatus>;
}

export interface HistoryStore extends Store {
  readonly history: History;
}

/**
 * Runs `work` so that every store write inside it, however many, becomes one
 * undo step called `label`. Nested calls join the outer step. Writes made by
 * other callers while `work` runs fall into the same step, because the step is
 * the difference between the plan before its first write and after `work`.
 */
export async function asOneStep<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (currentStep.getStore()) return work();
  const step: StepInProgress = { label, before: null, history: null };
  try {
    return await currentStep.run(step, work);
  } finally {
    if (step.before && step.history) step.history.record(step.label, step.before);
  }
}

export function withHistory(inner: Store, limit = HISTORY_LIMIT): HistoryStore {
  const undoStack: Step[] = [];
  const redoStack: Step[] = [];

  const recorder: HistoryRecorder = {
    record(label, before) {
      const patch = patchBetween(inner.read(), before);
      if (patch.size === 0) return;
      undoStack.push({ label, patch });
      if (undoStack.length > limit) undoStack.splice(0, undoStack.length - limit);
      redoStack.length = 0;
    },
  };

  const status = (): HistoryStatus => ({
    canUndo: undoStack.length > 0,
    canRedo: redoStack.length > 0,
    undoLabel: undoStack.at(-1)?.label ?? null,
    redoLabel: redoStack.at(-1)?.label ?? null,
  });

  /** Moves the top step of `from` to `to`, applying it in one store update. */
  const travel = async (from: Step[], to: Step[], nothing: Text): Promise<HistoryStatus> => {
    const step = from.pop();
    if (!step) throw new HoldplanError('conflict', say(nothing));
    try {
      const back = await inner.update((draft) => {
        const current = inner.read();
        applyPatch(draft, step.patch);
        return patchBetween(draft, current);
      });
      to.push({ label: step.label, patch: back });
    } catch (e) {
      from.push(step);
      throw e;
    }
    return status();
  };

  const update = <T>(change: (draft: Plan) => T): Promise<T> => {
    const step = currentStep.getStore();
    if (!step) return asOneStep(UNNAMED_STEP, () => update(change));
    return inner.update((draft) => {
      if (!step.before) {
        step.before = inner.read();
        step.history = recorder;
      }
      return change(draft);
    });
  };

  return {
    get path() {
      return inner.path;
    },
    read: () => inner.read(),
    update,
    status: () => inner.status(),
    close: () => inner.close(),
    history: {
      status,
      undo: () => travel(undoStack, redoStack, m.nothingToUndo()),
      redo: () => travel(redoStack, undoStack, m.nothingToRedo()),
    },
  };
}

type HistoryHandlers = Pick<Handlers, 'history.status' | 'history.undo' | 'history.redo'>;

export function historyHandlers(history: History): HistoryHandlers {
  return {
    'history.status': async () => history.status(),
    'history.undo': () => history.undo(),
    'history.redo': () => history.redo(),
  };
}

/** Each operation is one undo step named after it; the history's own operations are not steps. */
export function eachOperationOneStep(handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [OpName, (input: unknown) => Promise<unknown>][]) {
    wrapped[name] = name.startsWith('history.') ? handler : (input) => asOneStep(name, () => handler(input));
  }
  return wrapped as Handlers;
}
