// A move for repair's dead ends: a session lacks a trainer because every qualified
// trainer is booked that day or already at their maximum days (the cancelled
// trainer's sessions need a scarce skill). A qualified trainer hands the bookings
// in the way (that day's, and enough others to stay within their maximum) to
// trainers free for them, and takes the unassigned session: changes that together
// mend one, where any single one only makes things worse first.
import { onSession, trainerFree } from './availability';
import type { MoveContext } from './moves';
import * as model from './model';

const { NONE, SLOT_FULL } = model;

/** Qualified trainers tried per move. */
const TRIES = 8;

/** Gives trainer slot k to a free qualified trainer other than its own; false if none or the slot may not change. */
function handOver(x: MoveContext, k: number): boolean {
  const m = x.log.model;
  if (!x.vars.canSlot[k]) return false;
  const t = m.slotTrainer[k]!;
  const o = m.slotSession[k]!;
  const od = m.sDay[o]!;
  const p = m.sTemplate[o]!;
  const from = m.tplQualifiedStart[p]!;
  const count = m.tplQualifiedStart[p + 1]! - from;
  const offset = Math.floor(x.rng.next() * count);
  for (let i = 0; i < count; i++) {
    const u = m.tplQualified[from + ((offset + i) % count)]!;
    if (u === t || onSession(m, u, o) || !trainerFree(m, u, o, od)) continue;
    x.log.setTrainer(k, u);
    return true;
  }
  return false;
}

/** Makes trainer t free for session s on day d by handing over bookings; false (changes left to undo) if it cannot. */
function clearWay(x: MoveContext, t: number, s: number, d: number): boolean {
  const m = x.log.model;
  const D = m.dayCount;
  const slot = m.sSlot[s]!;
  const venue = m.cVenue[m.sCohort[s]!]!;
  const sameDay: number[] = [];
  for (let k = m.tdHead[t * D + d]!; k !== NONE; k = m.slotNext[k]!) sameDay.push(k);
  for (const k of sameDay) {
    const os = m.sSlot[m.slotSession[k]!]!;
    const clash = slot === SLOT_FULL || os === SLOT_FULL || os === slot || m.cVenue[m.sCohort[m.slotSession[k]!]!] !== venue;
    if (clash && !handOver(x, k)) return false;
  }
  if (m.sDeferred[s]) return true;
  let need = m.tLoad[t]! + m.sHalves[s]! - m.tAllowedHalves[t]!;
  const start = Math.floor(x.rng.next() * D);
  for (let i = 0; i < D && need > 0; i++) {
    const day = (start + i) % D;
    if (day === d) continue;
    const bookings: number[] = [];
    for (let k = m.tdHead[t * D + day]!; k !== NONE; k = m.slotNext[k]!) bookings.push(k);
    for (const k of bookings) {
      const o = m.slotSession[k]!;
      if (need > 0 && !m.sDeferred[o] && handOver(x, k)) need -= m.sHalves[o]!;
    }
  }
  return need <= 0;
}

export function relieveTrainer(x: MoveContext): boolean {
  const { log, vars, rng } = x;
  const m = log.model;
  if (x.unassignedCount === 0) return false;
  const s = x.unassigned[Math.floor(rng.next() * x.unassignedCount)]!;
  const d = m.sDay[s]!;
  if (d === NONE || log.scorer.isAssigned(s)) return false;
  let k = NONE;
  for (let j = m.slotStart[s]!; j < m.slotStart[s + 1]! && k === NONE; j++) if (vars.canSlot[j] && m.slotTrainer[j] === NONE) k = j;
  if (k === NONE) return false;
  const p = m.sTemplate[s]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qTo = m.tplQualifiedStart[p + 1]!;
  if (qFrom === qTo) return false;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const t = m.tplQualified[qFrom + Math.floor(rng.next() * (qTo - qFrom))]!;
    if (m.tUnavailable[t * m.dayCount + d] || onSession(m, t, s)) continue;
    const mark = log.size;
    if (!clearWay(x, t, s, d)) {
      log.undoTo(mark);
      continue;
    }
    log.setTrainer(k, t);
    return true;
  }
  return false;
}
