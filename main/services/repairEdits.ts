// A repair proposal as the planner settled it: the changes they left out keep
// the plan's current values, and the values they chose instead of the proposed
// ones are taken as their own decisions, locked like a hand edit (the solver
// must not undo them). Anything that names a session outside the proposal, an
// unknown room or trainer, or a date outside the term is refused in one line.
import type { OpParsedInput } from '../../shared/contract/operations';
import { chosenValues, withPlannedValues, type PlannedPatch } from '../../shared/contract/repairChoice';
import type { PlannedValues } from '../../shared/contract/solverResults';
import type { Lockable, Plan } from '../../shared/domain/schema';
import { say, type Text } from './messages/say';
import { refuse } from './support';

const m = {
  notInProposal: (p: { field: string; id: string }): Text => ({
    en: `${p.field}: session "${p.id}" is not one of this proposal's changes`,
    da: `${p.field}: kursusdagen "${p.id}" er ikke en af forslagets ændringer`,
  }),
  leftOutAndEdited: (p: { id: string }): Text => ({
    en: `edits: session "${p.id}" is both left out and edited`,
    da: `edits: kursusdagen "${p.id}" er både udeladt og rettet`,
  }),
  editedTwice: (p: { id: string }): Text => ({
    en: `edits: session "${p.id}" is edited twice`,
    da: `edits: kursusdagen "${p.id}" er rettet to gange`,
  }),
  noRoom: (p: { id: string }): Text => ({
    en: `edits: there is no room with id "${p.id}"`,
    da: `edits: der er intet lokale med id "${p.id}"`,
  }),
  noTrainer: (p: { id: string }): Text => ({
    en: `edits: there is no trainer with id "${p.id}"`,
    da: `edits: der er ingen underviser med id "${p.id}"`,
  }),
  outsideTerm: (p: { date: string; start: string; end: string }): Text => ({
    en: `edits: ${p.date} is outside the term (${p.start} to ${p.end})`,
    da: `edits: ${p.date} ligger uden for terminen (${p.start} til ${p.end})`,
  }),
};

type ApplyRepairInput = OpParsedInput<'solver.applyRepair'>;
export type RepairEdit = ApplyRepairInput['edits'][number];

export interface SettledRepair {
  /** The plan to apply: the current plan with the proposed values, less the changes left out, with the edits. */
  plan: Plan;
  /** The values each edited session now holds locked. */
  locks: Map<string, Lockable[]>;
}

/** The proposed values of the changed sessions, in the order given. */
export function proposedValues(proposed: Plan, changedIds: readonly string[]): PlannedValues[] {
  const byId = new Map(proposed.sessions.map((s) => [s.id, s]));
  return changedIds.flatMap((id) => {
    const s = byId.get(id);
    return s ? [{ sessionId: id, date: s.date, roomId: s.roomId, trainerIds: [...s.trainerIds] }] : [];
  });
}

function checkChoice(current: Plan, changedIds: ReadonlySet<string>, leaveOut: readonly string[], edits: readonly RepairEdit[]): void {
  for (const id of leaveOut) if (!changedIds.has(id)) refuse(say(m.notInProposal({ field: 'leaveOut', id })));
  const left = new Set(leaveOut);
  const edited = new Set<string>();
  const rooms = new Set(current.rooms.map((r) => r.id));
  const trainers = new Set(current.trainers.map((t) => t.id));
  const { start, end } = current.term;
  for (const e of edits) {
    if (!changedIds.has(e.sessionId)) refuse(say(m.notInProposal({ field: 'edits', id: e.sessionId })));
    if (left.has(e.sessionId)) refuse(say(m.leftOutAndEdited({ id: e.sessionId })));
    if (edited.has(e.sessionId)) refuse(say(m.editedTwice({ id: e.sessionId })));
    edited.add(e.sessionId);
    if (e.room !== undefined && !rooms.has(e.room)) refuse(say(m.noRoom({ id: e.room })));
    for (const t of e.trainers ?? []) if (!trainers.has(t)) refuse(say(m.noTrainer({ id: t })));
    if (e.date !== undefined && (e.date < start || e.date > end)) refuse(say(m.outsideTerm({ date: e.date, start, end })));
  }
}

/**
 * Settles the proposal against `current`, the plan it was proposed for; `proposed`
 * holds one entry per changed session, the only sessions a choice may name.
 */
export function settleRepair(current: Plan, proposed: readonly PlannedValues[], leaveOut: readonly string[], edits: readonly RepairEdit[]): SettledRepair {
  checkChoice(current, new Set(proposed.map((p) => p.sessionId)), leaveOut, edits);
  const patches = new Map<string, PlannedPatch>();
  const locks = new Map<string, Lockable[]>();
  for (const e of edits) {
    const patch: PlannedPatch = {};
    const lock: Lockable[] = [];
    if (e.date !== undefined) {
      patch.date = e.date;
      lock.push('date');
    }
    if (e.room !== undefined) {
      patch.roomId = e.room;
      lock.push('room');
    }
    if (e.trainers !== undefined) {
      patch.trainerIds = [...e.trainers];
      lock.push('trainers');
    }
    patches.set(e.sessionId, patch);
    locks.set(e.sessionId, lock);
  }
  const plan = withPlannedValues(current, chosenValues(proposed, new Set(leaveOut), (id) => patches.get(id)));
  return { plan, locks };
}
