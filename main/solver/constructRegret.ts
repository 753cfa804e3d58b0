// Trainers for cohorts whose dates are already set (a planner locked them, or they
// came with the plan) and whose trainers are not: each such cohort goes whole to
// one trainer, the cohorts with most to lose first (regret insertion). The
// day-by-day construction gives each cohort the cheapest trainer still free in
// the order the cohorts come, so the first cohorts take the cheap local trainers
// that later ones had no substitute for; the search then spends seconds trading
// them back. Cohorts this leaves without a trainer go to the day-by-day
// construction as before.
import { onSession, trainerFree } from './availability';
import type { ChangeLog } from './changeLog';
import { NONE, type Model } from './model';
import { takerPrice } from './movesBest';
import type { SoftWeights } from '../../shared/rules/weights';
import type { Variables } from './variables';

/** A cohort taught by one trainer a day, every one of its dated days still without one. */
interface Unit {
  cohort: number;
  /** The first slot of each counted day; every slot of those days is empty and changeable. */
  slots: Int32Array;
  halves: number;
  best: number;
  bestPrice: number;
  second: number;
  secondPrice: number;
}

/**
 * Gives whole cohorts (dates set, trainers empty) to one trainer each, in regret
 * order: the cohort whose best trainer saves most over its second best goes
 * first. Not with a baseline weighed by stability (repair): the price here
 * leaves stability out, and a repaired plan's trainers are its own anyway.
 */
export function assignCohortsByRegret(log: ChangeLog, vars: Variables): void {
  const m = log.model;
  const w = log.scorer.weights;
  if (m.hasBaseline && w.stability > 0) return;
  const units: Unit[] = [];
  for (const c of vars.cohorts) {
    const unit = wholeEmptyCohort(m, vars, c);
    if (unit) units.push(unit);
  }
  for (const u of units) price(m, w, u);
  const open = units.filter((u) => u.best !== NONE);
  while (open.length > 0) {
    let pick = 0;
    for (let i = 1; i < open.length; i++) if (regret(open[i]!) > regret(open[pick]!)) pick = i;
    const u = open[pick]!;
    open[pick] = open[open.length - 1]!;
    open.pop();
    const t = u.best;
    for (const k of u.slots) log.setTrainer(k, t);
    log.commit();
    // Taking on a cohort only makes t dearer or busy, so only the cohorts that
    // counted on t as their best or second best need pricing again.
    for (let i = open.length - 1; i >= 0; i--) {
      const other = open[i]!;
      if (other.best !== t && other.second !== t) continue;
      price(m, w, other);
      if (other.best === NONE) {
        open[i] = open[open.length - 1]!;
        open.pop();
      }
    }
  }
}

/** What choosing its best trainer saves the cohort now, over the next best; a cohort with one choice left goes first. */
function regret(u: Unit): number {
  return u.second === NONE ? Infinity : u.secondPrice - u.bestPrice;
}

function wholeEmptyCohort(m: Model, vars: Variables, c: number): Unit | null {
  const slots: number[] = [];
  let halves = 0;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const s = m.cSessions[i]!;
    if (m.sDeferred[s]) continue;
    if (m.sDay[s] === NONE || m.sRequired[s] !== 1) return null;
    for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (!vars.canSlot[k] || m.slotTrainer[k] !== NONE) return null;
    // One slot a day: a day can have more (trainers once listed on it, since cleared), and the trainer goes on it once.
    slots.push(m.slotStart[s]!);
    halves += m.sHalves[s]!;
  }
  if (slots.length === 0) return null;
  return { cohort: c, slots: Int32Array.from(slots), halves, best: NONE, bestPrice: Infinity, second: NONE, secondPrice: Infinity };
}

/** Finds the unit's two cheapest trainers who are qualified and free on all of its days. */
function price(m: Model, w: SoftWeights, u: Unit): void {
  u.best = u.second = NONE;
  u.bestPrice = u.secondPrice = Infinity;
  const p = m.sTemplate[m.slotSession[u.slots[0]!]!]!;
  const region = m.cRegion[u.cohort]!;
  for (let j = m.tplQualifiedStart[p]!; j < m.tplQualifiedStart[p + 1]!; j++) {
    const t = m.tplQualified[j]!;
    if (!canTeachAll(m, t, u)) continue;
    const cost = takerPrice(m, w, t, region, u.halves);
    if (cost < u.bestPrice) {
      u.second = u.best;
      u.secondPrice = u.bestPrice;
      u.best = t;
      u.bestPrice = cost;
    } else if (cost < u.secondPrice) {
      u.second = t;
      u.secondPrice = cost;
    }
  }
}

function canTeachAll(m: Model, t: number, u: Unit): boolean {
  if (m.tLoad[t]! + u.halves > m.tAllowedHalves[t]!) return false;
  const T = m.trainerCount;
  for (const k of u.slots) {
    const s = m.slotSession[k]!;
    if (m.tplSkillMissing[m.sTemplate[s]! * T + t] || onSession(m, t, s) || !trainerFree(m, t, s, m.sDay[s]!)) return false;
  }
  return true;
}
