// A move for repair's dead ends: a session lacks a trainer because every qualified
// trainer is booked that day or already at their maximum days (the cancelled
// trainer's sessions need a scarce skill). A qualified trainer hands one of their
// other bookings to someone free for it, and takes the unassigned session: two
// changes that mend one, where a single change can only make things worse first.
import { onSession, trainerFree } from './availability';
import type { MoveContext } from './moves';
import * as model from './model';

const { NONE } = model;

/** Qualified trainers tried per move. */
const TRIES = 8;

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
  const D = m.dayCount;
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const t = m.tplQualified[qFrom + Math.floor(rng.next() * (qTo - qFrom))]!;
    if (m.tUnavailable[t * D + d] || onSession(m, t, s)) continue;
    // Booked that day: hand over that day's booking; else (at their maximum) one on another day.
    let from = m.tdHead[t * D + d]!;
    if (from === NONE) {
      const start = Math.floor(rng.next() * D);
      for (let i = 0; i < D && from === NONE; i++) from = m.tdHead[t * D + ((start + i) % D)]!;
    }
    if (from === NONE || !vars.canSlot[from]) continue;
    const o = m.slotSession[from]!;
    const od = m.sDay[o]!;
    const op = m.sTemplate[o]!;
    const oFrom = m.tplQualifiedStart[op]!;
    const oCount = m.tplQualifiedStart[op + 1]! - oFrom;
    const offset = Math.floor(rng.next() * oCount);
    for (let i = 0; i < oCount; i++) {
      const u = m.tplQualified[oFrom + ((offset + i) % oCount)]!;
      if (u === t || onSession(m, u, o) || !trainerFree(m, u, o, od)) continue;
      log.setTrainer(from, u);
      log.setTrainer(k, t);
      return true;
    }
  }
  return false;
}
