import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { createRng } from '../../../main/demo/random';
import { ChangeLog } from '../../../main/solver/changeLog';
import { construct, constructionOrder } from '../../../main/solver/construct';
import { buildModel, toPlan } from '../../../main/solver/model';
import type { MoveContext } from '../../../main/solver/moves';
import { bestCohortTrainer, bestExchange, bestPartOfCohort, bestRoom, bestSlotTrainer, bestWholeCohort } from '../../../main/solver/movesBest';
import { bestChain } from '../../../main/solver/movesChain';
import { ruinTrainers } from '../../../main/solver/movesKick';
import { Scorer } from '../../../main/solver/score';
import { findVariables, impossibleSessions } from '../../../main/solver/variables';
import { checkPlan } from '../../../shared/rules/check';

/** The small demo of `seed`, constructed and committed, with a move context whose picks follow `rngSeed`. */
function constructedPlan(seed: number, rngSeed: number) {
  const { plan } = generateDemo({ size: 'small', seed });
  const m = buildModel(plan);
  const scorer = new Scorer(m);
  const log = new ChangeLog(scorer);
  const vars = findVariables(m, 'optimise', impossibleSessions(m));
  construct(log, vars, constructionOrder(m, vars));
  log.commit();
  const x: MoveContext = { log, vars, rng: createRng(rngSeed), freed: new Int32Array(64), unassigned: new Int32Array(vars.sessions.length), unassignedCount: 0 };
  return { plan, m, scorer, log, x };
}

// The tight property-test plans rarely have a trainer free on all of a cohort's
// days; a constructed demo plan has many, so every best-of move gets made here.
describe('best-of moves on a constructed demo plan', () => {
  const moves = [bestCohortTrainer, bestSlotTrainer, bestRoom, bestExchange, bestChain, bestWholeCohort, bestPartOfCohort, ruinTrainers];

  for (const move of moves) {
    it(`${move.name} keeps the incremental score equal to the checker's, made and taken back`, () => {
      const { plan, m, scorer, log, x } = constructedPlan(3, 11);
      let made = 0;
      for (let step = 0; step < 400 && made < 12; step++) {
        if (!move(x) || log.size === 0) {
          log.undo();
          continue;
        }
        made++;
        expect(scorer.score()).toEqual(checkPlan(toPlan(m, plan)).score);
        if (made % 2 === 0) log.commit();
        else {
          log.undo();
          expect(scorer.score()).toEqual(checkPlan(toPlan(m, plan)).score);
        }
      }
      // A whole-cohort hand-over needs a cohort split between trainers: rarer after the construction.
      expect(made).toBeGreaterThanOrEqual(4);
    });
  }

  it('never gives a trainer a day they are booked or away: a constructed plan stays free of hard violations', () => {
    const { plan, m, scorer, log, x } = constructedPlan(4, 5);
    expect(scorer.hard).toBe(0);
    for (let step = 0; step < 300; step++) {
      if ([bestCohortTrainer, bestWholeCohort, bestPartOfCohort, bestSlotTrainer, bestChain][step % 5]!(x)) log.commit();
      else log.undo();
    }
    expect(checkPlan(toPlan(m, plan)).score.hard).toBe(0);
  });
});
