// The Danish UI gets the checker's reasons in Danish: the store asks plan.check in
// the UI's language, and the hover verdict (run in the renderer) speaks it too.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/store/createAppStore';
import { buildPlanIndex } from '../../renderer/features/calendar/verdict/planIndex';
import { verdictFor } from '../../renderer/features/calendar/verdict/verdict';
import { dateChoices } from '../../renderer/features/sessions/choices';
import type { HoldplanClient, OpName } from '../../shared/contract/operations';
import { plannedPlan, withChange } from '../shared/rules/fixtures';

function recordingStore() {
  const calls: { name: OpName; input: unknown }[] = [];
  const client: HoldplanClient = {
    async invoke(name, input) {
      calls.push({ name, input });
      return { score: { hard: 0, unassigned: 0, soft: 0 }, violations: [], totals: [], assignedSessionIds: [], unassignedSessionIds: [], deferredSessionIds: [] } as never;
    },
  };
  return { store: createAppStore(client, { language: 'da' }), checks: () => calls.filter((c) => c.name === 'plan.check').map((c) => c.input) };
}

describe("the check in the UI's language", () => {
  it('asks plan.check in Danish for the conflict panel and the calendar marks, and in English after a switch', async () => {
    const { store, checks } = recordingStore();
    await store.getState().refreshConflicts();
    await store.getState().refreshPlanCheck();
    store.getState().setLanguage('en');
    await store.getState().refreshConflicts();
    expect(checks()).toEqual([{ language: 'da' }, { language: 'da' }, { language: 'en' }]);
  });

  // Ane Holm is away the week of 18 January; Aalborg PPR hold 1's second day moves onto the Tuesday.
  const away = withChange(plannedPlan(), (p) => p.trainers[0]!.unavailable.push({ start: '2027-01-18', end: '2027-01-22' }));
  const index = buildPlanIndex(away);

  it('gives the hover verdict in Danish with a Danish date, in English by default', () => {
    expect(verdictFor(index, 'ppr-2', { date: '2027-01-19' }, 'da').hard.map((v) => v.justification)).toEqual([
      'Ane Holm er utilgængelig tir. 19. jan. 2027, men er sat på Aalborg PPR hold 1, dag 2.',
    ]);
    expect(verdictFor(index, 'ppr-2', { date: '2027-01-19' }).hard.map((v) => v.justification)).toEqual([
      'Ane Holm is unavailable on Tue 19 Jan 2027 but is booked for Aalborg PPR hold 1, day 2.',
    ]);
  });

  it("explains the details panel's refused dates in Danish", () => {
    const refused = dateChoices(index, away.sessions.find((s) => s.id === 'ppr-2')!, 'da').find((c) => c.value === '2027-01-19')!;
    expect(refused.broken.map((v) => v.justification)).toContain('Ane Holm er utilgængelig tir. 19. jan. 2027, men er sat på Aalborg PPR hold 1, dag 2.');
  });
});
