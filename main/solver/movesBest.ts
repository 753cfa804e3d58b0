// Best-of moves: instead of one random candidate, every candidate that can be
// free is weighed and the cheapest is made. With continuity weighted far above
// travel and cost, the trainer of a cohort is the decision that matters; a random
// trainer out of hundreds is almost never free on all of the cohort's days, so
// random cohort moves are refused nearly always and the search stalls. Only
// candidates free on every day concerned are weighed (by the terms that differ
// between them, or on the scorer where that is simpler); the chosen one is then
// made through the change log, and the scorer's exact cost decides its acceptance.
import { onSession, roomFree, trainerFree } from './availability';
import * as model from './model';
import type { Model } from './model';
import type { ChangeLog } from './changeLog';
import type { MoveContext } from './moves';
import type { SoftWeights } from '../../shared/rules/weights';
import type { Variables } from './variables';
import { randomOf } from './randomOf';

const { NONE, SLOT_FULL } = model;

/** Trainers weighed per cohort move: enough to cover most skills' whole list, bounded for the largest. */
export const COHORT_CANDIDATES = 96;

/** Scratch shared by the moves (single-threaded search): the slots a cohort move hands over. */
let handed = new Int32Array(64);

/**
 * Collects cohort c's changeable, dated slots held by trainer `from` into `handed`;
 * returns how many, and the half days they weigh in the load (deferred days do not count).
 */
export function collectSlots(m: Model, canSlot: Uint8Array, c: number, from: number): [count: number, halves: number] {
  let n = 0;
  let halves = 0;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const s = m.cSessions[i]!;
    if (m.sDay[s] === NONE) continue;
    for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
      if (m.slotTrainer[k] !== from || !canSlot[k]) continue;
      if (n === handed.length) {
        const grown = new Int32Array(2 * n);
        grown.set(handed);
        handed = grown;
      }
      handed[n++] = k;
      if (!m.sDeferred[s]) halves += m.sHalves[s]!;
    }
  }
  return [n, halves];
}

/** Can trainer t take every handed slot without a clash, an absence, a missing skill or going over max days? */
export function canTakeAll(m: Model, t: number, n: number, halves: number): boolean {
  if (halves > 0 && m.tLoad[t]! + halves > m.tAllowedHalves[t]!) return false;
  const T = m.trainerCount;
  for (let i = 0; i < n; i++) {
    const k = handed[i]!;
    const s = m.slotSession[k]!;
    if (m.tplSkillMissing[m.sTemplate[s]! * T + t] || onSession(m, t, s) || !trainerFree(m, t, s, m.sDay[s]!)) return false;
  }
  return true;
}

const REGION_COUNT = 5;

/**
 * What trainer t adds to the plan's cost by taking `halves` half days in a region,
 * from the terms that depend on who takes them (fees, travel, fair load); the
 * cohort's continuity and stability are the caller's.
 */
export function takerPrice(m: Model, w: SoftWeights, t: number, region: number, halves: number): number {
  const load = m.tLoad[t]!;
  const fair = m.tFairHalves[t]!;
  return (
    (w.cost * m.tCostUnits[t]! + w.travel * m.regionDistance[m.tRegion[t]! * REGION_COUNT + region]!) * halves +
    w.fairLoad * (Math.max(0, load + halves - fair) - Math.max(0, load - fair))
  );
}

/**
 * Hands the n collected slots (all of cohort c, all held by `from`, or all empty
 * when `from` is NONE) to the candidate trainer that makes the plan cheapest.
 * Without a baseline, a candidate's price is worked out from the few terms that
 * depend on who takes the slots (cost, travel, fair load, whether the cohort gains
 * a trainer), everything else being the same for all of them; with a baseline
 * (stability) each candidate is applied to the scorer and taken back. Either way
 * the move is then made through the log, and the scorer's exact cost decides.
 */
export function handToBest(log: ChangeLog, c: number, from: number, n: number, halves: number, p: number, limit: number, start: number): boolean {
  const m = log.model;
  const scorer = log.scorer;
  const qFrom = m.tplQualifiedStart[p]!;
  const qCount = m.tplQualifiedStart[p + 1]! - qFrom;
  if (qCount === 0 || n === 0) return false;
  const T = m.trainerCount;
  const w = scorer.weights;
  const exact = m.hasBaseline && w.stability > 0;
  // Does the cohort lose `from` altogether? Then a newcomer only replaces them.
  let sessions = 0;
  for (let i = 0; i < n; i++) if (i === 0 || m.slotSession[handed[i]!] !== m.slotSession[handed[i - 1]!]) sessions++;
  const base = m.cDistinctTrainers[c]! - (from !== NONE && m.cTrainerCount[c * T + from] === sessions ? 1 : 0);
  const need = m.cNeeded[c]!;
  const joining = w.continuity * (Math.max(0, base + 1 - need) - Math.max(0, base - need));
  const region = m.cRegion[c]!;
  const offset = Math.floor(start * qCount);
  let best = NONE;
  let bestCost = Infinity;
  for (let j = 0, tried = 0; j < qCount && tried < limit; j++) {
    const t = m.tplQualified[qFrom + ((j + offset) % qCount)]!;
    if (t === from || !canTakeAll(m, t, n, halves)) continue;
    tried++;
    let cost: number;
    if (exact) {
      for (let i = 0; i < n; i++) scorer.setTrainer(handed[i]!, t);
      cost = scorer.cost();
      for (let i = n - 1; i >= 0; i--) scorer.setTrainer(handed[i]!, from);
    } else cost = takerPrice(m, w, t, region, halves) + (m.cTrainerCount[c * T + t] === 0 ? joining : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = t;
    }
  }
  if (best === NONE) return false;
  for (let i = 0; i < n; i++) log.setTrainer(handed[i]!, best);
  return true;
}

/** Gives the first n collected slots (collectSlots) to trainer t, through the log. */
export function giveCollectedTo(log: ChangeLog, n: number, t: number): void {
  for (let i = 0; i < n; i++) log.setTrainer(handed[i]!, t);
}

/** Trainers weighed per single-slot move. */
const SLOT_CANDIDATES = 64;

/**
 * One trainer of a cohort is handed over, on every day they teach it, to the
 * qualified trainer who is free on all those days and makes the plan cheapest
 * (continuity, travel, cost and load weighed together).
 */
export function bestCohortTrainer(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.slots.length === 0) return false;
  const k0 = randomOf(rng, vars.slots);
  const from = m.slotTrainer[k0]!;
  const s0 = m.slotSession[k0]!;
  if (from === NONE || m.sDay[s0] === NONE) return false;
  const c = m.sCohort[s0]!;
  const [n, halves] = collectSlots(m, vars.canSlot, c, from);
  return handToBest(log, c, from, n, halves, m.sTemplate[s0]!, COHORT_CANDIDATES, rng.next());
}

/**
 * After the construction placed cohort c: each of its trainers in turn hands all
 * their days of it to the trainer free on all of them who makes the plan cheapest,
 * when that is cheaper. Day-by-day filling takes the cheapest trainer of the first
 * day even when they are busy later; this puts the cohort back in one pair of hands.
 */
export function polishCohortTrainers(log: ChangeLog, vars: Variables, c: number): void {
  const m = log.model;
  const scorer = log.scorer;
  if (m.cDistinctTrainers[c]! > m.cNeeded[c]!) {
    const mark = log.size;
    const before = scorer.cost();
    if (wholeCohortToBest(log, vars, c, Infinity, 0) && scorer.cost() >= before) log.undoTo(mark);
  }
  const first = m.cSessionStart[c]!;
  const last = m.cSessionStart[c + 1]!;
  for (let i = first; i < last; i++) {
    const s0 = m.cSessions[i]!;
    for (let k = m.slotStart[s0]!; k < m.slotStart[s0 + 1]!; k++) {
      const from = m.slotTrainer[k]!;
      if (from === NONE || !vars.canSlot[k] || m.sDay[s0] === NONE) continue;
      const [n, halves] = collectSlots(m, vars.canSlot, c, from);
      // Only a trainer's first slot in the cohort starts a hand-over; later ones were weighed with it.
      if (handed[0] !== k) continue;
      const mark = log.size;
      const before = scorer.cost();
      if (handToBest(log, c, from, n, halves, m.sTemplate[s0]!, Infinity, 0) && scorer.cost() >= before) log.undoTo(mark);
    }
  }
}

/** One slot goes to the free qualified trainer that makes the plan cheapest. */
export function bestSlotTrainer(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.slots.length === 0) return false;
  const k = randomOf(rng, vars.slots);
  const s = m.slotSession[k]!;
  if (m.sDay[s] === NONE) return false;
  handed[0] = k;
  return handToBest(log, m.sCohort[s]!, m.slotTrainer[k]!, 1, m.sHalves[s]!, m.sTemplate[s]!, SLOT_CANDIDATES, rng.next());
}

function overlaps(a: number, b: number): boolean {
  return a === SLOT_FULL || b === SLOT_FULL || a === b;
}

function fits(m: Model, s: number, r: number): boolean {
  for (let i = m.sRoomCandStart[s]!; i < m.sRoomCandStart[s + 1]!; i++) if (m.sRoomCands[i] === r) return true;
  return false;
}

/**
 * One session's room becomes the fitting room that makes the plan cheapest: a
 * free one, or one held that day by a session that can take this session's room
 * in exchange.
 */
export function bestRoom(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  const scorer = log.scorer;
  if (vars.roomSessions.length === 0) return false;
  const s = randomOf(rng, vars.roomSessions);
  const d = m.sDay[s]!;
  const old = m.sRoom[s]!;
  if (d === NONE) return false;
  const slot = m.sSlot[s]!;
  let best = NONE;
  let bestOther = NONE;
  let bestCost = Infinity;
  for (let i = m.sRoomCandStart[s]!; i < m.sRoomCandStart[s + 1]!; i++) {
    const r = m.sRoomCands[i]!;
    if (r === old) continue;
    let other = NONE;
    if (!roomFree(m, r, s, d)) {
      if (old === NONE || m.rUnavailable[r * m.dayCount + d]) continue;
      // Exactly one changeable holder that fits the old room: the two trade.
      let holders = 0;
      for (let o = m.rdHead[r * m.dayCount + d]!; o !== NONE; o = m.sNext[o]!) {
        if (!overlaps(slot, m.sSlot[o]!)) continue;
        holders++;
        other = o;
      }
      if (holders !== 1 || !vars.canRoom[other] || !fits(m, other, old)) continue;
      scorer.setRoom(other, NONE);
    }
    scorer.setRoom(s, r);
    if (other !== NONE) scorer.setRoom(other, old);
    const cost = scorer.cost();
    if (other !== NONE) scorer.setRoom(other, NONE);
    scorer.setRoom(s, old);
    if (other !== NONE) scorer.setRoom(other, r);
    if (cost < bestCost) {
      bestCost = cost;
      best = r;
      bestOther = other;
    }
  }
  if (best === NONE) return false;
  if (bestOther !== NONE) log.setRoom(bestOther, NONE);
  log.setRoom(s, best);
  if (bestOther !== NONE) log.setRoom(bestOther, old);
  return true;
}

/** Trainers weighed per exchange move. */
const EXCHANGE_CANDIDATES = 48;
/** Scratch: the other cohort's slots in an exchange. */
let taken = new Int32Array(64);

/**
 * Collects cohort c's slots held by `t` into `taken`; returns how many, or −1 when
 * one of them may not change (then the exchange is off).
 */
function collectTaken(m: Model, canSlot: Uint8Array, c: number, t: number): number {
  let n = 0;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const s = m.cSessions[i]!;
    for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
      if (m.slotTrainer[k] !== t) continue;
      if (!canSlot[k]) return -1;
      if (n === taken.length) {
        const grown = new Int32Array(2 * n);
        grown.set(taken);
        taken = grown;
      }
      taken[n++] = k;
    }
  }
  return n;
}

/** Does trainer t have the skills of every listed slot's day and is not on its session yet? */
function qualifiedFor(m: Model, list: Int32Array, n: number, t: number): boolean {
  const T = m.trainerCount;
  for (let i = 0; i < n; i++) {
    const s = m.slotSession[list[i]!]!;
    if (m.tplSkillMissing[m.sTemplate[s]! * T + t] || onSession(m, t, s)) return false;
  }
  return true;
}

/**
 * Two cohorts trade trainers across all their days, the partner chosen as the
 * cheapest trade: for cohort c1 and its trainer t1, each qualified trainer t2 who
 * teaches exactly one other cohort c2 on c1's days is weighed trading c2 for c1
 * with t1. This is how a local trainer comes to a cohort taught from far away when
 * they are busy with a cohort the far trainer could teach.
 */
export function bestExchange(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  const scorer = log.scorer;
  if (vars.slots.length === 0) return false;
  const k0 = randomOf(rng, vars.slots);
  const t1 = m.slotTrainer[k0]!;
  const s0 = m.slotSession[k0]!;
  if (t1 === NONE || m.sDay[s0] === NONE) return false;
  const c1 = m.sCohort[s0]!;
  const [n1] = collectSlots(m, vars.canSlot, c1, t1);
  const p = m.sTemplate[s0]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qCount = m.tplQualifiedStart[p + 1]! - qFrom;
  if (qCount === 0 || n1 === 0) return false;
  const D = m.dayCount;
  const offset = Math.floor(rng.next() * qCount);
  let best = NONE;
  let bestPartner = NONE;
  let bestCost = Infinity;
  for (let j = 0, tried = 0; j < qCount && tried < EXCHANGE_CANDIDATES; j++) {
    const t2 = m.tplQualified[qFrom + ((j + offset) % qCount)]!;
    if (t2 === t1) continue;
    let c2 = NONE;
    let single = true;
    for (let i = 0; i < n1 && single; i++) {
      const d = m.sDay[m.slotSession[handed[i]!]!]!;
      for (let k = m.tdHead[t2 * D + d]!; k !== NONE; k = m.slotNext[k]!) {
        const c = m.sCohort[m.slotSession[k]!]!;
        if (c2 === NONE) c2 = c;
        else if (c !== c2) single = false;
      }
    }
    if (c2 === NONE || c2 === c1 || !single) continue;
    const n2 = collectTaken(m, vars.canSlot, c2, t2);
    if (n2 <= 0 || !qualifiedFor(m, handed, n1, t2) || !qualifiedFor(m, taken, n2, t1)) continue;
    tried++;
    for (let i = 0; i < n1; i++) scorer.setTrainer(handed[i]!, t2);
    for (let i = 0; i < n2; i++) scorer.setTrainer(taken[i]!, t1);
    const cost = scorer.cost();
    for (let i = n2 - 1; i >= 0; i--) scorer.setTrainer(taken[i]!, t2);
    for (let i = n1 - 1; i >= 0; i--) scorer.setTrainer(handed[i]!, t1);
    if (cost < bestCost) {
      bestCost = cost;
      best = t2;
      bestPartner = c2;
    }
  }
  if (best === NONE) return false;
  const n2 = collectTaken(m, vars.canSlot, bestPartner, best);
  for (let i = 0; i < n1; i++) log.setTrainer(handed[i]!, best);
  for (let i = 0; i < n2; i++) log.setTrainer(taken[i]!, t1);
  return true;
}

/** Trainers each slot had before a whole-cohort hand-over, to take a weighed candidate back. */
let handedOld = new Int32Array(64);

/**
 * Collects every changeable slot of cohort c, when all of its dated, counted days
 * need one trainer and every such slot may change (a cohort taught in pairs keeps
 * its pairs); returns how many and their half days, or −1.
 */
function collectWholeCohort(m: Model, canSlot: Uint8Array, c: number): [count: number, halves: number] {
  let n = 0;
  let halves = 0;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const s = m.cSessions[i]!;
    if (m.sDay[s] === NONE || m.sDeferred[s]) continue;
    if (m.sRequired[s] !== 1) return [-1, 0];
    for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
      if (!canSlot[k]) return [-1, 0];
      if (n === handed.length) {
        const grown = new Int32Array(2 * n);
        grown.set(handed);
        handed = grown;
      }
      if (handedOld.length < handed.length) {
        const grown = new Int32Array(handed.length);
        grown.set(handedOld);
        handedOld = grown;
      }
      handedOld[n] = m.slotTrainer[k]!;
      handed[n++] = k;
      halves += m.sHalves[s]!;
    }
  }
  return [n, halves];
}

/**
 * A cohort taught by one trainer a day, split between several, goes whole to the
 * trainer free on all its days who makes the plan cheapest. Handing one of its
 * trainers' days at a time cannot get there when no one of them is free on the
 * others' days: each half-step keeps the count of the cohort's trainers.
 * Weighed on the scorer (the cohort's old trainers differ slot by slot).
 */
export function wholeCohortToBest(log: ChangeLog, vars: Variables, c: number, limit: number, start: number): boolean {
  const m = log.model;
  const scorer = log.scorer;
  const [n, halves] = collectWholeCohort(m, vars.canSlot, c);
  if (n <= 1) return false;
  const p = m.sTemplate[m.slotSession[handed[0]!]!]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qCount = m.tplQualifiedStart[p + 1]! - qFrom;
  if (qCount === 0) return false;
  // The cohort's own trainers are on its sessions (canTakeAll refuses them): this move brings in a new one.
  for (let i = 0; i < n; i++) scorer.setTrainer(handed[i]!, NONE);
  const offset = Math.floor(start * qCount);
  let best = NONE;
  let bestCost = Infinity;
  for (let j = 0, tried = 0; j < qCount && tried < limit; j++) {
    const t = m.tplQualified[qFrom + ((j + offset) % qCount)]!;
    if (!canTakeAll(m, t, n, halves)) continue;
    tried++;
    for (let i = 0; i < n; i++) scorer.setTrainer(handed[i]!, t);
    const cost = scorer.cost();
    for (let i = n - 1; i >= 0; i--) scorer.setTrainer(handed[i]!, NONE);
    if (cost < bestCost) {
      bestCost = cost;
      best = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) scorer.setTrainer(handed[i]!, handedOld[i]!);
  if (best === NONE) return false;
  for (let i = 0; i < n; i++) log.setTrainer(handed[i]!, best);
  return true;
}

/** The move: a random cohort taught by several trainers goes whole to the best free one. */
export function bestWholeCohort(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.slots.length === 0) return false;
  const c = m.sCohort[m.slotSession[randomOf(rng, vars.slots)]!]!;
  if (m.cDistinctTrainers[c]! <= m.cNeeded[c]!) return false;
  return wholeCohortToBest(log, vars, c, COHORT_CANDIDATES, rng.next());
}

/**
 * A run of consecutive days of one cohort's trainer goes to the trainer free on
 * them who makes the plan cheapest: a cohort taught from far away by one trainer
 * can cost more in travel and fees than it saves in continuity, and no nearby
 * trainer may be free on all of its days.
 */
export function bestPartOfCohort(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.slots.length === 0) return false;
  const k0 = randomOf(rng, vars.slots);
  const from = m.slotTrainer[k0]!;
  const s0 = m.slotSession[k0]!;
  if (from === NONE || m.sDay[s0] === NONE) return false;
  const c = m.sCohort[s0]!;
  const [all] = collectSlots(m, vars.canSlot, c, from);
  if (all < 3) return false;
  const length = 2 + Math.floor(rng.next() * (all - 2));
  const first = Math.floor(rng.next() * (all - length + 1));
  let halves = 0;
  for (let i = 0; i < length; i++) {
    const k = handed[first + i]!;
    handed[i] = k;
    const s = m.slotSession[k]!;
    // Deferred days count towards no one's load, as in collectSlots.
    if (!m.sDeferred[s]) halves += m.sHalves[s]!;
  }
  return handToBest(log, c, from, length, halves, m.sTemplate[m.slotSession[handed[0]!]!]!, COHORT_CANDIDATES, rng.next());
}
