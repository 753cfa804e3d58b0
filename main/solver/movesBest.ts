// Best-of moves: instead of one random candidate, every candidate that can be
// free is weighed and the cheapest is made. With continuity weighted far above
// travel and cost, the trainer of a cohort is the decision that matters; a random
// trainer out of hundreds is almost never free on all of the cohort's days, so
// random cohort moves are refused nearly always and the search stalls. Candidates
// are weighed by applying them to the scorer and taking them back, so the score
// they are chosen by is the scorer's exact one.
import { onSession, roomFree, trainerFree } from './availability';
import * as model from './model';
import type { Model } from './model';
import type { MoveContext } from './moves';
import type { Rng } from '../demo/random';

const { NONE, SLOT_FULL } = model;

/** Trainers weighed per cohort move: enough to cover most skills' whole list, bounded for the largest. */
const COHORT_CANDIDATES = 96;

/** Scratch shared by the moves (single-threaded search): the slots a cohort move hands over. */
let handed = new Int32Array(64);

function randomOf(rng: Rng, list: Int32Array, from = 0, to = list.length): number {
  return list[from + Math.floor(rng.next() * (to - from))]!;
}

/**
 * Collects cohort c's changeable, dated slots held by trainer `from` into `handed`;
 * returns how many, and the half days they weigh in the load (deferred days do not count).
 */
function collectSlots(m: Model, canSlot: Uint8Array, c: number, from: number): [count: number, halves: number] {
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
function canTakeAll(m: Model, t: number, n: number, halves: number): boolean {
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
 * Hands the n collected slots (all of cohort c, all held by `from`, or all empty
 * when `from` is NONE) to the candidate trainer that makes the plan cheapest.
 * Without a baseline, a candidate's price is worked out from the few terms that
 * depend on who takes the slots (cost, travel, fair load, whether the cohort gains
 * a trainer), everything else being the same for all of them; with a baseline
 * (stability) each candidate is applied to the scorer and taken back. Either way
 * the move is then made through the log, and the scorer's exact cost decides.
 */
function handToBest(x: MoveContext, c: number, from: number, n: number, halves: number, p: number, limit: number): boolean {
  const { log, rng } = x;
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
  const offset = Math.floor(rng.next() * qCount);
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
    } else {
      const load = m.tLoad[t]!;
      const fair = m.tFairHalves[t]!;
      cost =
        (w.cost * m.tCostUnits[t]! + w.travel * m.regionDistance[m.tRegion[t]! * REGION_COUNT + region]!) * halves +
        w.fairLoad * (Math.max(0, load + halves - fair) - Math.max(0, load - fair)) +
        (m.cTrainerCount[c * T + t] === 0 ? joining : 0);
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = t;
    }
  }
  if (best === NONE) return false;
  for (let i = 0; i < n; i++) log.setTrainer(handed[i]!, best);
  return true;
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
  return handToBest(x, c, from, n, halves, m.sTemplate[s0]!, COHORT_CANDIDATES);
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
  return handToBest(x, m.sCohort[s]!, m.slotTrainer[k]!, 1, m.sHalves[s]!, m.sTemplate[s]!, SLOT_CANDIDATES);
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
