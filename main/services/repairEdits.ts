// A repair proposal as the planner settled it: the changes they left out keep
// the plan's current values, and the values they chose instead of the proposed
// ones are taken as their own decisions, locked like a hand edit (the solver
// must not undo them). Anything that names a session outside the proposal, an
// unknown room or trainer, or a date outside the term is refused in one line.
import type { OpParsedInput } from '../../shared/contract/operations';
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
  /** The plan to apply: `proposed`, less the changes left out, with the edits. */
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
 * Settles the proposal against `current`, the plan it was proposed for.
 * `changedIds`: the sessions the proposal changes, the only ones a choice may name.
 */
export function settleRepair(current: Plan, proposed: Plan, changedIds: ReadonlySet<string>, leaveOut: readonly string[], edits: readonly RepairEdit[]): SettledRepair {
  checkChoice(current, changedIds, leaveOut, edits);
  const now = new Map(current.sessions.map((s) => [s.id, s]));
  const left = new Set(leaveOut);
  const edit = new Map(edits.map((e) => [e.sessionId, e]));
  const locks = new Map<string, Lockable[]>();
  const sessions = proposed.sessions.map((p) => {
    const was = now.get(p.id);
    if (was && left.has(p.id)) return { ...p, date: was.date, roomId: was.roomId, trainerIds: [...was.trainerIds] };
    const e = edit.get(p.id);
    if (!e) return p;
    const lock: Lockable[] = [];
    if (e.date !== undefined) lock.push('date');
    if (e.room !== undefined) lock.push('room');
    if (e.trainers !== undefined) lock.push('trainers');
    locks.set(p.id, lock);
    return { ...p, date: e.date ?? p.date, roomId: e.room ?? p.roomId, trainerIds: e.trainers ? [...e.trainers] : p.trainerIds };
  });
  return { plan: { ...proposed, sessions }, locks };
}
