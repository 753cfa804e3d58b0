// Repair figures against issue 4's target "a valid plan again in under 1 s after one
// trainer drops out of a solved term plan, changing only sessions that involved that
// trainer or had to move because of them" (a script, never a timed unit test).
// Run: npm run bench:repair --  [--seeds 1] [--trainers 5] [--repeats 3] [--solve-moves 200000]
// For each of the busiest trainers of the solved term plan, cancel them for their
// busiest ISO week and for the whole term, repair, and print per case: sessions broken,
// sessions changed, changed sessions that did not involve the trainer, hard violations
// after, wall and CPU time (median over repeats) and the time of each phase of repair.
import { generateDemo } from '../main/demo/generate';
import { repairPlan, type RepairPhase } from '../main/solver/repair';
import { solve } from '../main/solver/solve';
import { isoWeekLabel } from '../shared/calendar/dates';
import type { IsoDate, Plan } from '../shared/domain/schema';
import { checkPlan } from '../shared/rules/check';
import { median } from './lib/benchFigures';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seeds = Array.from({ length: flag('--seeds', 1) }, (_, i) => i + 1);
const trainerCount = flag('--trainers', 5);
const repeats = flag('--repeats', 3);
const solveMoves = flag('--solve-moves', 200_000);
const PHASES: readonly RepairPhase[] = ['check', 'freeing', 'model', 'search', 'explain'];

function busiestTrainers(plan: Plan, n: number): { id: string; dates: IsoDate[] }[] {
  const dates = new Map<string, IsoDate[]>();
  for (const s of plan.sessions) for (const t of s.trainerIds) if (s.date) dates.set(t, [...(dates.get(t) ?? []), s.date]);
  return [...dates].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).slice(0, n).map(([id, d]) => ({ id, dates: d.sort() }));
}

/** Monday to Sunday of the ISO week in which the trainer has the most sessions. */
function busiestWeek(dates: readonly IsoDate[]): { start: IsoDate; end: IsoDate } {
  const byWeek = new Map<string, IsoDate[]>();
  for (const d of dates) byWeek.set(isoWeekLabel(d), [...(byWeek.get(isoWeekLabel(d)) ?? []), d]);
  const week = [...byWeek.values()].sort((a, b) => b.length - a.length)[0]!;
  const monday = new Date(`${week[0]!}T00:00:00Z`);
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const sunday = new Date(monday);
  sunday.setUTCDate(sunday.getUTCDate() + 6);
  return { start: monday.toISOString().slice(0, 10), end: sunday.toISOString().slice(0, 10) };
}

function cancelled(plan: Plan, trainerId: string, range: { start: IsoDate; end: IsoDate }): Plan {
  return { ...plan, trainers: plan.trainers.map((t) => (t.id === trainerId ? { ...t, unavailable: [...t.unavailable, range] } : t)) };
}

const ms = (x: number) => x.toFixed(0).padStart(5);
console.log(`# Repair benchmark (${new Date().toISOString().slice(0, 16)}, term size, seeds ${seeds.join(', ')}, median of ${repeats})\n`);
console.log(`| seed | trainer | cancelled | broken | changed | changed without the trainer | hard after | unassigned after | wall ms | CPU ms | ${PHASES.join(' ms | ')} ms |`);
console.log(`|---|---|---|---|---|---|---|---|---|---|${PHASES.map(() => '---|').join('')}`);
const walls: number[] = [];
const cpus: number[] = [];
for (const seed of seeds) {
  const { plan: empty } = generateDemo({ size: 'term', seed });
  // A move budget, not a time limit: the same solved plan on every run.
  const solved = solve(empty, { mode: 'fill', seconds: 120, maxMoves: solveMoves, seed: 1 }).plan;
  const solvedScore = checkPlan(solved).score;
  if (solvedScore.hard > 0 || solvedScore.unassigned > 0) console.log(`(seed ${seed}: the solved plan is not clean: ${JSON.stringify(solvedScore)})`);
  for (const trainer of busiestTrainers(solved, trainerCount)) {
    const cases: [string, { start: IsoDate; end: IsoDate }][] = [
      ['busiest week', busiestWeek(trainer.dates)],
      ['whole term', { start: solved.term.start, end: solved.term.end }],
    ];
    for (const [label, range] of cases) {
      const plan = cancelled(solved, trainer.id, range);
      const wall: number[] = [];
      const cpu: number[] = [];
      const phases = new Map<RepairPhase, number[]>(PHASES.map((p) => [p, []]));
      let outcome = null;
      for (let r = 0; r < repeats; r++) {
        const spent = new Map<RepairPhase, number>();
        const started = performance.now();
        const cpuStart = process.cpuUsage();
        outcome = repairPlan(plan, { seed: 1, onPhase: (p, t) => spent.set(p, (spent.get(p) ?? 0) + t) });
        const c = process.cpuUsage(cpuStart);
        wall.push(performance.now() - started);
        cpu.push((c.user + c.system) / 1000);
        for (const p of PHASES) phases.get(p)!.push(spent.get(p) ?? 0);
      }
      const o = outcome!;
      const before = new Map(plan.sessions.map((s) => [s.id, s]));
      const outsiders = o.changes.filter((c) => !before.get(c.sessionId)!.trainerIds.includes(trainer.id)).length;
      const hardAfter = checkPlan(o.plan).score.hard;
      walls.push(median(wall));
      cpus.push(median(cpu));
      console.log(
        `| ${seed} | ${trainer.id} (${trainer.dates.length} days) | ${label} ${range.start}–${range.end} | ${o.broken.length} | ${o.changes.length} | ${outsiders} | ${hardAfter} | ${o.scoreAfter.unassigned} | ${ms(median(wall))} | ${ms(median(cpu))} | ${PHASES.map((p) => ms(median(phases.get(p)!))).join(' | ')} |`,
      );
    }
  }
}
console.log(`\nover all cases: median wall ${median(walls).toFixed(0)} ms (max ${Math.max(...walls).toFixed(0)}), median CPU ${median(cpus).toFixed(0)} ms (max ${Math.max(...cpus).toFixed(0)})`);
