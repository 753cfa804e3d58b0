// Solver figures against the targets of issue 4 (measured by a script, never by a
// timed unit test). Run: node --import tsx scripts/bench-solver.ts [--sizes small,term,large] [--seeds 3] [--long] [--out report.md]
//   time to feasible: no hard violation and every assignable session assigned (median over seeds)
//   soft after 10 s (and 60 s with --long)
//   single-variable move evaluations per second on the construction's plan (set, score, undo)
import { generateDemo, type DemoSize } from '../main/demo/generate';
import { solve } from '../main/solver/solve';
import { checkPlan } from '../shared/rules/check';
import { median, singleMoveRate } from './lib/benchFigures';
import { writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (flag('--sizes') ?? 'small,term,large').split(',') as DemoSize[];
const seeds = Array.from({ length: Number(flag('--seeds') ?? 3) }, (_, i) => i + 1);
const long = args.includes('--long');
const out = flag('--out');
const report: string[] = [];
const line = (text: string) => {
  console.log(text);
  report.push(text);
};
const FEASIBLE_CAP_S: Record<DemoSize, number> = { small: 10, term: 30, large: 90 };

line(`# Solver benchmark (${new Date().toISOString().slice(0, 16)}, seeds ${seeds.join(', ')})\n`);
line('| size | sessions | feasible (median s) | feasible per seed | soft after 10 s | ' + (long ? 'soft after 60 s | ' : '') + 'LS moves/s (10 s run) | single-variable evals/s (wall) | per CPU s |');
line('|---|---|---|---|---|' + (long ? '---|' : '') + '---|---|---|');
for (const size of sizes) {
  const feasible: (number | null)[] = [];
  const soft10: number[] = [];
  const soft60: number[] = [];
  const lsRate: number[] = [];
  const evalRate: number[] = [];
  const evalCpuRate: number[] = [];
  let sessions = 0;
  for (const seed of seeds) {
    const { plan } = generateDemo({ size, seed });
    sessions = plan.sessions.length;
    const f = solve(plan, { mode: 'fill', seconds: FEASIBLE_CAP_S[size], seed, stopWhenFeasible: true });
    feasible.push(f.timeToFeasibleMs);
    const r10 = solve(plan, { mode: 'fill', seconds: 10, seed });
    const check = checkPlan(r10.plan);
    if (check.score.soft !== r10.score.soft || check.score.hard !== r10.score.hard) throw new Error(`the solver's score disagrees with the checker on ${size} seed ${seed}`);
    soft10.push(r10.score.hard === 0 && r10.score.unassigned === 0 ? r10.score.soft : NaN);
    lsRate.push(r10.movesPerSecond);
    if (long) soft60.push(solve(plan, { mode: 'fill', seconds: 60, seed }).score.soft);
    const rate = singleMoveRate(plan, seed, 2000);
    evalRate.push(rate.wall);
    evalCpuRate.push(rate.cpu);
  }
  const done = feasible.filter((x): x is number => x !== null);
  const perSeed = feasible.map((x) => (x === null ? 'not reached' : (x / 1000).toFixed(2))).join(' / ');
  const cells = [
    size,
    String(sessions),
    done.length === feasible.length ? (median(done) / 1000).toFixed(2) : `${done.length}/${feasible.length} reached`,
    perSeed,
    soft10.map((x) => (Number.isNaN(x) ? 'infeasible' : String(x))).join(' / '),
    ...(long ? [soft60.join(' / ')] : []),
    Math.round(median(lsRate)).toLocaleString('en'),
    Math.round(median(evalRate)).toLocaleString('en'),
    Math.round(median(evalCpuRate)).toLocaleString('en'),
  ];
  console.error(`${size} done`);
  line(`| ${cells.join(' | ')} |`);
}

if (out) writeFileSync(out, `${report.join('\n')}\n`);
