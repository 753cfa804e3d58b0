// The local search's moves. Each makes its changes through the change log (so it
// can be undone) and returns false when it found nothing to change.
import { roomFree, trainerFree } from './availability';
import type { ChangeLog } from './changeLog';
import { TARGET_SHIFTS, fillTrainers, placeCohortAt } from './construct';
import * as model from './model';
import type { Model } from './model';
import type { Rng } from '../demo/random';
import type { Variables } from './variables';
import { randomOf } from './randomOf';

const { NONE, SLOT_FULL } = model;

export interface MoveContext {
  readonly log: ChangeLog;
  readonly vars: Variables;
  readonly rng: Rng;
  /** Scratch for ruin-and-recreate: sessions whose values were freed. */
  readonly freed: Int32Array;
  /** Changeable sessions that were unassigned when last looked at (see refreshUnassigned). */
  readonly unassigned: Int32Array;
  unassignedCount: number;
}

/** Lists the changeable sessions that are unassigned now, for the moves that repair them. */
export function refreshUnassigned(x: MoveContext): void {
  let n = 0;
  for (const s of x.vars.sessions) if (!x.log.scorer.isAssigned(s)) x.unassigned[n++] = s;
  x.unassignedCount = n;
}

function isOn(m: Model, t: number, s: number): boolean {
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (m.slotTrainer[k] === t) return true;
  return false;
}

/** Another qualified trainer for one slot; half the time swapped with a session of theirs on the same day. */
export function changeTrainer(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.slots.length === 0) return false;
  const k = randomOf(rng, vars.slots);
  const s = m.slotSession[k]!;
  const p = m.sTemplate[s]!;
  const from = m.tplQualifiedStart[p]!;
  const to = m.tplQualifiedStart[p + 1]!;
  if (from === to) return false;
  const t = randomOf(rng, m.tplQualified, from, to);
  const old = m.slotTrainer[k]!;
  if (t === old || isOn(m, t, s)) return false;
  const d = m.sDay[s]!;
  if (d !== NONE && old !== NONE && rng.next() < 0.5) {
    for (let k2 = m.tdHead[t * m.dayCount + d]!; k2 !== NONE; k2 = m.slotNext[k2]!) {
      const s2 = m.slotSession[k2]!;
      if (!vars.canSlot[k2] || isOn(m, old, s2) || m.tplSkillMissing[m.sTemplate[s2]! * m.trainerCount + old]) continue;
      log.setTrainer(k2, old);
      break;
    }
  }
  log.setTrainer(k, t);
  return true;
}

/** Another fitting room; when a session holds it that day, the two swap. */
export function changeRoom(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.roomSessions.length === 0) return false;
  const s = randomOf(rng, vars.roomSessions);
  const from = m.sRoomCandStart[s]!;
  const to = m.sRoomCandStart[s + 1]!;
  if (from === to) return false;
  const r = randomOf(rng, m.sRoomCands, from, to);
  const old = m.sRoom[s]!;
  if (r === old) return false;
  const d = m.sDay[s]!;
  if (d !== NONE) {
    const slot = m.sSlot[s]!;
    for (let o = m.rdHead[r * m.dayCount + d]!; o !== NONE; o = m.sNext[o]!) {
      const os = m.sSlot[o]!;
      if (!vars.canRoom[o] || !(slot === SLOT_FULL || os === SLOT_FULL || os === slot)) continue;
      log.setRoom(o, old);
      break;
    }
  }
  log.setRoom(s, r);
  return true;
}

/** Another legal date: near the current one, or anywhere the cohort may be. */
export function changeDate(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.dateSessions.length === 0) return false;
  const s = randomOf(rng, vars.dateSessions);
  const c = m.sCohort[s]!;
  const from = m.cLegalStart[c]!;
  const to = m.cLegalStart[c + 1]!;
  if (from === to) return false;
  let d: number;
  const cur = m.sDay[s]!;
  if (cur !== NONE && rng.next() < 0.6) {
    d = cur + Math.floor(rng.next() * 15) - 7;
    if (d < 0 || d >= m.dayCount || d === cur) return false;
  } else d = randomOf(rng, m.cLegal, from, to);
  if (d === cur) return false;
  log.setDate(s, d);
  // Keep the room when it is free that day; otherwise leave it for the room moves.
  const r = m.sRoom[s]!;
  if (r !== NONE && vars.canRoom[s] && !roomFree(m, r, s, d)) {
    for (let i = m.sRoomCandStart[s]!; i < m.sRoomCandStart[s + 1]!; i++) {
      if (roomFree(m, m.sRoomCands[i]!, s, d)) {
        log.setRoom(s, m.sRoomCands[i]!);
        break;
      }
    }
  }
  return true;
}

/** One trainer of a cohort handed over to another qualified trainer on every day they teach it. */
export function changeCohortTrainer(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.slots.length === 0) return false;
  const k = randomOf(rng, vars.slots);
  const from = m.slotTrainer[k]!;
  if (from === NONE) return false;
  const s0 = m.slotSession[k]!;
  const p = m.sTemplate[s0]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qTo = m.tplQualifiedStart[p + 1]!;
  if (qFrom === qTo) return false;
  const to = randomOf(rng, m.tplQualified, qFrom, qTo);
  if (to === from) return false;
  const c = m.sCohort[s0]!;
  let changed = false;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const s = m.cSessions[i]!;
    if (isOn(m, to, s)) continue;
    for (let j = m.slotStart[s]!; j < m.slotStart[s + 1]!; j++) {
      if (m.slotTrainer[j] === from && vars.canSlot[j]) {
        log.setTrainer(j, to);
        changed = true;
      }
    }
  }
  return changed;
}

/** A cohort's changeable dated days all move by the same number of days. */
export function shiftCohort(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (vars.cohorts.length === 0) return false;
  const c = randomOf(rng, vars.cohorts);
  const step = 1 + Math.floor(rng.next() * 7);
  const delta = rng.next() < 0.5 ? -step : step;
  let changed = false;
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const s = m.cSessions[i]!;
    const d = m.sDay[s]!;
    if (!vars.canDate[s] || d === NONE) continue;
    const to = d + delta;
    if (to < 0 || to >= m.dayCount) return changed;
    log.setDate(s, to);
    changed = true;
  }
  return changed;
}

/**
 * A way out of dead ends: an unassigned session's cohort is freed, with the
 * trainers and rooms that block its most likely day, and rebuilt by the construction.
 */
export function ruinAndRecreate(x: MoveContext): boolean {
  const { log, vars, rng, freed } = x;
  const m = log.model;
  const s = randomUnassigned(x);
  if (s === NONE) return false;
  const c = m.sCohort[s]!;
  const cFrom = m.cLegalStart[c]!;
  const cTo = m.cLegalStart[c + 1]!;
  let nFreed = 0;
  const free = (o: number) => {
    if (nFreed < freed.length) freed[nFreed++] = o;
  };
  // Blockers on a random legal day (or the session's own day).
  const d = m.sDay[s] !== NONE && rng.next() < 0.5 ? m.sDay[s]! : cFrom < cTo ? randomOf(rng, m.cLegal, cFrom, cTo) : NONE;
  if (d !== NONE) {
    const p = m.sTemplate[s]!;
    const qFrom = m.tplQualifiedStart[p]!;
    const qTo = m.tplQualifiedStart[p + 1]!;
    for (let n = 0; n < 6 && qFrom < qTo; n++) {
      const t = randomOf(rng, m.tplQualified, qFrom, qTo);
      for (let k = m.tdHead[t * m.dayCount + d]!; k !== NONE; ) {
        const next = m.slotNext[k]!;
        const o = m.slotSession[k]!;
        if (vars.canSlot[k] && m.sCohort[o] !== c) {
          log.setTrainer(k, NONE);
          free(o);
        }
        k = next;
      }
    }
    for (let i = m.sRoomCandStart[s]!; i < m.sRoomCandStart[s + 1]!; i++) {
      const r = m.sRoomCands[i]!;
      if (rng.next() < 0.5) continue;
      const o = m.rdHead[r * m.dayCount + d]!;
      if (o !== NONE && vars.canRoom[o] && m.sCohort[o] !== c) {
        log.setRoom(o, NONE);
        free(o);
      }
    }
  }
  // The cohort itself.
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const o = m.cSessions[i]!;
    if (vars.canDate[o]) log.setDate(o, NONE);
    if (vars.canRoom[o]) log.setRoom(o, NONE);
    for (let k = m.slotStart[o]!; k < m.slotStart[o + 1]!; k++) if (vars.canSlot[k]) log.setTrainer(k, NONE);
  }
  placeCohortAt(log, vars, c, TARGET_SHIFTS[Math.floor(rng.next() * TARGET_SHIFTS.length)]!);
  for (let i = 0; i < nFreed; i++) {
    const o = freed[i]!;
    if (m.sDay[o] === NONE) continue;
    if (vars.canRoom[o] && m.sRoom[o] === NONE) {
      for (let j = m.sRoomCandStart[o]!; j < m.sRoomCandStart[o + 1]!; j++) {
        if (roomFree(m, m.sRoomCands[j]!, o, m.sDay[o]!)) {
          log.setRoom(o, m.sRoomCands[j]!);
          break;
        }
      }
    }
    fillTrainers(log, vars, o);
  }
  return true;
}

/** Trainers weighed per empty slot when the search refills one (the construction weighs all). */
const REFILL_CANDIDATES = 16;

/** Cohort c's legal days within [earliest, latest], as a range of indexes into cLegal. */
export function legalBetween(m: Model, c: number, earliest: number, latest: number): [from: number, to: number] {
  const from = m.cLegalStart[c]!;
  const to = m.cLegalStart[c + 1]!;
  let lo = from;
  while (lo < to && m.cLegal[lo]! < earliest) lo++;
  let hi = lo;
  while (hi < to && m.cLegal[hi]! <= latest) hi++;
  return [lo, hi];
}

export function randomUnassigned(x: MoveContext): number {
  if (x.unassignedCount === 0) return NONE;
  const s = randomOf(x.rng, x.unassigned, 0, x.unassignedCount);
  return x.log.scorer.isAssigned(s) ? NONE : s;
}

/**
 * An ejection chain for dead ends: an unassigned session takes a date between its
 * cohort's neighbouring days, a room and trainers, evicting whoever holds them
 * that day; the evicted sessions are then refilled from what is still free.
 */
export function assignWithEviction(x: MoveContext): boolean {
  const { log, vars, rng, freed } = x;
  const m = log.model;
  const s = randomUnassigned(x);
  if (s === NONE) return false;
  const c = m.sCohort[s]!;
  let d = m.sDay[s]!;
  if (vars.canDate[s] && (d === NONE || rng.next() < 0.5)) {
    let earliest = 0;
    let latest = m.dayCount - 1;
    const p = m.sTemplate[s]!;
    for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
      const o = m.cSessions[i]!;
      const od = m.sDay[o]!;
      if (o === s || od === NONE) continue;
      const between = m.tplMinPrefix[p]! - m.tplMinPrefix[m.sTemplate[o]!]!;
      if (m.sDayIndex[o]! < m.sDayIndex[s]!) earliest = Math.max(earliest, od + between);
      else latest = Math.min(latest, od + between);
    }
    const from = m.cLegalStart[c]!;
    const to = m.cLegalStart[c + 1]!;
    const [lo, hi] = legalBetween(m, c, earliest, latest);
    if (lo < hi) d = randomOf(rng, m.cLegal, lo, hi);
    else if (from < to) d = randomOf(rng, m.cLegal, from, to);
    if (d === NONE) return false;
    log.setDate(s, d);
  }
  if (d === NONE) return false;
  const D = m.dayCount;
  let nFreed = 0;
  const evict = (o: number) => {
    if (nFreed < freed.length) freed[nFreed++] = o;
  };
  const slot = m.sSlot[s]!;
  if (vars.canRoom[s] && (m.sRoom[s] === NONE || !roomFree(m, m.sRoom[s]!, s, d))) {
    const from = m.sRoomCandStart[s]!;
    const to = m.sRoomCandStart[s + 1]!;
    let room = NONE;
    for (let i = from; i < to && room === NONE; i++) if (roomFree(m, m.sRoomCands[i]!, s, d)) room = m.sRoomCands[i]!;
    if (room === NONE && from < to) {
      room = randomOf(rng, m.sRoomCands, from, to);
      for (let o = m.rdHead[room * D + d]!; o !== NONE; ) {
        const next = m.sNext[o]!;
        const os = m.sSlot[o]!;
        if (o !== s && vars.canRoom[o] && (slot === SLOT_FULL || os === SLOT_FULL || os === slot)) {
          log.setRoom(o, NONE);
          evict(o);
        }
        o = next;
      }
    }
    if (room !== NONE) log.setRoom(s, room);
  }
  // Trainers who cannot teach that day leave the session; free ones fill it; if
  // still short, a qualified trainer is freed by evicting their other sessions.
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
    const t = m.slotTrainer[k]!;
    if (t !== NONE && vars.canSlot[k] && !trainerFree(m, t, s, d)) log.setTrainer(k, NONE);
  }
  fillTrainers(log, vars, s, REFILL_CANDIDATES, Math.floor(rng.next() * 1024));
  const p = m.sTemplate[s]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qTo = m.tplQualifiedStart[p + 1]!;
  let listed = 0;
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (m.slotTrainer[k] !== NONE) listed++;
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]! && listed < m.sRequired[s]! && qFrom < qTo; k++) {
    if (!vars.canSlot[k] || m.slotTrainer[k] !== NONE) continue;
    const t = randomOf(rng, m.tplQualified, qFrom, qTo);
    if (isOn(m, t, s) || m.tUnavailable[t * D + d]) continue;
    for (let j = m.tdHead[t * D + d]!; j !== NONE; ) {
      const next = m.slotNext[j]!;
      const o = m.slotSession[j]!;
      if (vars.canSlot[j]) {
        log.setTrainer(j, NONE);
        evict(o);
      }
      j = next;
    }
    log.setTrainer(k, t);
    listed++;
  }
  for (let i = 0; i < nFreed; i++) {
    const o = freed[i]!;
    const od = m.sDay[o]!;
    if (od === NONE) continue;
    if (vars.canRoom[o] && m.sRoom[o] === NONE) {
      for (let j = m.sRoomCandStart[o]!; j < m.sRoomCandStart[o + 1]!; j++) {
        if (roomFree(m, m.sRoomCands[j]!, o, od)) {
          log.setRoom(o, m.sRoomCands[j]!);
          break;
        }
      }
    }
    fillTrainers(log, vars, o, REFILL_CANDIDATES, Math.floor(rng.next() * 1024));
  }
  return true;
}
