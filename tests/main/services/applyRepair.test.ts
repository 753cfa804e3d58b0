// A planner edits a repair proposal before accepting it: leaves some changes
// out, puts their own choice of trainer on another, and can undo it all in one
// step. What they name must exist and be part of the proposal, or nothing changes.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { addDays } from '../../../shared/calendar/dates';
import type { HistoryStatus } from '../../../shared/contract/results';
import type { RepairApplied, RepairProposal } from '../../../shared/contract/solverResults';
import type { Plan, Session } from '../../../shared/domain/schema';
import { servicesOver, valueOf } from './harness';

const demo = generateDemo({ size: 'small', seed: 1 });

/** The trainer with the most dated sessions, and the middle one of those dates. */
function busiestTrainer(plan: Plan): { id: string; date: string } {
  const dates = new Map<string, string[]>();
  for (const s of plan.sessions) for (const t of s.trainerIds) if (s.date) dates.set(t, [...(dates.get(t) ?? []), s.date]);
  const [id, list] = [...dates].sort((a, b) => b[1].length - a[1].length)[0]!;
  return { id, date: list.sort()[Math.floor(list.length / 2)]! };
}

/** The busiest trainer of the planted demo cancels a week; the plan as it is then, and the proposal. */
async function cancelledWeek() {
  const services = servicesOver(demo.planted);
  const busy = busiestTrainer(demo.planted);
  const proposal = valueOf<RepairProposal>(
    await services.call('solver.trainerCancels', { trainerId: busy.id, start: busy.date, end: addDays(busy.date, 6) }),
  );
  expect(proposal.changes.length).toBeGreaterThanOrEqual(2);
  return { ...services, proposal, marked: structuredClone(services.store.read()), cancelledId: busy.id };
}

const sessionIn = (plan: Plan, id: string): Session => plan.sessions.find((s) => s.id === id)!;
const planned = (s: Session) => ({ date: s.date, roomId: s.roomId, trainerIds: s.trainerIds });

/** A trainer with every skill the session's day needs who is on neither the old nor the proposed list. */
function anotherQualifiedTrainer(plan: Plan, s: Session, proposed: string[]): string {
  const cohort = plan.cohorts.find((c) => c.id === s.cohortId)!;
  const day = plan.courses.find((c) => c.id === cohort.courseId)!.days[s.dayIndex]!;
  const found = plan.trainers.find((t) => day.skills.every((k) => t.skills.includes(k)) && !s.trainerIds.includes(t.id) && !proposed.includes(t.id));
  if (!found) throw new Error(`no other trainer can teach ${s.id}`);
  return found.id;
}

describe('editing a repair proposal before accepting it', () => {
  it('says which values each change proposes, in the order of the changes', async () => {
    const { proposal, marked } = await cancelledWeek();
    expect(proposal.proposed?.map((p) => p.sessionId)).toEqual(proposal.changes.map((c) => c.sessionId));
    for (const p of proposal.proposed ?? []) expect(planned(sessionIn(marked, p.sessionId))).not.toEqual({ date: p.date, roomId: p.roomId, trainerIds: p.trainerIds });
  }, 60_000);

  it('keeps a left-out session as it was, gives an edited one the chosen trainer locked, applies the rest, and undoes all in one step', async () => {
    const { call, store, proposal, marked } = await cancelledWeek();
    const [left, edited, ...rest] = proposal.proposed!;
    const editedBefore = sessionIn(marked, edited!.sessionId);
    const chosen = anotherQualifiedTrainer(marked, editedBefore, edited!.trainerIds);

    const applied = valueOf<RepairApplied>(
      await call('solver.applyRepair', { proposalId: proposal.proposalId, leaveOut: [left!.sessionId], edits: [{ sessionId: edited!.sessionId, trainers: [chosen] }] }),
    );

    expect(applied).toMatchObject({ applied: true, changed: proposal.changes.length - 1 });
    const after = store.read();
    expect(sessionIn(after, left!.sessionId)).toEqual(sessionIn(marked, left!.sessionId));
    const editedAfter = sessionIn(after, edited!.sessionId);
    expect(editedAfter.trainerIds).toEqual([chosen]);
    expect(editedAfter.date).toBe(edited!.date);
    expect(editedAfter.roomId).toBe(edited!.roomId);
    expect(editedAfter.locked).toEqual([...new Set([...editedBefore.locked, 'trainers'])]);
    for (const p of rest) {
      const s = sessionIn(after, p.sessionId);
      expect(planned(s)).toEqual({ date: p.date, roomId: p.roomId, trainerIds: p.trainerIds });
      expect(s.locked).toEqual(sessionIn(marked, p.sessionId).locked);
    }

    expect(valueOf<HistoryStatus>(await call('history.status')).undoLabel).toBe('solver.applyRepair');
    await call('history.undo');
    expect(store.read()).toEqual(marked);
  }, 60_000);

  it('locks an edited date and room as the planner set them', async () => {
    const { call, store, proposal, marked } = await cancelledWeek();
    const p = proposal.proposed!.find((x) => x.roomId !== null && x.date !== null)!;
    const room = marked.rooms.find((r) => r.id !== p.roomId)!;
    const date = addDays(p.date!, 7);
    valueOf(await call('solver.applyRepair', { proposalId: proposal.proposalId, edits: [{ sessionId: p.sessionId, date, room: room.id }] }));
    const s = sessionIn(store.read(), p.sessionId);
    expect(planned(s)).toEqual({ date, roomId: room.id, trainerIds: p.trainerIds });
    expect(s.locked).toEqual(expect.arrayContaining(['date', 'room']));
  }, 60_000);

  it('refuses an edit of a session outside the proposal, an unknown trainer or room, or a date outside the term, changing nothing', async () => {
    const { refused, call, store, proposal, marked } = await cancelledWeek();
    const [first, second] = proposal.proposed!;
    const outside = marked.sessions.find((s) => !proposal.changes.some((c) => c.sessionId === s.id))!;
    const base = { proposalId: proposal.proposalId };
    const cases: [unknown, RegExp][] = [
      [{ ...base, edits: [{ sessionId: outside.id, trainers: first!.trainerIds }] }, new RegExp(`session "${outside.id}" is not one of this proposal's changes`)],
      [{ ...base, leaveOut: [outside.id] }, /leaveOut: session .* is not one of this proposal's changes/],
      [{ ...base, edits: [{ sessionId: first!.sessionId, trainers: ['t-nobody'] }] }, /no trainer with id "t-nobody"/],
      [{ ...base, edits: [{ sessionId: first!.sessionId, room: 'r-nowhere' }] }, /no room with id "r-nowhere"/],
      [{ ...base, edits: [{ sessionId: first!.sessionId, date: addDays(marked.term.end, 3) }] }, /is outside the term/],
      [{ ...base, edits: [{ sessionId: first!.sessionId, date: '2027-02-30' }] }, /date/],
      [{ ...base, edits: [{ sessionId: first!.sessionId }] }, /changes nothing/],
      [{ ...base, edits: [{ sessionId: first!.sessionId, trainers: ['t-0001', 't-0001'] }] }, /names the same trainer twice/],
      [{ ...base, edits: [{ sessionId: first!.sessionId, trainerIds: ['t-0001'] }] }, /trainerIds/],
      [{ ...base, leaveOut: [second!.sessionId], edits: [{ sessionId: second!.sessionId, trainers: first!.trainerIds }] }, /both left out and edited/],
    ];
    for (const [input, message] of cases) {
      const r = await refused('solver.applyRepair', input);
      expect(r.error.message).toMatch(message);
      expect(r.error.message).not.toContain('\n');
      expect(r.saved).toBe(false);
      expect(r.after).toEqual(marked);
    }
    // In the Danish UI the refusal is Danish.
    valueOf(await call('app.setLanguage', { language: 'da' }));
    const danish = await refused('solver.applyRepair', { ...base, edits: [{ sessionId: first!.sessionId, trainers: ['t-nobody'] }] });
    expect(danish.error.message).toMatch(/der er ingen underviser med id "t-nobody"/);
    expect(danish.after).toEqual(marked);
    // A refused choice leaves the proposal open: the planner corrects it and accepts.
    const applied = valueOf<RepairApplied>(await call('solver.applyRepair', { ...base, leaveOut: [first!.sessionId] }));
    expect(applied).toMatchObject({ applied: true, changed: proposal.changes.length - 1 });
    expect(sessionIn(store.read(), first!.sessionId)).toEqual(sessionIn(marked, first!.sessionId));
  }, 60_000);

  it('is refused when the plan changed since the proposal, edits and all', async () => {
    const { call, store, proposal, cancelledId } = await cancelledWeek();
    valueOf(await call('trainers.update', { id: cancelledId, patch: { phone: '87654321' } }));
    const before = structuredClone(store.read());
    const p = proposal.proposed![0]!;
    const applied = valueOf<RepairApplied>(await call('solver.applyRepair', { proposalId: proposal.proposalId, edits: [{ sessionId: p.sessionId, trainers: p.trainerIds }] }));
    expect(applied.applied).toBe(false);
    expect(applied.message).toMatch(/changed after the repair was proposed/);
    expect(store.read()).toEqual(before);
  }, 60_000);
});
