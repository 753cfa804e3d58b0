// Exchanges: moves that trade values between two sessions or two cohorts in one
// step. With continuity weighted far above cost and travel, a cohort's trainer can
// rarely be traded one single change at a time (the first half of the trade adds a
// distinct trainer to both cohorts and is refused), so the trade is one move.
// Like every move they change values only through the change log.
import { onSession } from './availability';
import * as model from './model';
import type { Model } from './model';
import type { MoveContext } from './moves';
import { randomOf } from './randomOf';

const { NONE, SLOT_FULL } = model;

function overlaps(a: number, b: number): boolean {
  return a === SLOT_FULL || b === SLOT_FULL || a === b;
}

/** Can trainer t take slot k (of session s) in a trade: changeable, qualified, not on it already. */
function canTake(x: MoveContext, k: number, t: number): boolean {
  const m = x.log.model;
  const s = m.slotSession[k]!;
  return x.vars.canSlot[k] === 1 && m.tplSkillMissing[m.sTemplate[s]! * m.trainerCount + t] === 0 && !onSession(m, t, s);
}

/** Is trainer t teaching nothing on day d (and not away)? */
function dayOff(m: Model, t: number, d: number): boolean {
  const cell = t * m.dayCount + d;
  return m.tUnavailable[cell] === 0 && m.tdHead[cell] === NONE;
}

/**
 * Two trainers trade two sessions: t1 leaves s1 for s2, t2 leaves s2 for s1. The
 * partner is t2's session on s1's day when t2 teaches then (the trade frees both),
 * otherwise a session of t2's on a day t1 is free. Loads of equal-length sessions
 * stay put, so the trade moves only continuity, travel and the days' clashes.
 */
export function swapTrainers(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.slots.length === 0) return false;
  const k1 = randomOf(rng, vars.slots);
  const t1 = m.slotTrainer[k1]!;
  const s1 = m.slotSession[k1]!;
  const d1 = m.sDay[s1]!;
  if (t1 === NONE || d1 === NONE) return false;
  const p = m.sTemplate[s1]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qTo = m.tplQualifiedStart[p + 1]!;
  if (qFrom === qTo) return false;
  const t2 = randomOf(rng, m.tplQualified, qFrom, qTo);
  if (t2 === t1 || onSession(m, t2, s1)) return false;
  const D = m.dayCount;
  let k2 = NONE;
  const sameDay = m.tdHead[t2 * D + d1]!;
  if (sameDay !== NONE) {
    for (let k = sameDay; k !== NONE && k2 === NONE; k = m.slotNext[k]!) {
      const s2 = m.slotSession[k]!;
      if (s2 !== s1 && overlaps(m.sSlot[s1]!, m.sSlot[s2]!) && canTake(x, k, t1)) k2 = k;
    }
  } else if (m.tUnavailable[t2 * D + d1] === 0) {
    const start = Math.floor(rng.next() * D);
    for (let i = 0; i < D && k2 === NONE; i++) {
      const d2 = (start + i) % D;
      if (d2 === d1 || !dayOff(m, t1, d2)) continue;
      for (let k = m.tdHead[t2 * D + d2]!; k !== NONE && k2 === NONE; k = m.slotNext[k]!) {
        if (m.sHalves[m.slotSession[k]!] === m.sHalves[s1] && canTake(x, k, t1)) k2 = k;
      }
    }
  }
  if (k2 === NONE) return false;
  log.setTrainer(k1, t2);
  log.setTrainer(k2, t1);
  return true;
}

/**
 * Two cohorts trade trainers across all their days: wherever t1 teaches cohort c1
 * t2 takes over, and wherever t2 teaches cohort c2 t1 does. c2 is a cohort t2
 * teaches on one of c1's days when there is one (the clash the trade removes),
 * otherwise any cohort of t2's. Refused when either trainer lacks a skill the
 * other cohort's days need.
 */
export function exchangeCohortTrainers(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.slots.length === 0) return false;
  const k1 = randomOf(rng, vars.slots);
  const t1 = m.slotTrainer[k1]!;
  if (t1 === NONE) return false;
  const s1 = m.slotSession[k1]!;
  const c1 = m.sCohort[s1]!;
  const p = m.sTemplate[s1]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qTo = m.tplQualifiedStart[p + 1]!;
  if (qFrom === qTo) return false;
  const t2 = randomOf(rng, m.tplQualified, qFrom, qTo);
  if (t2 === t1) return false;
  const D = m.dayCount;
  let c2 = NONE;
  for (let i = m.cSessionStart[c1]!; i < m.cSessionStart[c1 + 1]! && c2 === NONE; i++) {
    const d = m.sDay[m.cSessions[i]!]!;
    if (d === NONE) continue;
    for (let k = m.tdHead[t2 * D + d]!; k !== NONE && c2 === NONE; k = m.slotNext[k]!) {
      const c = m.sCohort[m.slotSession[k]!]!;
      if (c !== c1) c2 = c;
    }
  }
  if (c2 === NONE) {
    const start = Math.floor(rng.next() * D);
    for (let i = 0; i < D && c2 === NONE; i++) {
      for (let k = m.tdHead[t2 * D + ((start + i) % D)]!; k !== NONE && c2 === NONE; k = m.slotNext[k]!) {
        const c = m.sCohort[m.slotSession[k]!]!;
        if (c !== c1) c2 = c;
      }
    }
  }
  if (c2 === NONE || !handsOver(x, c1, t1, t2, false) || !handsOver(x, c2, t2, t1, false)) return false;
  const a = handsOver(x, c1, t1, t2, true);
  const b = handsOver(x, c2, t2, t1, true);
  return a || b;
}

/**
 * Cohort c's changeable slots held by `from` go to `to` (sessions `to` already
 * teaches are left alone). With apply false it only checks that `to` has the skills.
 */
function handsOver(x: MoveContext, c: number, from: number, to: number, apply: boolean): boolean {
  const m = x.log.model;
  const T = m.trainerCount;
  let changed = false;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const s = m.cSessions[i]!;
    if (onSession(m, to, s)) continue;
    for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
      if (m.slotTrainer[k] !== from || !x.vars.canSlot[k]) continue;
      if (!apply) {
        if (m.tplSkillMissing[m.sTemplate[s]! * T + to]) return false;
        continue;
      }
      x.log.setTrainer(k, to);
      changed = true;
    }
  }
  return apply ? changed : true;
}

/**
 * Two sessions on the same day trade rooms, each room fitting the other session
 * (same centre, enough seats, the equipment): a larger room goes where it fits
 * better without passing through a double booking.
 */
export function swapRooms(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.roomSessions.length === 0) return false;
  const s1 = randomOf(rng, vars.roomSessions);
  const r1 = m.sRoom[s1]!;
  const d = m.sDay[s1]!;
  const from = m.sRoomCandStart[s1]!;
  const to = m.sRoomCandStart[s1 + 1]!;
  if (r1 === NONE || d === NONE || to - from < 2) return false;
  const r2 = randomOf(rng, m.sRoomCands, from, to);
  if (r2 === r1) return false;
  for (let o = m.rdHead[r2 * m.dayCount + d]!; o !== NONE; o = m.sNext[o]!) {
    if (!vars.canRoom[o] || !overlaps(m.sSlot[s1]!, m.sSlot[o]!) || !fits(m, o, r1)) continue;
    log.setRoom(o, r1);
    log.setRoom(s1, r2);
    return true;
  }
  return false;
}

function fits(m: Model, s: number, r: number): boolean {
  for (let i = m.sRoomCandStart[s]!; i < m.sRoomCandStart[s + 1]!; i++) if (m.sRoomCands[i] === r) return true;
  return false;
}
