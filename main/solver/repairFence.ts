// Repair's fence in the packed model: the values it has freed (cleared and open to
// the search) and the ones it has only opened (kept, but the search may change
// them). Everything outside the fence keeps its value, so repair changes only what
// the broken rules point at and what had to move because of them.
import type { ChangeLog } from './changeLog';
import * as model from './model';
import type { Model } from './model';
import type { Freeing } from './repairFreeing';
import { fencedVariables, type Variables } from './variables';

const { NONE, LOCK_DATE, LOCK_ROOM, LOCK_TRAINERS } = model;

export class Fence {
  readonly canDate: Uint8Array;
  readonly canRoom: Uint8Array;
  readonly canSlot: Uint8Array;
  private readonly sessionIx: Map<string, number>;
  private readonly trainerIx: Map<string, number>;

  constructor(
    readonly log: ChangeLog,
    private readonly impossible: Uint8Array,
  ) {
    const m = log.model;
    this.canDate = new Uint8Array(m.sessionCount);
    this.canRoom = new Uint8Array(m.sessionCount);
    this.canSlot = new Uint8Array(m.slotTrainer.length);
    this.sessionIx = new Map(m.sessionIds.map((id, i) => [id, i]));
    this.trainerIx = new Map(m.trainerIds.map((id, i) => [id, i]));
  }

  private get m(): Model {
    return this.log.model;
  }

  /** Clears what `freeing` names and opens it to the search; locked values stay (Freeing never names them). */
  free(freeing: Freeing): void {
    const m = this.m;
    const log = this.log;
    for (const [id, values] of freeing.values) {
      const s = this.sessionIx.get(id);
      if (s === undefined) continue;
      const locks = m.sLocks[s]!;
      if (values.has('date') && !(locks & LOCK_DATE)) {
        log.setDate(s, NONE);
        this.canDate[s] = 1;
      }
      if (values.has('room') && !(locks & LOCK_ROOM)) {
        log.setRoom(s, NONE);
        this.canRoom[s] = 1;
      }
      if (values.has('trainers') && !(locks & LOCK_TRAINERS)) {
        const only = freeing.trainers.get(id);
        const leaving = only && only.size > 0 ? new Set([...only].map((t) => this.trainerIx.get(t) ?? NONE)) : null;
        for (let k = m.slotStart[s]!; k < m.slotStart[s + 1]!; k++) {
          const t = m.slotTrainer[k]!;
          if (leaving && t !== NONE && !leaving.has(t)) continue;
          log.setTrainer(k, NONE);
          this.canSlot[k] = 1;
        }
      }
    }
    log.commit();
  }

  /**
   * Opens, without clearing, every trainer seat held by a trainer qualified for one
   * of these sessions: they may hand a booking to someone else and take the session.
   */
  openQualifiedSeats(sessions: Iterable<number>): void {
    const m = this.m;
    const qualified = new Uint8Array(m.trainerCount);
    for (const s of sessions) {
      const p = m.sTemplate[s]!;
      for (let i = m.tplQualifiedStart[p]!; i < m.tplQualifiedStart[p + 1]!; i++) qualified[m.tplQualified[i]!] = 1;
    }
    for (let k = 0; k < m.slotTrainer.length; k++) {
      const t = m.slotTrainer[k]!;
      if (t !== NONE && qualified[t]) this.canSlot[k] = 1;
    }
  }

  variables(): Variables {
    return fencedVariables(this.m, this.canDate, this.canRoom, this.canSlot, this.impossible);
  }

  /** The session's index in the model. */
  index(id: string): number | undefined {
    return this.sessionIx.get(id);
  }
}
