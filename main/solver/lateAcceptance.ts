// The late-acceptance step shared by the solver's search and repair's: hard rules
// and unassigned sessions never get worse, the soft cost is accepted when it is no
// worse than now or than it was a history's length of steps ago, and the best plan
// met so far is kept so the search can end on it. The callers keep their own
// policy (when to stop, kick or count progress); this holds only the bookkeeping.
import type { ChangeLog } from './changeLog';
import { HARD_WEIGHT, UNASSIGNED_WEIGHT, type Scorer } from './score';
import type { ScoreTriple } from './types';

export function better(a: ScoreTriple, b: ScoreTriple): boolean {
  return a.hard !== b.hard ? a.hard < b.hard : a.unassigned !== b.unassigned ? a.unassigned < b.unassigned : a.soft < b.soft;
}

/** The part of the cost the search may never make worse: hard rules, then unassigned sessions. */
export function primaryCost(scorer: Scorer): number {
  return scorer.hard * HARD_WEIGHT + scorer.unassigned * UNASSIGNED_WEIGHT;
}

/** What became of a move offered to the search, in rising order of good news. */
export const Verdict = {
  /** Undone. */
  rejected: 0,
  /** Kept, but not the best plan. */
  accepted: 1,
  /** Kept, and as good as the best plan, which it still is. */
  bestTied: 2,
  /** Kept, and a new best by the soft goals alone. */
  bestSofter: 3,
  /** Kept, and a new best that breaks fewer hard rules or leaves fewer sessions unassigned. */
  bestMended: 4,
} as const;
export type Verdict = (typeof Verdict)[keyof typeof Verdict];

export class LateAcceptance {
  /** The best score met so far; read it, do not change it. */
  readonly best: ScoreTriple;
  private readonly scorer: Scorer;
  private readonly history: Float64Array;
  private currentCost: number;
  private currentPrimary: number;
  /** While false, the best plan is the copy below, not the model's values. */
  private currentIsBest = true;
  private readonly bestDay: Int32Array;
  private readonly bestRoom: Int32Array;
  private readonly bestSlot: Int32Array;

  /** Starts from the model's committed values, which are the first best plan. */
  constructor(
    private readonly log: ChangeLog,
    historyLength: number,
  ) {
    const scorer = log.scorer;
    const m = log.model;
    this.scorer = scorer;
    this.best = scorer.score();
    this.bestDay = Int32Array.from(m.sDay);
    this.bestRoom = Int32Array.from(m.sRoom);
    this.bestSlot = Int32Array.from(m.slotTrainer);
    this.currentCost = scorer.cost();
    this.history = new Float64Array(historyLength).fill(this.currentCost);
    this.currentPrimary = primaryCost(scorer);
  }

  /** The cost of the plan the search stands on. */
  get current(): number {
    return this.currentCost;
  }

  /** Judges the pending changes of a move made at `step`: commits or undoes them, and says which. */
  offer(step: number): Verdict {
    const scorer = this.scorer;
    const history = this.history;
    const cost = scorer.cost();
    const slot = step % history.length;
    const primary = primaryCost(scorer);
    // A plan with fewer broken rules or unassigned sessions restarts the history from it.
    if (primary < this.currentPrimary) {
      history.fill(cost);
      this.currentPrimary = primary;
    }
    let verdict: Verdict = Verdict.rejected;
    if (primary <= this.currentPrimary && (cost <= this.currentCost || cost <= history[slot]!)) {
      verdict = this.judgeAgainstBest();
      if (verdict === Verdict.accepted && this.currentIsBest) {
        // Leaving the best plan: keep a copy of it, the state before this move.
        this.copyModelBeforePending();
        this.currentIsBest = false;
      }
      this.log.commit();
      this.currentCost = cost;
    } else this.log.undo();
    if (this.currentCost < history[slot]!) history[slot] = this.currentCost;
    return verdict;
  }

  /**
   * Commits the pending changes of a kick the caller chose to keep, whatever
   * their cost: the search goes on from there with a history that starts afresh.
   */
  restart(): void {
    const now = this.scorer.score();
    if (better(now, this.best)) {
      Object.assign(this.best, now);
      this.currentIsBest = true;
    } else if (this.currentIsBest) {
      this.copyModelBeforePending();
      this.currentIsBest = false;
    }
    this.log.commit();
    this.currentCost = this.scorer.cost();
    this.history.fill(this.currentCost);
  }

  /** Puts the best plan back into the model (and rescores) unless the model holds it; says whether it did. */
  restoreBest(): boolean {
    if (this.currentIsBest) return false;
    const m = this.log.model;
    m.sDay.set(this.bestDay);
    m.sRoom.set(this.bestRoom);
    m.slotTrainer.set(this.bestSlot);
    this.scorer.rescore();
    this.currentIsBest = true;
    return true;
  }

  /** For a move that passed late acceptance: a new or tied best (which it records), or merely accepted. */
  private judgeAgainstBest(): Verdict {
    const scorer = this.scorer;
    const best = this.best;
    const now: ScoreTriple = { hard: scorer.hard, unassigned: scorer.unassigned, soft: scorer.soft };
    let verdict: Verdict;
    if (better(now, best)) verdict = now.hard !== best.hard || now.unassigned !== best.unassigned ? Verdict.bestMended : Verdict.bestSofter;
    else if (!better(best, now) && this.currentIsBest) verdict = Verdict.bestTied;
    else return Verdict.accepted;
    Object.assign(best, now);
    this.currentIsBest = true;
    return verdict;
  }

  private copyModelBeforePending(): void {
    const m = this.log.model;
    this.bestDay.set(m.sDay);
    this.bestRoom.set(m.sRoom);
    this.bestSlot.set(m.slotTrainer);
    this.log.writeStateBefore(this.bestDay, this.bestRoom, this.bestSlot);
  }
}
