// An ejection chain of cohort trainers: cohort A takes trainer t from the one
// cohort B that keeps t busy on A's days, and B's days of t go to the trainer
// free on all of them who makes the plan cheapest. Exchanges trade two trainers
// and best-of moves only take free ones; a better plan often needs three or four
// cohorts to pass their trainers along (measured on the small demo with its dates
// locked: the search sat 0.9 % above the optimum for 10 s, one such rotation away).
// Every candidate t is tried on the scorer and taken back; the cheapest chain is
// then made through the change log, and late acceptance decides.
import * as model from './model';
import type { ChangeLog } from './changeLog';
import type { MoveContext } from './moves';
import { COHORT_CANDIDATES, canTakeAll, collectSlots, giveCollectedTo, handToBest } from './movesBest';
import { randomOf } from './randomOf';
import type { Variables } from './variables';

const { NONE } = model;

/** Trainers weighed per chain: each one costs a hand-over and its undo. */
const CHAIN_CANDIDATES = 24;

/** The one cohort other than c1 that keeps t busy on c1's days taught by t1, or NONE. */
function blockingCohort(log: ChangeLog, c1: number, t1: number, t: number): number {
  const m = log.model;
  const D = m.dayCount;
  let blocker = NONE;
  for (let i = m.cSessionStart[c1]!; i < m.cSessionStart[c1 + 1]!; i++) {
    const s = m.cSessions[i]!;
    const d = m.sDay[s]!;
    if (d === NONE) continue;
    let teaches = false;
    for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (m.slotTrainer[k] === t1) teaches = true;
    if (!teaches) continue;
    if (m.tUnavailable[t * D + d]) return NONE;
    for (let k = m.tdHead[t * D + d]!; k !== NONE; k = m.slotNext[k]!) {
      const c = m.sCohort[m.slotSession[k]!]!;
      if (c === c1 || (blocker !== NONE && c !== blocker)) return NONE;
      blocker = c;
    }
  }
  return blocker;
}

/**
 * Makes the chain for candidate t through the log: B's days of t to their best free
 * trainer, then A's days of t1 to t. Says whether both steps could be made (the
 * caller undoes what was made either way when it only wanted the cost).
 */
function makeChain(log: ChangeLog, vars: Variables, c1: number, t1: number, t: number, c2: number): boolean {
  const m = log.model;
  const [n2, halves2] = collectSlots(m, vars.canSlot, c2, t);
  if (n2 === 0) return false;
  const s2 = m.cSessions[m.cSessionStart[c2]!]!;
  if (!handToBest(log, c2, t, n2, halves2, m.sTemplate[s2]!, COHORT_CANDIDATES, 0)) return false;
  const [n1, halves1] = collectSlots(m, vars.canSlot, c1, t1);
  if (n1 === 0 || !canTakeAll(m, t, n1, halves1)) return false;
  giveCollectedTo(log, n1, t);
  return true;
}

export function bestChain(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  const scorer = log.scorer;
  if (vars.slots.length === 0) return false;
  const k0 = randomOf(rng, vars.slots);
  const t1 = m.slotTrainer[k0]!;
  const s0 = m.slotSession[k0]!;
  if (t1 === NONE || m.sDay[s0] === NONE) return false;
  const c1 = m.sCohort[s0]!;
  const p = m.sTemplate[s0]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qCount = m.tplQualifiedStart[p + 1]! - qFrom;
  if (qCount === 0) return false;
  const offset = Math.floor(rng.next() * qCount);
  const mark = log.size;
  let best = NONE;
  let bestBlocker = NONE;
  let bestCost = Infinity;
  for (let j = 0, tried = 0; j < qCount && tried < CHAIN_CANDIDATES; j++) {
    const t = m.tplQualified[qFrom + ((j + offset) % qCount)]!;
    if (t === t1) continue;
    const c2 = blockingCohort(log, c1, t1, t);
    if (c2 === NONE) continue;
    tried++;
    if (makeChain(log, vars, c1, t1, t, c2)) {
      const cost = scorer.cost();
      if (cost < bestCost) {
        bestCost = cost;
        best = t;
        bestBlocker = c2;
      }
    }
    log.undoTo(mark);
  }
  if (best === NONE) return false;
  return makeChain(log, vars, c1, t1, best, bestBlocker);
}
