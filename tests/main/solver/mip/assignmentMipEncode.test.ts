// The encoder writes any plan as a point of the MIP: every row must hold there
// (the split cut included, or a valid plan would be cut off) and the objective must
// be the checker's soft penalty less the goals that are constant with dates fixed.
// Checked by evaluating the LP text itself, on plans with one trainer per cohort,
// forced splits, two-trainer days and partly staffed sessions.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../../main/demo/generate';
import { createRng } from '../../../../main/demo/random';
import { buildAssignmentMip } from '../../../../main/solver/mip/assignmentMip';
import type { Plan } from '../../../../shared/domain/schema';
import { checkPlan } from '../../../../shared/rules/check';
import { plannedPlan, withChange } from '../../../shared/rules/fixtures';

type Values = ReadonlyMap<string, number>;

function linear(text: string, values: Values): number {
  let sum = 0;
  for (const m of text.matchAll(/([+-])\s*(\d+(?:\.\d+)?(?:e[+-]?\d+)?\s+)?([A-Za-z_][A-Za-z0-9_.]*)/g)) {
    sum += (m[1] === '-' ? -1 : 1) * (m[2] ? Number(m[2]) : 1) * (values.get(m[3]!) ?? 0);
  }
  return sum;
}

/** The rows of an LP text that the values break, by name. */
function brokenRows(lp: string, values: Values): string[] {
  const body = lp.slice(lp.indexOf('Subject To') + 'Subject To'.length, lp.indexOf('\nBounds'));
  const broken: string[] = [];
  for (const row of body.split(/\n(?= \S)/).filter((r) => r.trim() !== '')) {
    const m = /^\s*(\S+):([\s\S]*)\s(<=|>=|=)\s*(\S+)\s*$/.exec(row);
    if (!m) throw new Error(`unreadable row ${row}`);
    const lhs = linear(m[2]!, values);
    const rhs = Number(m[4]);
    const holds = m[3] === '<=' ? lhs <= rhs + 1e-9 : m[3] === '>=' ? lhs >= rhs - 1e-9 : Math.abs(lhs - rhs) < 1e-9;
    if (!holds) broken.push(m[1]!);
  }
  return broken;
}

function expectEncodedExactly(plan: Plan): void {
  const mip = buildAssignmentMip(plan);
  const values = mip.encode(plan);
  expect(brokenRows(mip.lp, values)).toEqual([]);
  const objective = linear(mip.lp.slice(mip.lp.indexOf('obj:') + 4, mip.lp.indexOf('Subject To')), values);
  const check = checkPlan(mip.decode(values));
  const modelled = check.totals.filter((t) => t.level === 'soft' && !mip.constantGoals.includes(t.rule)).reduce((sum, t) => sum + t.penalty, 0);
  expect(objective - mip.unassigned(values) * mip.unassignedCost).toBeCloseTo(modelled, 6);
}

describe('the MIP at an encoded plan', () => {
  it('holds every row and costs the checker’s soft penalty on the small fixture, whole and split', () => {
    expectEncodedExactly(plannedPlan());
    expectEncodedExactly(withChange(plannedPlan(), (p) => {
      const day = p.sessions.find((s) => s.id === 'ppr-2');
      if (day) day.trainerIds = ['t-eva'];
    }));
  });

  for (const seed of [1, 2, 3]) {
    it(`holds every row at the planted plan of small demo ${seed}, and with some days partly staffed`, () => {
      const { planted } = generateDemo({ size: 'small', seed });
      expectEncodedExactly(planted);
      const rng = createRng(seed);
      expectEncodedExactly(withChange(planted, (p) => {
        for (const s of p.sessions) if (rng.next() < 0.08) s.trainerIds = s.trainerIds.slice(1);
      }));
    });
  }

  it('includes days that need two trainers', () => {
    const { planted } = generateDemo({ size: 'small', seed: 1 });
    expect(planted.courses.some((c) => c.days.some((d) => d.trainers > 1))).toBe(true);
  });
});
