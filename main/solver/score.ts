// Incremental scoring over the packed model. The score (hard, unassigned, soft)
// and every rule's penalty are kept up to date as planned values change: a
// change first takes out the contributions of what it touches (a session's date
// terms, room terms, trainer terms, status, its cohort's sequence), sets the
// value, and puts them back. A move is evaluated by applying it, reading the
// score, and undoing it — each step touching only a handful of array cells, so
// the plan is never rescored. The reference checker (shared/rules) defines every
// term; the property tests hold the two together.
import { resolveWeights, type SoftWeights } from '../../shared/rules/weights';
import * as model from './model';
import type { Model } from './model';
import * as ruleIndex from './ruleIndex';
import type { RuleName } from './ruleIndex';

// Copied into local constants once: module bindings compiled as getters are slow in the hot loop.
const { NONE, NOT_IN_BASELINE, SLOT_FULL } = model;
const {
  FIRST_SOFT,
  RULE_COUNT,
  RULE_NAMES,
  R_COHORT_UNAVAILABLE,
  R_CONTINUITY,
  R_COST,
  R_FAIR_LOAD,
  R_GAP_TOO_LONG,
  R_GAP_TOO_SHORT,
  R_LISTED_TWICE,
  R_MISSING_SKILL,
  R_NOT_WORKING_DAY,
  R_OUTSIDE_TERM,
  R_OUTSIDE_WINDOW,
  R_OUT_OF_ORDER,
  R_OVER_MAX_DAYS,
  R_ROOM_AT_SITE,
  R_ROOM_DOUBLE_BOOKED,
  R_ROOM_EQUIPMENT,
  R_ROOM_FIT,
  R_ROOM_TOO_SMALL,
  R_ROOM_UNAVAILABLE,
  R_ROOM_WRONG_CENTRE,
  R_SPREAD,
  R_STABILITY,
  R_TOO_MANY_TRAINERS,
  R_TRAINER_DOUBLE_BOOKED,
  R_TRAINER_UNAVAILABLE,
  R_TRAVEL,
  R_TWO_VENUES,
} = ruleIndex;

const REGION_COUNT = 5;

export interface Score {
  hard: number;
  unassigned: number;
  soft: number;
}

/**
 * One number for the search to compare: a hard penalty point outweighs an
 * unassigned session, which outweighs any soft difference a single move makes.
 * The best plan is still chosen by the exact (hard, unassigned, soft) order.
 */
export const HARD_WEIGHT = 10_000_000;
export const UNASSIGNED_WEIGHT = 1_000_000;

export class Scorer {
  hard = 0;
  unassigned = 0;
  soft = 0;
  /** Running penalty per rule, in RULE_NAMES order. */
  readonly rules = new Float64Array(RULE_COUNT);
  readonly weights: SoftWeights;
  private readonly cOrder: Int32Array;
  private readonly cShort: Int32Array;
  private readonly cLong: Int32Array;
  private readonly cSpread: Int32Array;

  constructor(
    readonly m: Model,
    weights?: Partial<SoftWeights>,
  ) {
    this.weights = resolveWeights(weights);
    this.cOrder = new Int32Array(m.cohortCount);
    this.cShort = new Int32Array(m.cohortCount);
    this.cLong = new Int32Array(m.cohortCount);
    this.cSpread = new Int32Array(m.cohortCount);
    this.rescore();
  }

  score(): Score {
    return { hard: this.hard, unassigned: this.unassigned, soft: this.soft };
  }

  cost(): number {
    return this.hard * HARD_WEIGHT + this.unassigned * UNASSIGNED_WEIGHT + this.soft;
  }

  ruleTotals(): Record<RuleName, number> {
    const out = {} as Record<RuleName, number>;
    RULE_NAMES.forEach((name, i) => (out[name] = this.rules[i]!));
    return out;
  }

  /** Rebuilds every index and total from the model's current values. */
  rescore(): void {
    const m = this.m;
    this.hard = this.unassigned = this.soft = 0;
    this.rules.fill(0);
    m.tdHead.fill(NONE);
    m.rdHead.fill(NONE);
    m.slotLinked.fill(0);
    m.sRoomLinked.fill(0);
    m.tLoad.fill(0);
    m.cTrainerCount.fill(0);
    m.cDistinctTrainers.fill(0);
    this.cOrder.fill(0);
    this.cShort.fill(0);
    this.cLong.fill(0);
    this.cSpread.fill(0);
    for (let s = 0; s < m.sessionCount; s++) {
      this.dateTerms(s, 1);
      this.roomTerms(s, 1);
      this.roomDayTerms(s, 1);
      this.trainerTerms(s, 1);
      this.trainerDayTerms(s, 1);
      this.statusTerms(s, 1);
    }
    for (let c = 0; c < m.cohortCount; c++) this.refreshCohort(c);
  }

  /** DESIGN §3's assigned: a date, a room exactly at a centre, exactly the required distinct trainers. */
  isAssigned(s: number): boolean {
    const m = this.m;
    if (m.sDay[s] === NONE || (m.cCentre[m.sCohort[s]!]! >= 0) !== (m.sRoom[s] !== NONE)) return false;
    const from = m.slotStart[s]!;
    const to = m.slotStart[s + 1]!;
    let distinct = 0;
    for (let k = from; k < to; k++) {
      const t = m.slotTrainer[k]!;
      if (t === NONE) continue;
      if (this.listedEarlier(from, k, t)) return false;
      distinct++;
    }
    return distinct === m.sRequired[s];
  }

  // ---- Changes of one planned value -------------------------------------------

  setDate(s: number, day: number): void {
    const m = this.m;
    if (m.sDay[s] === day) return;
    this.statusTerms(s, -1);
    this.dateTerms(s, -1);
    this.roomDayTerms(s, -1);
    this.trainerDayTerms(s, -1);
    m.sDay[s] = day;
    this.dateTerms(s, 1);
    this.roomDayTerms(s, 1);
    this.trainerDayTerms(s, 1);
    this.statusTerms(s, 1);
    this.refreshCohort(m.sCohort[s]!);
  }

  setRoom(s: number, room: number): void {
    const m = this.m;
    if (m.sRoom[s] === room) return;
    this.statusTerms(s, -1);
    this.roomTerms(s, -1);
    this.roomDayTerms(s, -1);
    m.sRoom[s] = room;
    this.roomTerms(s, 1);
    this.roomDayTerms(s, 1);
    this.statusTerms(s, 1);
  }

  /** Sets trainer slot k (see Model.slotStart) to trainer t, or NONE to empty it. */
  setTrainer(k: number, t: number): void {
    const m = this.m;
    if (m.slotTrainer[k] === t) return;
    const s = m.slotSession[k]!;
    this.statusTerms(s, -1);
    this.trainerTerms(s, -1);
    this.trainerDayTerms(s, -1);
    m.slotTrainer[k] = t;
    this.trainerTerms(s, 1);
    this.trainerDayTerms(s, 1);
    this.statusTerms(s, 1);
  }

  // ---- Terms, each added with sign +1 or taken out with −1 ---------------------

  private add(rule: number, v: number): void {
    this.rules[rule] = this.rules[rule]! + v;
    if (rule < FIRST_SOFT) this.hard += v;
    else this.soft += v;
  }

  /** date-not-working-day, date-cohort-unavailable, date-outside-term, date-outside-window. */
  private dateTerms(s: number, sign: number): void {
    const m = this.m;
    const d = m.sDay[s]!;
    if (d === NONE) return;
    const c = m.sCohort[s]!;
    const D = m.dayCount;
    const centre = m.cCentre[c]!;
    if (m.closed[(centre >= 0 ? centre : m.centreCount) * D + d]) this.add(R_NOT_WORKING_DAY, sign);
    if (m.cUnavailable[c * D + d]) this.add(R_COHORT_UNAVAILABLE, sign);
    if (d < m.termStart) this.add(R_OUTSIDE_TERM, sign * (m.termStart - d));
    else if (d > m.termEnd) this.add(R_OUTSIDE_TERM, sign * (d - m.termEnd));
    const ws = m.cWindowStart[c]!;
    const we = m.cWindowEnd[c]!;
    if (d < ws) this.add(R_OUTSIDE_WINDOW, sign * (ws - d));
    else if (d > we) this.add(R_OUTSIDE_WINDOW, sign * (d - we));
  }

  /** Room terms that need no date: wrong centre, customer site, too small, equipment, room fit. */
  private roomTerms(s: number, sign: number): void {
    const m = this.m;
    const r = m.sRoom[s]!;
    if (r === NONE) return;
    const c = m.sCohort[s]!;
    const centre = m.cCentre[c]!;
    if (centre >= 0) {
      if (m.rCentre[r] !== centre) this.add(R_ROOM_WRONG_CENTRE, sign);
    } else this.add(R_ROOM_AT_SITE, sign);
    const short = m.cParticipants[c]! - m.rCapacity[r]!;
    if (short > 0) this.add(R_ROOM_TOO_SMALL, sign * short);
    const lacks = m.tplEquipMissing[m.sTemplate[s]! * m.roomCount + r]!;
    if (lacks) this.add(R_ROOM_EQUIPMENT, sign * lacks);
    if (!m.sDeferred[s]) {
      const excess = m.roomFitExcess[c * m.roomCount + r]!;
      if (excess && this.weights.roomFit) this.add(R_ROOM_FIT, sign * this.weights.roomFit * excess);
    }
  }

  /** room-unavailable and room-double-booked: the session in its room's day list. */
  private roomDayTerms(s: number, sign: number): void {
    const m = this.m;
    if (sign < 0) {
      if (!m.sRoomLinked[s]) return;
      const r = m.sRoom[s]!;
      const d = m.sDay[s]!;
      const cell = r * m.dayCount + d;
      if (m.rUnavailable[cell]) this.add(R_ROOM_UNAVAILABLE, -1);
      const prev = m.sPrev[s]!;
      const next = m.sNext[s]!;
      if (prev === NONE) m.rdHead[cell] = next;
      else m.sNext[prev] = next;
      if (next !== NONE) m.sPrev[next] = prev;
      m.sRoomLinked[s] = 0;
      const pairs = this.overlapsInRoomDay(cell, m.sSlot[s]!);
      if (pairs) this.add(R_ROOM_DOUBLE_BOOKED, -pairs);
      return;
    }
    const r = m.sRoom[s]!;
    const d = m.sDay[s]!;
    if (r === NONE || d === NONE) return;
    const cell = r * m.dayCount + d;
    if (m.rUnavailable[cell]) this.add(R_ROOM_UNAVAILABLE, 1);
    const pairs = this.overlapsInRoomDay(cell, m.sSlot[s]!);
    if (pairs) this.add(R_ROOM_DOUBLE_BOOKED, pairs);
    const head = m.rdHead[cell]!;
    m.sPrev[s] = NONE;
    m.sNext[s] = head;
    if (head !== NONE) m.sPrev[head] = s;
    m.rdHead[cell] = s;
    m.sRoomLinked[s] = 1;
  }

  private overlapsInRoomDay(cell: number, slot: number): number {
    const m = this.m;
    let n = 0;
    for (let o = m.rdHead[cell]!; o !== NONE; o = m.sNext[o]!) {
      const os = m.sSlot[o]!;
      if (slot === SLOT_FULL || os === SLOT_FULL || os === slot) n++;
    }
    return n;
  }

  /**
   * Trainer terms that need no date: listed twice, too many, missing skill, cost,
   * travel, load (over max days, fair load) and the cohort's trainer count (continuity).
   */
  private trainerTerms(s: number, sign: number): void {
    const m = this.m;
    const T = m.trainerCount;
    const from = m.slotStart[s]!;
    const to = m.slotStart[s + 1]!;
    const c = m.sCohort[s]!;
    const counted = !m.sDeferred[s];
    const halves = m.sHalves[s]!;
    const skillRow = m.sTemplate[s]! * T;
    const w = this.weights;
    let listed = 0;
    let distinct = 0;
    let continuityBefore = 0;
    if (counted) continuityBefore = Math.max(0, m.cDistinctTrainers[c]! - m.cNeeded[c]!);
    for (let k = from; k < to; k++) {
      const t = m.slotTrainer[k]!;
      if (t === NONE) continue;
      listed++;
      if (this.listedEarlier(from, k, t)) continue;
      distinct++;
      const lacks = m.tplSkillMissing[skillRow + t]!;
      if (lacks) this.add(R_MISSING_SKILL, sign * lacks);
      if (!counted) continue;
      const units = m.tCostUnits[t]!;
      if (units && w.cost) this.add(R_COST, sign * w.cost * units * halves);
      const dist = m.regionDistance[m.tRegion[t]! * REGION_COUNT + m.cRegion[c]!]!;
      if (dist && w.travel) this.add(R_TRAVEL, sign * w.travel * dist * halves);
      this.changeLoad(t, sign * halves);
      const cell = c * T + t;
      const n = m.cTrainerCount[cell]!;
      if (sign > 0) {
        if (n === 0) m.cDistinctTrainers[c]!++;
        m.cTrainerCount[cell] = n + 1;
      } else {
        if (n === 1) m.cDistinctTrainers[c]!--;
        m.cTrainerCount[cell] = n - 1;
      }
    }
    if (listed > distinct) this.add(R_LISTED_TWICE, sign * (listed - distinct));
    const extra = distinct - m.sRequired[s]!;
    if (extra > 0) this.add(R_TOO_MANY_TRAINERS, sign * extra);
    if (counted && w.continuity) {
      const after = Math.max(0, m.cDistinctTrainers[c]! - m.cNeeded[c]!);
      if (after !== continuityBefore) this.add(R_CONTINUITY, w.continuity * (after - continuityBefore));
    }
  }

  private listedEarlier(from: number, k: number, t: number): boolean {
    const slots = this.m.slotTrainer;
    for (let j = from; j < k; j++) if (slots[j] === t) return true;
    return false;
  }

  private changeLoad(t: number, delta: number): void {
    const m = this.m;
    const before = m.tLoad[t]!;
    const after = before + delta;
    m.tLoad[t] = after;
    const allowed = m.tAllowedHalves[t]!;
    const over = Math.max(0, after - allowed) - Math.max(0, before - allowed);
    if (over) this.add(R_OVER_MAX_DAYS, over);
    const wf = this.weights.fairLoad;
    if (wf) {
      const fair = m.tFairHalves[t]!;
      const above = Math.max(0, after - fair) - Math.max(0, before - fair);
      if (above) this.add(R_FAIR_LOAD, wf * above);
    }
  }

  /** trainer-unavailable, trainer-double-booked, trainer-two-venues-same-day: the session in each trainer's day list. */
  private trainerDayTerms(s: number, sign: number): void {
    const m = this.m;
    const from = m.slotStart[s]!;
    const to = m.slotStart[s + 1]!;
    const d = m.sDay[s]!;
    const D = m.dayCount;
    if (sign < 0) {
      for (let k = from; k < to; k++) {
        if (!m.slotLinked[k]) continue;
        const t = m.slotTrainer[k]!;
        const cell = t * D + d;
        if (m.tUnavailable[cell]) this.add(R_TRAINER_UNAVAILABLE, -1);
        const prev = m.slotPrev[k]!;
        const next = m.slotNext[k]!;
        if (prev === NONE) m.tdHead[cell] = next;
        else m.slotNext[prev] = next;
        if (next !== NONE) m.slotPrev[next] = prev;
        m.slotLinked[k] = 0;
        this.trainerDayClash(cell, s, -1);
      }
      return;
    }
    if (d === NONE) return;
    for (let k = from; k < to; k++) {
      const t = m.slotTrainer[k]!;
      if (t === NONE || this.listedEarlier(from, k, t)) continue;
      const cell = t * D + d;
      if (m.tUnavailable[cell]) this.add(R_TRAINER_UNAVAILABLE, 1);
      this.trainerDayClash(cell, s, 1);
      const head = m.tdHead[cell]!;
      m.slotPrev[k] = NONE;
      m.slotNext[k] = head;
      if (head !== NONE) m.slotPrev[head] = k;
      m.tdHead[cell] = k;
      m.slotLinked[k] = 1;
    }
  }

  /** What session s adds to (or takes from) the overlaps and venues of a trainer-day whose list excludes it. */
  private trainerDayClash(cell: number, s: number, sign: number): void {
    const m = this.m;
    const slot = m.sSlot[s]!;
    const venue = m.cVenue[m.sCohort[s]!]!;
    let pairs = 0;
    let others = 0;
    let sameVenue = false;
    for (let k = m.tdHead[cell]!; k !== NONE; k = m.slotNext[k]!) {
      const o = m.slotSession[k]!;
      others++;
      const os = m.sSlot[o]!;
      if (slot === SLOT_FULL || os === SLOT_FULL || os === slot) pairs++;
      if (m.cVenue[m.sCohort[o]!] === venue) sameVenue = true;
    }
    if (pairs) this.add(R_TRAINER_DOUBLE_BOOKED, sign * pairs);
    if (others && !sameVenue) this.add(R_TWO_VENUES, sign);
  }

  /** Unassigned (DESIGN §3's assigned/unassigned/deferred) and stability against the baseline. */
  private statusTerms(s: number, sign: number): void {
    const m = this.m;
    const from = m.slotStart[s]!;
    const to = m.slotStart[s + 1]!;
    const day = m.sDay[s]!;
    const room = m.sRoom[s]!;
    if (!m.sDeferred[s]) {
      let listed = 0;
      let distinct = 0;
      for (let k = from; k < to; k++) {
        const t = m.slotTrainer[k]!;
        if (t === NONE) continue;
        listed++;
        if (!this.listedEarlier(from, k, t)) distinct++;
      }
      const required = m.sRequired[s]!;
      const wantsRoom = m.cCentre[m.sCohort[s]!]! >= 0;
      const assigned = day !== NONE && wantsRoom === (room !== NONE) && listed === required && distinct === required;
      if (!assigned) this.unassigned += sign;
    }
    const ws = this.weights.stability;
    if (!m.hasBaseline || !ws || m.bDay[s] === NOT_IN_BASELINE) return;
    let changed = 0;
    if (m.bDay[s] !== day) changed++;
    if (m.bRoom[s] !== room) changed++;
    if (!this.sameTrainersAsBaseline(s)) changed++;
    if (changed) this.add(R_STABILITY, sign * ws * changed);
  }

  private sameTrainersAsBaseline(s: number): boolean {
    const m = this.m;
    if (m.bTrainersUnknown[s]) return false;
    const from = m.slotStart[s]!;
    const to = m.slotStart[s + 1]!;
    const bFrom = m.bTrainerStart[s]!;
    const bTo = m.bTrainerStart[s + 1]!;
    let distinct = 0;
    for (let k = from; k < to; k++) {
      const t = m.slotTrainer[k]!;
      if (t === NONE || this.listedEarlier(from, k, t)) continue;
      distinct++;
      let found = false;
      for (let j = bFrom; j < bTo; j++) if (m.bTrainers[j] === t) found = true;
      if (!found) return false;
    }
    return distinct === bTo - bFrom;
  }

  /** Sequence rules (order, gaps) and spread of one cohort, recomputed from its dated days. */
  refreshCohort(c: number): void {
    const m = this.m;
    let order = 0;
    let short = 0;
    let long = 0;
    let spread = 0;
    const n = m.cCourseDays[c]!;
    const window = m.cWindowEnd[c]! - m.cWindowStart[c]!;
    let prev = NONE;
    let prevSpread = NONE;
    for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
      const s = m.cSessions[i]!;
      const d = m.sDay[s]!;
      if (d === NONE) continue;
      const p = m.sTemplate[s]!;
      if (prev !== NONE) {
        const pp = m.sTemplate[prev]!;
        const gap = d - m.sDay[prev]!;
        const minGap = m.tplMinPrefix[p]! - m.tplMinPrefix[pp]!;
        if (gap <= 0) order += minGap - gap;
        else if (gap < minGap) short += minGap - gap;
        if (m.tplMaxMissingPrefix[p] === m.tplMaxMissingPrefix[pp]) {
          const maxGap = m.tplMaxPrefix[p]! - m.tplMaxPrefix[pp]!;
          if (gap > maxGap) long += gap - maxGap;
        }
      }
      prev = s;
      if (m.sDeferred[s] || n < 2) continue;
      if (prevSpread !== NONE) {
        const pp = m.sTemplate[prevSpread]!;
        let ideal = Math.floor((window * (m.sDayIndex[s]! - m.sDayIndex[prevSpread]!)) / (n - 1));
        if (m.tplMaxMissingPrefix[p] === m.tplMaxMissingPrefix[pp]) ideal = Math.min(ideal, m.tplMaxPrefix[p]! - m.tplMaxPrefix[pp]!);
        const gap = d - m.sDay[prevSpread]!;
        if (ideal > gap) spread += ideal - gap;
      }
      prevSpread = s;
    }
    if (order !== this.cOrder[c]) {
      this.add(R_OUT_OF_ORDER, order - this.cOrder[c]!);
      this.cOrder[c] = order;
    }
    if (short !== this.cShort[c]) {
      this.add(R_GAP_TOO_SHORT, short - this.cShort[c]!);
      this.cShort[c] = short;
    }
    if (long !== this.cLong[c]) {
      this.add(R_GAP_TOO_LONG, long - this.cLong[c]!);
      this.cLong[c] = long;
    }
    if (spread !== this.cSpread[c]) {
      if (this.weights.spread) this.add(R_SPREAD, this.weights.spread * (spread - this.cSpread[c]!));
      this.cSpread[c] = spread;
    }
  }
}
