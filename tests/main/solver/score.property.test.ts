import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { NONE, buildModel, toPlan, type Model } from '../../../main/solver/model';
import { RULE_NAMES, type RuleName } from '../../../main/solver/ruleIndex';
import { Scorer } from '../../../main/solver/score';
import { ChangeLog } from '../../../main/solver/changeLog';
import { createRng } from '../../../main/demo/random';
import { findVariables, impossibleSessions } from '../../../main/solver/variables';
import { clearSession } from '../../../main/solver/movesClear';
import { assignWithEviction, changeCohortTrainer, changeDate, changeRoom, changeTrainer, refreshUnassigned, ruinAndRecreate, shiftCohort, type MoveContext } from '../../../main/solver/moves';
import { exchangeCohortTrainers, swapRooms, swapTrainers } from '../../../main/solver/movesSwap';
import { bestCohortTrainer, bestExchange, bestRoom, bestSlotTrainer } from '../../../main/solver/movesBest';
import { ruinTrainers } from '../../../main/solver/movesKick';
import { checkPlan } from '../../../shared/rules/check';
import { RULES } from '../../../shared/rules/registry';
import { tightInstance } from './tightInstance';

// A move as fast-check draws it: a kind and three numbers read modulo the sizes.
type Move = [kind: number, a: number, b: number, c: number];
const moveArb = fc.tuple(fc.nat(6), fc.nat(), fc.nat(), fc.nat()) as fc.Arbitrary<Move>;

/** Applies a move through the scorer and returns how to take it back. */
function apply(m: Model, scorer: Scorer, [kind, a, b, c]: Move): () => void {
  const undo: (() => void)[] = [];
  const date = (s: number, d: number) => {
    const old = m.sDay[s]!;
    scorer.setDate(s, d);
    undo.push(() => scorer.setDate(s, old));
  };
  const room = (s: number, r: number) => {
    const old = m.sRoom[s]!;
    scorer.setRoom(s, r);
    undo.push(() => scorer.setRoom(s, old));
  };
  const trainer = (k: number, t: number) => {
    const old = m.slotTrainer[k]!;
    scorer.setTrainer(k, t);
    undo.push(() => scorer.setTrainer(k, old));
  };
  const S = m.sessionCount;
  const slots = m.slotTrainer.length;
  const orNone = (x: number, n: number) => (x % (n + 1) === n ? NONE : x % (n + 1));
  switch (kind) {
    case 0:
      date(a % S, orNone(b, m.dayCount));
      break;
    case 1:
      room(a % S, orNone(b, m.roomCount));
      break;
    case 2:
      trainer(a % slots, orNone(b, m.trainerCount));
      break;
    case 3: {
      const k1 = a % slots;
      const k2 = b % slots;
      const t1 = m.slotTrainer[k1]!;
      trainer(k1, m.slotTrainer[k2]!);
      trainer(k2, t1);
      break;
    }
    case 4: {
      const s1 = a % S;
      const s2 = b % S;
      const r1 = m.sRoom[s1]!;
      room(s1, m.sRoom[s2]!);
      room(s2, r1);
      break;
    }
    case 5: {
      // A whole cohort changes one trainer for another.
      const cohort = a % m.cohortCount;
      const from = b % m.trainerCount;
      const to = c % m.trainerCount;
      for (let i = m.cSessionStart[cohort]!; i < m.cSessionStart[cohort + 1]!; i++) {
        const s = m.cSessions[i]!;
        for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (m.slotTrainer[k] === from) trainer(k, to);
      }
      break;
    }
    default: {
      // A whole cohort's days shift by up to ±10 days.
      const cohort = a % m.cohortCount;
      const delta = (b % 21) - 10;
      for (let i = m.cSessionStart[cohort]!; i < m.cSessionStart[cohort + 1]!; i++) {
        const s = m.cSessions[i]!;
        const d = m.sDay[s]!;
        if (d !== NONE) date(s, Math.min(m.dayCount - 1, Math.max(0, d + delta)));
      }
    }
  }
  return () => {
    for (let i = undo.length - 1; i >= 0; i--) undo[i]!();
  };
}

const fired = new Set<RuleName>();
let unassignedSeen = false;

function expectAgreement(m: Model, scorer: Scorer, plan: Parameters<typeof toPlan>[1], baseline: typeof plan | undefined) {
  const result = checkPlan(toPlan(m, plan), { baseline });
  const totals = scorer.ruleTotals();
  for (const t of result.totals) expect({ rule: t.rule, penalty: totals[t.rule as RuleName] }).toEqual({ rule: t.rule, penalty: t.penalty });
  expect(scorer.score()).toEqual(result.score);
  for (const name of RULE_NAMES) if (totals[name] !== 0) fired.add(name);
  if (result.score.unassigned > 0) unassignedSeen = true;
}

/** Runs the search's own moves on tight plans; every other run is planned without a baseline when `baselines` is 'some'. */
function expectMovesAgree(moves: readonly ((x: MoveContext) => boolean)[], baselines: 'all' | 'some' = 'all', minMade = 30): void {
  // Each move must have changed something somewhere, or it was not tested.
  const madeBy = new Set<string>();
  // Every other run is crowded (rooms that fit everyone, one week of dates), where rooms can be traded.
  let run = 0;
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.tuple(fc.nat(moves.length - 1), fc.boolean()), { minLength: 90, maxLength: 90 }), (seed, steps) => {
      const tight = tightInstance(seed, { crowded: run % 2 === 1 });
      const { plan } = tight;
      // Without a baseline the best-of moves price candidates by their own terms, not by the scorer.
      const baseline = baselines === 'all' || run % 4 < 2 ? tight.baseline : undefined;
      run++;
      const m = buildModel(plan, baseline ? { baseline } : {});
      const scorer = new Scorer(m);
      const log = new ChangeLog(scorer);
      const vars = findVariables(m, 'optimise', impossibleSessions(m));
      const x = { log, vars, rng: createRng(seed), freed: new Int32Array(64), unassigned: new Int32Array(vars.sessions.length), unassignedCount: 0 };
      let made = 0;
      for (const [which, keep] of steps) {
        refreshUnassigned(x);
        const before = log.size;
        if (!moves[which]!(x)) continue;
        made++;
        if (log.size > before) madeBy.add(moves[which]!.name);
        expectAgreement(m, scorer, plan, baseline);
        if (keep) log.commit();
        else {
          log.undo();
          expectAgreement(m, scorer, plan, baseline);
        }
      }
      expect(made).toBeGreaterThan(minMade);
    }),
    { numRuns: 4, seed: 7, endOnFailure: true },
  );
  expect(moves.map((move) => move.name).filter((name) => !madeBy.has(name))).toEqual([]);
}

describe('incremental score', () => {
  it('knows every rule of the reference checker, in its order', () => {
    expect([...RULE_NAMES]).toEqual(RULES.map((r) => r.name));
  });

  it('equals the reference checker after every random move and every undo on tight plans', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(moveArb, { minLength: 120, maxLength: 120 }), fc.array(fc.nat(2).map((n) => n === 0), { minLength: 120, maxLength: 120 }), (seed, moves, undos) => {
        const { plan, baseline } = tightInstance(seed);
        const m = buildModel(plan, { baseline, spareTrainerSlots: 1 });
        const scorer = new Scorer(m);
        expectAgreement(m, scorer, plan, baseline);
        moves.forEach((move, i) => {
          const undo = apply(m, scorer, move);
          expectAgreement(m, scorer, plan, baseline);
          if (undos[i]) {
            undo();
            expectAgreement(m, scorer, plan, baseline);
          }
        });
        // The running totals also survive a rebuild from scratch.
        const running = scorer.score();
        scorer.rescore();
        expect(scorer.score()).toEqual(running);
      }),
      { numRuns: 8, seed: 4242, endOnFailure: true },
    );
  });

  it('equals the reference checker after each of the search’s own moves and after taking it back', () => {
    expectMovesAgree([changeTrainer, changeRoom, changeDate, changeCohortTrainer, shiftCohort, assignWithEviction, ruinAndRecreate, swapTrainers, exchangeCohortTrainers, swapRooms]);
  });

  it('equals the reference checker after a session’s values are cleared and after taking it back', () => {
    expectMovesAgree([clearSession], 'all', 10);
  });

  it('equals the reference checker after each best-of move and after taking it back', () => {
    // They refuse more often: on these crowded plans a candidate free on all the days is rare.
    expectMovesAgree([bestCohortTrainer, bestSlotTrainer, bestRoom, bestExchange, ruinTrainers], 'some', 2);
  });

  afterAll(() => {
    // A rule whose penalty never left zero would not have been tested.
    expect(RULE_NAMES.filter((name) => !fired.has(name))).toEqual([]);
    expect(unassignedSeen).toBe(true);
  });
});
