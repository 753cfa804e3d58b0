// Accepting an edited repair: what the planner left out stays as it is now, what
// they edited takes their value, everything else takes the proposal's value, and
// no session outside the proposal moves.
import { describe, expect, it } from 'vitest';
import { chosenValues, withPlannedValues } from '../../../shared/contract/repairChoice';
import type { PlannedValues } from '../../../shared/contract/solverResults';
import { generateDemo } from '../../../main/demo/generate';

const { plan } = generateDemo({ size: 'small', seed: 1 });
const [a, b, c, untouched] = plan.sessions;
const proposed: PlannedValues[] = [a!, b!, c!].map((s, i) => ({ sessionId: s.id, date: `2027-02-0${i + 1}`, roomId: plan.rooms[i]!.id, trainerIds: [plan.trainers[i]!.id] }));

describe('accepting an edited repair proposal', () => {
  it('keeps a left-out change as it is now, takes the planner’s value over the proposal’s, and the proposal’s value elsewhere', () => {
    const other = plan.trainers[9]!.id;
    const values = chosenValues(proposed, new Set([a!.id]), (id) => (id === b!.id ? { trainerIds: [other] } : undefined));
    const after = withPlannedValues(plan, values);
    const byId = new Map(after.sessions.map((s) => [s.id, s]));
    expect(byId.get(a!.id)).toEqual(a);
    expect(byId.get(b!.id)).toMatchObject({ date: proposed[1]!.date, roomId: proposed[1]!.roomId, trainerIds: [other] });
    expect(byId.get(c!.id)).toMatchObject({ date: proposed[2]!.date, roomId: proposed[2]!.roomId, trainerIds: proposed[2]!.trainerIds });
    expect(byId.get(untouched!.id)).toEqual(untouched);
  });

  it('changes nothing in the plan it is given, and nothing at all when every change is left out', () => {
    const before = structuredClone(plan);
    const after = withPlannedValues(plan, chosenValues(proposed, new Set(proposed.map((p) => p.sessionId)), () => undefined));
    expect(after.sessions).toEqual(before.sessions);
    withPlannedValues(plan, chosenValues(proposed, new Set(), () => undefined));
    expect(plan).toEqual(before);
  });
});
