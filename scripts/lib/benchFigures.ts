// Figures shared by the solver benchmarks (scripts/bench.ts, scripts/bench-solver.ts):
// the median, and the rate of single-variable move evaluations on a constructed plan.
import type { Plan } from '../../shared/domain/schema';
import { createRng } from '../../main/demo/random';
import { ChangeLog } from '../../main/solver/changeLog';
import { construct, constructionOrder } from '../../main/solver/construct';
import { buildModel, NONE } from '../../main/solver/model';
import { Scorer } from '../../main/solver/score';
import { findVariables, impossibleSessions } from '../../main/solver/variables';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/**
 * Random single-variable changes (a trainer, a room or a date) on the construction's
 * plan, each scored and undone: evaluations per second of wall time and per second
 * of this process's CPU time (the machine is shared, so the two differ).
 */
export function singleMoveRate(plan: Plan, seed: number, ms: number): { wall: number; cpu: number } {
  const m = buildModel(plan);
  const scorer = new Scorer(m);
  const vars = findVariables(m, 'optimise', impossibleSessions(m));
  construct(new ChangeLog(scorer), vars, constructionOrder(m, vars));
  const rng = createRng(seed);
  let n = 0;
  let sink = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  while (performance.now() - start < ms) {
    for (let i = 0; i < 10_000; i++) {
      const r = rng.next();
      if (r < 0.5) {
        const k = vars.slots[Math.floor(rng.next() * vars.slots.length)]!;
        const p = m.sTemplate[m.slotSession[k]!]!;
        const q = m.tplQualifiedStart[p]!;
        const count = m.tplQualifiedStart[p + 1]! - q;
        if (count === 0) continue;
        const old = m.slotTrainer[k]!;
        scorer.setTrainer(k, m.tplQualified[q + Math.floor(rng.next() * count)]!);
        sink += scorer.cost();
        scorer.setTrainer(k, old);
      } else if (r < 0.75) {
        const s = vars.roomSessions[Math.floor(rng.next() * vars.roomSessions.length)]!;
        const from = m.sRoomCandStart[s]!;
        const count = m.sRoomCandStart[s + 1]! - from;
        if (count === 0) continue;
        const old = m.sRoom[s]!;
        scorer.setRoom(s, m.sRoomCands[from + Math.floor(rng.next() * count)]!);
        sink += scorer.cost();
        scorer.setRoom(s, old);
      } else {
        const s = vars.dateSessions[Math.floor(rng.next() * vars.dateSessions.length)]!;
        const c = m.sCohort[s]!;
        const from = m.cLegalStart[c]!;
        const count = m.cLegalStart[c + 1]! - from;
        if (count === 0) continue;
        const old = m.sDay[s]!;
        scorer.setDate(s, m.cLegal[from + Math.floor(rng.next() * count)]!);
        sink += scorer.cost();
        scorer.setDate(s, old === NONE ? NONE : old);
      }
      n++;
    }
  }
  // Keeps the scoring from being optimised away.
  if (Number.isNaN(sink)) console.log('');
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (n * 1000) / (performance.now() - start), cpu: (n * 1e6) / (cpu.user + cpu.system) };
}
