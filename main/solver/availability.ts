// Quick yes/no questions the construction asks before it tries a value: is this
// trainer or room free for this session on this day? They read the scorer's
// occupancy lists directly and never change anything.
import * as model from './model';
import type { Model } from './model';

const { NONE, SLOT_FULL } = model;

export function trainerFree(m: Model, t: number, s: number, d: number): boolean {
  const cell = t * m.dayCount + d;
  if (m.tUnavailable[cell]) return false;
  if (!m.sDeferred[s] && m.tLoad[t]! + m.sHalves[s]! > m.tAllowedHalves[t]!) return false;
  const slot = m.sSlot[s]!;
  const venue = m.cVenue[m.sCohort[s]!]!;
  for (let k = m.tdHead[cell]!; k !== NONE; k = m.slotNext[k]!) {
    const o = m.slotSession[k]!;
    if (o === s) continue;
    const os = m.sSlot[o]!;
    if (slot === SLOT_FULL || os === SLOT_FULL || os === slot) return false;
    if (m.cVenue[m.sCohort[o]!] !== venue) return false;
  }
  return true;
}

export function roomFree(m: Model, r: number, s: number, d: number): boolean {
  const cell = r * m.dayCount + d;
  if (m.rUnavailable[cell]) return false;
  const slot = m.sSlot[s]!;
  for (let o = m.rdHead[cell]!; o !== NONE; o = m.sNext[o]!) {
    if (o === s) continue;
    const os = m.sSlot[o]!;
    if (slot === SLOT_FULL || os === SLOT_FULL || os === slot) return false;
  }
  return true;
}

/** Is trainer t already listed on session s? */
export function onSession(m: Model, t: number, s: number): boolean {
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (m.slotTrainer[k] === t) return true;
  return false;
}
