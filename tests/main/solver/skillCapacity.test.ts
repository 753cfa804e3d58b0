// The proof that some sessions stay unassigned in every plan: the trainers with a
// skill set have fewer days than the sessions only they can teach. Fixture
// (tests/shared/rules/fixtures): laeringsledelse days ppr-1, ppr-2 (am), ppr-3 need
// 2.5 days from Ane or Eva; ledelse days glu-1, glu-2, site-1, site-2 need 4 from
// Ane or Bo; everyone may teach 40 days.
import { describe, expect, it } from 'vitest';
import { leastUnassigned, skillShortfall } from '../../../main/solver/skillCapacity';
import type { Plan } from '../../../shared/domain/schema';
import { buildContext } from '../../../shared/rules/context';
import { DEFAULT_WEIGHTS } from '../../../shared/rules/weights';
import { plannedPlan, withChange } from '../../shared/rules/fixtures';

const ctxOf = (plan: Plan) => buildContext(plan, { weights: DEFAULT_WEIGHTS });

function withTrainers(change: Record<string, { maxDays?: number; away?: boolean }>): Plan {
  return withChange(plannedPlan(), (p) => {
    for (const t of p.trainers) {
      const c = change[t.id];
      if (c?.maxDays !== undefined) t.maxDays = c.maxDays;
      if (c?.away) t.unavailable = [{ start: p.term.start, end: p.term.end }];
    }
  });
}

const trainersOf = (plan: Plan, ids: string[]) => plan.trainers.filter((t) => ids.includes(t.id));

describe('sessions no plan can assign for want of trainer days', () => {
  it('finds none when the trainers have days to spare', () => {
    expect(leastUnassigned(ctxOf(plannedPlan()))).toBe(0);
  });

  it('counts a half day short as one session, since a whole day must then stay open', () => {
    const plan = withTrainers({ 't-ane': { maxDays: 1 }, 't-eva': { maxDays: 1 } });
    expect(leastUnassigned(ctxOf(plan))).toBe(1);
    expect(skillShortfall(ctxOf(plan), trainersOf(plan, ['t-ane', 't-eva']))).toEqual({ capacity: 2, demand: 2.5 });
  });

  it('gives a trainer who is away the whole term no days, whatever their maximum', () => {
    const plan = withTrainers({ 't-ane': { maxDays: 0.5 }, 't-eva': { away: true } });
    expect(skillShortfall(ctxOf(plan), trainersOf(plan, ['t-ane', 't-eva']))).toEqual({ capacity: 0.5, demand: 2.5 });
    expect(leastUnassigned(ctxOf(plan))).toBe(2);
  });

  it('takes the shortest skill set: ledelse lacks 2 days while laeringsledelse has Eva to spare', () => {
    const plan = withTrainers({ 't-ane': { maxDays: 1 }, 't-bo': { maxDays: 1 } });
    expect(skillShortfall(ctxOf(plan), trainersOf(plan, ['t-ane', 't-eva']))).toBeNull();
    expect(leastUnassigned(ctxOf(plan))).toBe(2);
  });

  it('leaves out days whose trainers are locked: they wait for no one, whoever is away', () => {
    // Bo is away all term yet locked on both GLU days; only the site days need Ane or Bo.
    const plan = withChange(withTrainers({ 't-ane': { maxDays: 1 }, 't-bo': { away: true } }), (p) => {
      for (const s of p.sessions) if (s.id === 'glu-1' || s.id === 'glu-2') s.locked = ['trainers'];
    });
    expect(leastUnassigned(ctxOf(plan))).toBe(1);
    expect(skillShortfall(ctxOf(plan), trainersOf(plan, ['t-ane', 't-bo']))).toEqual({ capacity: 1, demand: 2 });
  });
});
