// A repair proposal as the planner is editing it: which changes they left out,
// and which values they chose instead of the proposed ones. The edited plan is
// judged by the same per-session check as the hover verdict, so the dialog can
// say at once whether it still breaks a hard rule, and which.
import { chosenValues, withPlannedValues, type PlannedPatch } from '../../../shared/contract/repairChoice';
import type { PlannedValues, RepairProposal } from '../../../shared/contract/solverResults';
import type { Plan } from '../../../shared/domain/schema';
import type { Language, Violation } from '../../../shared/rules/types';
import { buildPlanIndex, type PlanIndex } from '../calendar/verdict/planIndex';
import { verdictFor } from '../calendar/verdict/verdict';
import type { RepairChoice } from '../../store/solverSlice';

export type { PlannedPatch };

export interface RepairDraft {
  leftOut: ReadonlySet<string>;
  /** Only the values that differ from the proposed ones. */
  edits: ReadonlyMap<string, PlannedPatch>;
}

export const emptyDraft: RepairDraft = { leftOut: new Set(), edits: new Map() };

export function isEdited(draft: RepairDraft): boolean {
  return draft.leftOut.size > 0 || draft.edits.size > 0;
}

export function toggleLeftOut(draft: RepairDraft, sessionId: string): RepairDraft {
  const leftOut = new Set(draft.leftOut);
  if (!leftOut.delete(sessionId)) leftOut.add(sessionId);
  return { ...draft, leftOut };
}

const sameTrainers = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Sets one value of a change; choosing the proposed value again takes the edit back. */
export function editValue(draft: RepairDraft, proposed: PlannedValues, patch: PlannedPatch): RepairDraft {
  const next: PlannedPatch = { ...draft.edits.get(proposed.sessionId), ...patch };
  if (next.date === proposed.date) delete next.date;
  if (next.roomId === proposed.roomId) delete next.roomId;
  if (next.trainerIds && sameTrainers(next.trainerIds, proposed.trainerIds)) delete next.trainerIds;
  const edits = new Map(draft.edits);
  if (Object.keys(next).length === 0) edits.delete(proposed.sessionId);
  else edits.set(proposed.sessionId, next);
  return { ...draft, edits };
}

/** The values a change sets once the planner's edits are taken in. */
export function valuesOf(draft: RepairDraft, proposed: PlannedValues): PlannedValues {
  return { ...proposed, ...draft.edits.get(proposed.sessionId) };
}

/** The plan as it would be after accepting the edited proposal (the services apply the same). */
export function editedPlan(plan: Plan, proposed: readonly PlannedValues[], draft: RepairDraft): Plan {
  return withPlannedValues(plan, chosenValues(proposed, draft.leftOut, (id) => draft.edits.get(id)));
}

export interface DraftVerdict {
  index: PlanIndex;
  /** Hard violations per session of the proposal (its changes and the sessions that broke). */
  bySession: Map<string, Violation[]>;
  /** Each hard violation once. */
  all: Violation[];
}

/**
 * Judges the edited proposal. A violation the edit can cause involves a session
 * it changes or leaves out, and the sessions that broke are among those or were
 * left broken, so looking at them alone is looking at everything it touches.
 */
export function judgeDraft(plan: Plan, proposal: RepairProposal, draft: RepairDraft, language: Language): DraftVerdict {
  const index = buildPlanIndex(editedPlan(plan, proposal.proposed ?? [], draft));
  const ids = new Set([...proposal.changes.map((c) => c.sessionId), ...proposal.broken.map((b) => b.sessionId)]);
  const bySession = new Map<string, Violation[]>();
  const seen = new Map<string, Violation>();
  for (const id of ids) {
    const hard = verdictFor(index, id, {}, language).hard;
    bySession.set(id, hard);
    for (const v of hard) seen.set(`${v.rule}|${v.sessionIds.join()}|${v.trainerIds.join()}|${v.roomIds.join()}`, v);
  }
  return { index, bySession, all: [...seen.values()] };
}

/** What `solver.applyRepair` is told: the changes left out, and each edited session's own values. */
export function choiceOf(draft: RepairDraft): RepairChoice {
  return {
    leaveOut: [...draft.leftOut],
    edits: [...draft.edits]
      .filter(([id]) => !draft.leftOut.has(id))
      .map(([sessionId, e]) => ({
        sessionId,
        ...(e.date != null ? { date: e.date } : {}),
        ...(e.roomId != null ? { room: e.roomId } : {}),
        ...(e.trainerIds !== undefined ? { trainers: e.trainerIds } : {}),
      })),
  };
}
