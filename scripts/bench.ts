// The solver benchmark of issue 4, item 8 (figures from a script, never from a timed test).
// Run: npm run bench -- [--sizes small,term,large] [--seeds N] [--long] [--mip-seconds N]
//                       [--locked-seconds N] [--mip-warm] [--no-mip] [--out report.md]
//   1. per size, over seeds 1..N: time to zero hard violations with every assignable
//      session assigned (median), soft after 10 s (and 60 s with --long), local-search
//      moves per second, single-variable move evaluations per second (wall and CPU).
//   2. per size, seed 1: the solver's own dates from its 10 s plan, locked; the solver
//      (optimise mode) and HiGHS both choose rooms and trainers over them. Gap on the
//      soft penalty less the goals constant with dates fixed, per goal and in total,
//      and the time the solver needs to come within 0.5 % / 0.1 % against HiGHS's.
// Writes a markdown report (default .tmp/bench-report.md) after every step.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateDemo, type DemoSize } from '../main/demo/generate';
import { solve } from '../main/solver/solve';
import type { Plan } from '../shared/domain/schema';
import { checkPlan } from '../shared/rules/check';
import { median, singleMoveRate } from './lib/benchFigures';
import { compareWithReference, relativeGap, softAt, timeToWithin, type ReferenceComparison } from './lib/benchReference';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positive = (name: string, fallback: number): number => {
  const v = Number(flag(name) ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number, not ${flag(name)}`);
  return v;
};
const SIZES: readonly DemoSize[] = ['small', 'term', 'large'];
const sizes = (flag('--sizes') ?? SIZES.join(',')).split(',').map((s) => s.trim()) as DemoSize[];
for (const s of sizes) if (!SIZES.includes(s)) throw new Error(`--sizes takes small, term and large, not ${s}`);
const seeds = Array.from({ length: Math.round(positive('--seeds', 3)) }, (_, i) => i + 1);
const long = args.includes('--long');
const mipSeconds = positive('--mip-seconds', 120);
const lockedSeconds = positive('--locked-seconds', 60);
const withMip = !args.includes('--no-mip');
const mipWarm = args.includes('--mip-warm');
const out = flag('--out') ?? '.tmp/bench-report.md';

const FEASIBLE_CAP_S: Record<DemoSize, number> = { small: 10, term: 30, large: 90 };
const FEASIBLE_TARGET_S: Record<DemoSize, number> = { small: 0.5, term: 2, large: 20 };

const report: string[] = [];
const md = (text = '') => report.push(text);
function save(): void {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${report.join('\n')}\n`);
}
const say = (text: string) => console.log(text);
const int = (n: number) => Math.round(n).toLocaleString('en');
const pct = (x: number | null) => (x === null ? '—' : Number.isFinite(x) ? `${(100 * x).toFixed(3)} %` : '∞');
const sec = (ms: number | null) => (ms === null ? 'not reached' : `${(ms / 1000).toFixed(2)} s`);
const verdict = (ok: boolean | null, unknown = 'not measured') => (ok === null ? unknown : ok ? '**met**' : '**not met**');
const AGAINST_BOUND = 'undetermined (outside the gap from a bound, not a proven optimum)';

interface SizeFigures {
  sessions: number;
  trainers: number;
  feasibleMs: (number | null)[];
  soft10: (number | null)[];
  soft60: (number | null)[];
  lsRate: number[];
  evalWall: number[];
  evalCpu: number[];
  /** Seed 1's 10 s plan: its dates are the reference's. */
  tenSecondPlan: Plan;
}

function measureSize(size: DemoSize): SizeFigures {
  const f: Omit<SizeFigures, 'tenSecondPlan'> & { tenSecondPlan?: Plan } = {
    sessions: 0, trainers: 0, feasibleMs: [], soft10: [], soft60: [], lsRate: [], evalWall: [], evalCpu: [],
  };
  for (const seed of seeds) {
    const { plan } = generateDemo({ size, seed });
    f.sessions = plan.sessions.length;
    f.trainers = plan.trainers.length;
    const feasible = solve(plan, { mode: 'fill', seconds: FEASIBLE_CAP_S[size], seed, stopWhenFeasible: true });
    f.feasibleMs.push(feasible.timeToFeasibleMs);
    const r10 = solve(plan, { mode: 'fill', seconds: 10, seed });
    const check = checkPlan(r10.plan);
    if (check.score.soft !== r10.score.soft || check.score.hard !== r10.score.hard) throw new Error(`the solver's score disagrees with the checker on ${size} seed ${seed}`);
    const complete = (s: { hard: number; unassigned: number }) => s.hard === 0 && s.unassigned === 0;
    f.soft10.push(complete(check.score) ? check.score.soft : null);
    f.lsRate.push(r10.movesPerSecond);
    if (seed === seeds[0]) f.tenSecondPlan = r10.plan;
    let line = `${size} seed ${seed}: feasible ${sec(feasible.timeToFeasibleMs)}; after 10 s hard ${check.score.hard}, unassigned ${check.score.unassigned}, soft ${int(check.score.soft)} (${int(r10.movesPerSecond)} moves/s)`;
    if (long) {
      const r60 = solve(plan, { mode: 'fill', seconds: 60, seed });
      f.soft60.push(complete(r60.score) ? r60.score.soft : null);
      line += `; after 60 s soft ${int(r60.score.soft)}`;
    }
    const rate = singleMoveRate(plan, seed, 2000);
    f.evalWall.push(rate.wall);
    f.evalCpu.push(rate.cpu);
    say(`${line}; ${int(rate.wall)} single-variable evaluations/s (${int(rate.cpu)} per CPU s)`);
  }
  if (!f.tenSecondPlan) throw new Error('no seed ran');
  return { ...f, tenSecondPlan: f.tenSecondPlan };
}

const figures = new Map<DemoSize, SizeFigures>();
const comparisons = new Map<DemoSize, ReferenceComparison>();

function writeReport(): void {
  report.length = 0;
  md(`# Solver benchmark`);
  md();
  md(`${new Date().toISOString().slice(0, 16)} UTC; demo sizes ${sizes.join(', ')}; seeds ${seeds.join(', ')}; HiGHS limit ${mipSeconds} s${mipWarm ? ' (warm start from the solver’s 10 s plan)' : ' (cold start)'}; dates-locked solver run ${lockedSeconds} s. Machine shared: CPU figures shown beside wall-clock ones.`);
  md();
  md('## Solver');
  md();
  md('Feasible: no hard violation and every assignable session assigned. Soft: the checker’s soft penalty of complete plans (— when the plan was not complete).');
  md();
  md(`| size | sessions | trainers | feasible, median | feasible per seed | soft after 10 s | ${long ? 'soft after 60 s | ' : ''}LS moves/s | single-variable evals/s (wall) | per CPU s |`);
  md(`|---|---|---|---|---|---|${long ? '---|' : ''}---|---|---|`);
  for (const [size, f] of figures) {
    const done = f.feasibleMs.filter((x): x is number => x !== null);
    const soft = (xs: (number | null)[]) => xs.map((x) => (x === null ? '—' : int(x))).join(' / ');
    md(`| ${[
      size, int(f.sessions), int(f.trainers),
      done.length === f.feasibleMs.length ? sec(median(done)) : `${done.length}/${f.feasibleMs.length} reached`,
      f.feasibleMs.map(sec).join(' / '),
      soft(f.soft10),
      ...(long ? [soft(f.soft60)] : []),
      int(median(f.lsRate)), int(median(f.evalWall)), int(median(f.evalCpu)),
    ].join(' | ')} |`);
  }
  if (comparisons.size > 0) {
    md();
    md('## Exact reference, dates fixed to the solver’s own');
    md();
    md('Seed 1. Dates from the solver’s 10 s plan, locked on every session; rooms and trainers cleared. HiGHS solves the room-and-trainer MIP; the solver runs in optimise mode over the same locked dates. Both plans re-scored with the reference checker. “Modelled soft” = checker soft − spread − stability (constant with dates fixed; no baseline, so stability is 0).');
    md();
    md('| size | sessions dated | MIP columns / rows | HiGHS status | HiGHS solve (build) | MIP plan modelled soft | best bound | HiGHS gap | measured against |');
    md('|---|---|---|---|---|---|---|---|---|');
    for (const [size, c] of comparisons) {
      const m = c.mip.mip;
      md(`| ${[
        size, int(c.sessionsDated), `${int(c.mip.size.columns)} / ${int(c.mip.size.rows)}`,
        `${m.status}${c.mip.unassigned > 0 ? ` (${c.mip.unassigned} unassigned)` : ''}`,
        `${m.seconds.toFixed(1)} s (${c.mip.buildSeconds.toFixed(1)} s)`,
        Number.isNaN(m.objective) ? 'no solution' : int(c.mip.modelledSoft), int(c.bound), pct(m.gap),
        `${c.referenceKind} ${int(c.reference)}`,
      ].join(' | ')} |`);
    }
    md();
    md('Solver against the reference (gap = (solver − reference) / reference on the modelled soft; time ratio = solver’s time / HiGHS’s solve time).');
    md();
    md('| size | free run’s 10 s plan | dates-locked solver: at 10 % of HiGHS time | at 10 s | at 60 s | at end | within 0.5 % after | within 0.1 % after | ratio 0.5 % | ratio 0.1 % |');
    md('|---|---|---|---|---|---|---|---|---|---|');
    for (const [size, c] of comparisons) {
      const f = figures.get(size);
      const free = f ? freeRunSoft(f.tenSecondPlan) : null;
      const at = (ms: number) => {
        const v = ms > c.solver.elapsedMs + 1 ? null : softAt(c.trajectory, ms, c.undated);
        return v === null ? '—' : `${int(v)} (${pct(relativeGap(v, c.reference))})`;
      };
      const hiMs = c.mip.mip.seconds * 1000;
      const t05 = timeToWithin(c.trajectory, c.reference, 0.005, c.undated);
      const t01 = timeToWithin(c.trajectory, c.reference, 0.001, c.undated);
      const ratio = (t: number | null) => (t === null ? '—' : (t / hiMs).toFixed(3));
      md(`| ${[
        size, free === null ? '—' : `${int(free)} (${pct(relativeGap(free, c.reference))})`,
        `${at(hiMs / 10)} at ${(hiMs / 10000).toFixed(1)} s`, at(10_000), at(60_000), `${int(c.solverSoft)} (${pct(relativeGap(c.solverSoft, c.reference))}) at ${(c.solver.elapsedMs / 1000).toFixed(1)} s`,
        sec(t05), sec(t01), ratio(t05), ratio(t01),
      ].join(' | ')} |`);
    }
    for (const [size, c] of comparisons) {
      md();
      md(`### Per goal, ${size} (dates-locked solver at the end of its run vs the MIP’s plan)`);
      md();
      md('| goal | solver | MIP plan | solver − MIP | share of MIP modelled total |');
      md('|---|---|---|---|---|');
      for (const g of c.goals) {
        const diff = g.solver - g.mip;
        md(`| ${g.rule}${g.constant ? ' (constant, left out)' : ''} | ${int(g.solver)} | ${int(g.mip)} | ${int(diff)} | ${g.constant ? '—' : pct(relativeGap(c.mip.modelledSoft + diff, c.mip.modelledSoft))} |`);
      }
      md(`| **modelled total** | ${int(c.solverSoft)} | ${int(c.mip.modelledSoft)} | ${int(c.solverSoft - c.mip.modelledSoft)} | ${pct(relativeGap(c.solverSoft, c.mip.modelledSoft))} |`);
      if (c.constantSolver !== c.constantMip) md(`\n**Warning:** the constant goals differ (solver ${c.constantSolver}, MIP ${c.constantMip}): the dates were not the same.`);
    }
  }
  md();
  md('## Targets (issue 4)');
  md();
  md('| target | measured | verdict |');
  md('|---|---|---|');
  for (const [size, f] of figures) {
    const done = f.feasibleMs.filter((x): x is number => x !== null);
    const all = done.length === f.feasibleMs.length;
    const m = all ? median(done) : null;
    md(`| ${size}: feasible in under ${FEASIBLE_TARGET_S[size]} s (median) | ${all ? sec(m) : `${done.length}/${f.feasibleMs.length} seeds reached`} | ${verdict(all && m !== null && m < FEASIBLE_TARGET_S[size] * 1000)} |`);
  }
  const term = figures.get('term');
  md(`| term: ≥ 1,000,000 single-variable evaluations/s | ${term ? `${int(median(term.evalWall))} wall, ${int(median(term.evalCpu))} per CPU s` : '—'} | ${verdict(term ? median(term.evalWall) >= 1e6 : null)} |`);
  for (const [size, c] of comparisons) {
    const hiMs = c.mip.mip.seconds * 1000;
    const proven = c.referenceKind === 'optimum';
    const note = proven ? `optimum ${int(c.reference)} proven in ${(hiMs / 1000).toFixed(1)} s` : `HiGHS did not prove the optimum in ${(hiMs / 1000).toFixed(0)} s; against its bound ${int(c.reference)}`;
    const v10 = softAt(c.trajectory, hiMs / 10, c.undated);
    const g10 = v10 === null ? null : relativeGap(v10, c.reference);
    md(`| ${size}: within 0.5 % after 10 % of HiGHS’s time (dates fixed) | ${g10 === null ? 'not complete yet' : pct(g10)} at ${(hiMs / 10000).toFixed(1)} s (${note}) | ${verdict(g10 === null ? false : g10 <= 0.005 ? true : proven ? false : null, AGAINST_BOUND)} |`);
    const v60 = c.solver.elapsedMs + 1 >= 60_000 ? softAt(c.trajectory, 60_000, c.undated) : null;
    const g60 = v60 === null ? null : relativeGap(v60, c.reference);
    md(`| ${size}: within 0.1 % after 60 s (dates fixed) | ${c.solver.elapsedMs + 1 < 60_000 ? `run was ${(c.solver.elapsedMs / 1000).toFixed(0)} s` : pct(g60)} (${note}) | ${verdict(g60 === null ? null : g60 <= 0.001 ? true : proven ? false : null, c.solver.elapsedMs + 1 < 60_000 ? 'not measured' : AGAINST_BOUND)} |`);
  }
  md('| small, dates free: within 1 % of the optimum after 10 s | no dates-free exact model in this benchmark | not measured |');
  save();
}

/** Modelled soft (less the constant goals) of a plan, as the checker scores it. */
function freeRunSoft(plan: Plan): number | null {
  const c = checkPlan(plan);
  if (c.score.hard > 0) return null;
  const constant = c.totals.filter((t) => t.level === 'soft' && (t.rule === 'spread' || t.rule === 'stability')).reduce((s, t) => s + t.penalty, 0);
  return c.score.soft - constant;
}

for (const size of sizes) {
  say(`## ${size}`);
  figures.set(size, measureSize(size));
  writeReport();
}
if (withMip) {
  for (const size of sizes) {
    const f = figures.get(size)!;
    say(`## ${size}: exact reference on the solver's own dates (seed ${seeds[0]})`);
    const c = await compareWithReference(f.tenSecondPlan, { seed: seeds[0]!, solverSeconds: lockedSeconds, mipSeconds, mipStart: mipWarm ? f.tenSecondPlan : undefined, say });
    comparisons.set(size, c);
    const m = c.mip.mip;
    say(`  HiGHS: ${m.status} in ${m.seconds.toFixed(1)} s (build ${c.mip.buildSeconds.toFixed(1)} s), ${int(c.mip.size.columns)} columns; MIP plan modelled soft ${int(c.mip.modelledSoft)}, bound ${int(c.bound)}, unassigned ${c.mip.unassigned}`);
    say(`  solver (dates locked) after ${(c.solver.elapsedMs / 1000).toFixed(1)} s: hard ${c.solver.score.hard}, unassigned ${c.solver.score.unassigned} (${c.undated} undated), modelled soft ${int(c.solverSoft)}; gap to ${c.referenceKind} ${pct(relativeGap(c.solverSoft, c.reference))}`);
    say(`  within 0.5 % after ${sec(timeToWithin(c.trajectory, c.reference, 0.005, c.undated))}, within 0.1 % after ${sec(timeToWithin(c.trajectory, c.reference, 0.001, c.undated))}`);
    for (const g of c.goals) say(`    ${g.rule.padEnd(12)} solver ${String(g.solver).padStart(9)}   MIP ${String(g.mip).padStart(9)}${g.constant ? '   (constant)' : ''}`);
    writeReport();
  }
}
say(`report written to ${out}`);
