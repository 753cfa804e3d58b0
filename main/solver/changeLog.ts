// Every planned-value change the search makes goes through here, so a move of
// any size (one value, a swap, a whole cohort, a ruin-and-recreate) can be
// undone exactly when it is rejected. Preallocated: no allocation per move.
import type { Model } from './model';
import type { Scorer } from './score';

const DATE = 0;
const ROOM = 1;
const TRAINER = 2;

export class ChangeLog {
  private kind: Uint8Array;
  private index: Int32Array;
  private old: Int32Array;
  private n = 0;

  constructor(
    readonly scorer: Scorer,
    capacity = 4096,
  ) {
    this.kind = new Uint8Array(capacity);
    this.index = new Int32Array(capacity);
    this.old = new Int32Array(capacity);
  }

  get model(): Model {
    return this.scorer.m;
  }

  get size(): number {
    return this.n;
  }

  setDate(s: number, day: number): void {
    const m = this.scorer.m;
    if (m.sDay[s] === day) return;
    this.push(DATE, s, m.sDay[s]!);
    this.scorer.setDate(s, day);
  }

  setRoom(s: number, room: number): void {
    const m = this.scorer.m;
    if (m.sRoom[s] === room) return;
    this.push(ROOM, s, m.sRoom[s]!);
    this.scorer.setRoom(s, room);
  }

  setTrainer(k: number, t: number): void {
    const m = this.scorer.m;
    if (m.slotTrainer[k] === t) return;
    this.push(TRAINER, k, m.slotTrainer[k]!);
    this.scorer.setTrainer(k, t);
  }

  /** Keeps the changes made since the last commit or undo. */
  commit(): void {
    this.n = 0;
  }

  /** Takes back every change since the last commit, newest first. */
  undo(): void {
    this.undoTo(0);
  }

  /** Takes back the changes made after the log had `mark` entries (see size). */
  undoTo(mark: number): void {
    const scorer = this.scorer;
    while (this.n > mark) {
      const i = --this.n;
      const k = this.kind[i]!;
      if (k === DATE) scorer.setDate(this.index[i]!, this.old[i]!);
      else if (k === ROOM) scorer.setRoom(this.index[i]!, this.old[i]!);
      else scorer.setTrainer(this.index[i]!, this.old[i]!);
    }
  }

  /** Writes into these copies of the planned values the state before the pending changes. */
  writeStateBefore(day: Int32Array, room: Int32Array, slot: Int32Array): void {
    for (let i = this.n - 1; i >= 0; i--) {
      const k = this.kind[i]!;
      (k === DATE ? day : k === ROOM ? room : slot)[this.index[i]!] = this.old[i]!;
    }
  }

  private push(kind: number, index: number, old: number): void {
    if (this.n === this.kind.length) this.grow();
    this.kind[this.n] = kind;
    this.index[this.n] = index;
    this.old[this.n] = old;
    this.n++;
  }

  private grow(): void {
    const size = this.kind.length * 2;
    const kind = new Uint8Array(size);
    const index = new Int32Array(size);
    const old = new Int32Array(size);
    kind.set(this.kind);
    index.set(this.index);
    old.set(this.old);
    this.kind = kind;
    this.index = index;
    this.old = old;
  }
}
