// The late-acceptance step the solver and repair share, driven by hand-made trainer
// changes on a constructed demo plan so each verdict comes from a known score.
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../main/demo/generate';
import { ChangeLog } from '../../../main/solver/changeLog';
import { construct, constructionOrder } from '../../../main/solver/construct';
import { LateAcceptance, Verdict } from '../../../main/solver/lateAcceptance';
import { buildModel, NONE } from '../../../main/solver/model';
import { Scorer } from '../../../main/solver/score';
import type { ScoreTriple } from '../../../main/solver/types';
import { findVariables, impossibleSessions, type Variables } from '../../../main/solver/variables';

const HISTORY = 4;

function constructed() {
  const { plan } = generateDemo({ size: 'small', seed: 3 });
  const m = buildModel(plan);
  const log = new ChangeLog(new Scorer(m));
  const vars = findVariables(m, 'optimise', impossibleSessions(m));
  construct(log, vars, constructionOrder(m, vars));
  log.commit();
  return { m, log, scorer: log.scorer, vars };
}

/** The first change of one trainer whose score, compared with now, is what `wanted` asks for; left undone. */
function findChange(log: ChangeLog, vars: Variables, wanted: (before: ScoreTriple, after: ScoreTriple) => boolean): { k: number; t: number } {
  const m = log.model;
  const before = log.scorer.score();
  for (const k of vars.slots) {
    if (m.slotTrainer[k] === NONE) continue;
    for (let t = 0; t < m.trainerCount; t++) {
      log.setTrainer(k, t);
      const after = log.scorer.score();
      log.undo();
      if (log.size === 0 && wanted(before, after)) return { k, t };
    }
  }
  throw new Error('no such change in the constructed plan');
}

const sameRulesAndAssigned = (a: ScoreTriple, b: ScoreTriple) => a.hard === b.hard && a.unassigned === b.unassigned;
const softer = (a: ScoreTriple, b: ScoreTriple) => sameRulesAndAssigned(a, b) && b.soft < a.soft;
const harder = (a: ScoreTriple, b: ScoreTriple) => sameRulesAndAssigned(a, b) && b.soft > a.soft;

describe('late acceptance', () => {
  it('takes back a move that leaves a session without its trainer, and the best stays', () => {
    const { m, log, scorer, vars } = constructed();
    const search = new LateAcceptance(log, HISTORY);
    const start = scorer.score();
    const k = vars.slots.find((slot) => m.slotTrainer[slot] !== NONE)!;
    const trainer = m.slotTrainer[k];
    log.setTrainer(k, NONE);
    expect(scorer.unassigned).toBe(start.unassigned + 1);

    expect(search.offer(0)).toBe(Verdict.rejected);
    expect(m.slotTrainer[k]).toBe(trainer);
    expect(scorer.score()).toEqual(start);
    expect(search.best).toEqual(start);
  });

  it('keeps a plan better by the soft goals as the new best, and turns down one worse than now and than its history', () => {
    const { m, log, scorer, vars } = constructed();
    const search = new LateAcceptance(log, HISTORY);
    const worse = findChange(log, vars, harder);
    log.setTrainer(worse.k, worse.t);
    expect(search.offer(0)).toBe(Verdict.rejected);
    expect(m.slotTrainer[worse.k]).not.toBe(worse.t);

    const better = findChange(log, vars, softer);
    log.setTrainer(better.k, better.t);
    const now = scorer.score();
    expect(search.offer(1)).toBe(Verdict.bestSofter);
    expect(log.size).toBe(0);
    expect(search.best).toEqual(now);
    expect(search.current).toBe(scorer.cost());
  });

  it('walks back up to a cost its history remembers, and restoreBest returns to the best plan', () => {
    const { m, log, scorer, vars } = constructed();
    const search = new LateAcceptance(log, HISTORY);
    const startCost = scorer.cost();
    const { k, t } = findChange(log, vars, softer);
    const original = m.slotTrainer[k]!;
    log.setTrainer(k, t);
    expect(search.offer(0)).toBe(Verdict.bestSofter);
    const best = scorer.score();

    // Worse than now, but no worse than the cost 1 step ago in its history (the start).
    log.setTrainer(k, original);
    expect(search.offer(1)).toBe(Verdict.accepted);
    expect(scorer.cost()).toBe(startCost);
    expect(m.slotTrainer[k]).toBe(original);
    expect(search.best).toEqual(best);

    expect(search.restoreBest()).toBe(true);
    expect(m.slotTrainer[k]).toBe(t);
    expect(scorer.score()).toEqual(best);
    expect(search.restoreBest()).toBe(false);
  });

  it('restarts its history from a plan with fewer sessions unassigned', () => {
    const { m, log, scorer, vars } = constructed();
    const k = vars.slots.find((slot) => m.slotTrainer[slot] !== NONE)!;
    const trainer = m.slotTrainer[k]!;
    log.setTrainer(k, NONE);
    log.commit();
    const search = new LateAcceptance(log, HISTORY);
    const startCost = scorer.cost();

    log.setTrainer(k, trainer);
    expect(search.offer(0)).toBe(Verdict.bestMended);
    expect(scorer.unassigned).toBe(search.best.unassigned);

    // Far cheaper than the start, but worse than every cost the new history holds.
    const worse = findChange(log, vars, harder);
    log.setTrainer(worse.k, worse.t);
    expect(scorer.cost()).toBeLessThan(startCost);
    expect(search.offer(1)).toBe(Verdict.rejected);
    expect(m.slotTrainer[worse.k]).not.toBe(worse.t);
  });

  it('restart keeps the kick the caller chose and starts its history afresh from it', () => {
    const { m, log, scorer, vars } = constructed();
    const search = new LateAcceptance(log, HISTORY);
    const cheaper = findChange(log, vars, softer);
    const original = m.slotTrainer[cheaper.k]!;
    log.setTrainer(cheaper.k, cheaper.t);
    search.restart();
    expect(log.size).toBe(0);
    const best = scorer.score();
    expect(search.best).toEqual(best);
    expect(search.current).toBe(scorer.cost());

    // Back to the start's cost, which the history held before the kick.
    log.setTrainer(cheaper.k, original);
    expect(search.offer(0)).toBe(Verdict.rejected);

    const worse = findChange(log, vars, harder);
    const before = m.slotTrainer[worse.k]!;
    log.setTrainer(worse.k, worse.t);
    search.restart();
    expect(m.slotTrainer[worse.k]).toBe(worse.t);
    expect(search.best).toEqual(best);
    expect(search.restoreBest()).toBe(true);
    expect(m.slotTrainer[worse.k]).toBe(before);
    expect(scorer.score()).toEqual(best);
  });
});
