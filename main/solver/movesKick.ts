// The kick of an iterated local search. When the late-acceptance search has not
// found a better plan for a long while it sits in a local optimum that no single
// move leaves: the trainers of one cohort and of the trainers who could take it
// over on its days are all cleared and refilled greedily, the cohort first, which
// opens chains (X takes the cohort, X's other day goes to Y, …) that no move makes
// one step at a time. Like every move it changes values only through the change log.
import type { ChangeLog } from './changeLog';
import { fillTrainers } from './construct';
import * as model from './model';
import type { MoveContext } from './moves';
import { polishCohortTrainers } from './movesBest';
import { randomOf } from './randomOf';

const { NONE } = model;

/** Trainers whose other days on the cohort's dates are cleared with it. */
const RIVALS = 3;

function clearSession(log: ChangeLog, canSlot: Uint8Array, s: number): void {
  const m = log.model;
  for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) if (canSlot[k]) log.setTrainer(k, NONE);
}

export function ruinTrainers(x: MoveContext): boolean {
  const { log, vars, rng, freed } = x;
  const m = log.model;
  if (vars.cohorts.length === 0 || vars.slots.length === 0) return false;
  const s0 = m.slotSession[randomOf(rng, vars.slots)]!;
  const c = m.sCohort[s0]!;
  const p = m.sTemplate[s0]!;
  const qFrom = m.tplQualifiedStart[p]!;
  const qTo = m.tplQualifiedStart[p + 1]!;
  if (qFrom === qTo) return false;
  let nFreed = 0;
  const D = m.dayCount;
  for (let n = 0; n < RIVALS; n++) {
    const t = randomOf(rng, m.tplQualified, qFrom, qTo);
    for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
      const d = m.sDay[m.cSessions[i]!]!;
      if (d === NONE) continue;
      for (let k = m.tdHead[t * D + d]!; k !== NONE; ) {
        const next = m.slotNext[k]!;
        const o = m.slotSession[k]!;
        if (vars.canSlot[k] && m.sCohort[o] !== c && nFreed < freed.length) {
          log.setTrainer(k, NONE);
          freed[nFreed++] = o;
        }
        k = next;
      }
    }
  }
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) clearSession(log, vars.canSlot, m.cSessions[i]!);
  for (let i = m.cSessionStart[c]!; i < m.cSessionStart[c + 1]!; i++) {
    const s = m.cSessions[i]!;
    if (m.sDay[s] !== NONE) fillTrainers(log, vars, s);
  }
  polishCohortTrainers(log, vars, c);
  for (let i = 0; i < nFreed; i++) {
    const o = freed[i]!;
    if (m.sDay[o] !== NONE) fillTrainers(log, vars, o);
  }
  for (let i = 0; i < nFreed; i++) polishCohortTrainers(log, vars, m.sCohort[freed[i]!]!);
  return true;
}
