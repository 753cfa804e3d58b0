// The solver benchmark's exact reference (issue 4, item 8): with the planted plan's
// dates fixed, solve the room-and-trainer MIP with HiGHS, re-score its plan with the
// reference checker and print the figures. A script, not a test: it takes minutes.
// Run: node --import tsx scripts/bench-mip.ts --size small|term|large [--seconds N] [--seed N] [--cold] [--log]
//   --cold  do not give HiGHS the planted assignment as a starting solution
import { generateDemo, type DemoSize } from '../main/demo/generate';
import { buildAssignmentMip } from '../main/solver/mip/assignmentMip';
import { solveAssignmentReference } from '../main/solver/mip/reference';
import { checkPlan } from '../shared/rules/check';
import type { CheckResult } from '../shared/rules/types';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
}

const size = (arg('size') ?? 'small') as DemoSize;
if (!['small', 'term', 'large'].includes(size)) throw new Error(`--size must be small, term or large, not ${size}`);
const seconds = Number(arg('seconds') ?? 300);
const seed = Number(arg('seed') ?? 1);
const cold = process.argv.includes('--cold');

const { planted } = generateDemo({ size, seed });
// The planted plan's dates with no rooms or trainers: the MIP decides those.
const dated = { ...planted, sessions: planted.sessions.map((s) => ({ ...s, roomId: null, trainerIds: [] })) };
const built = buildAssignmentMip(dated);
console.log(`demo ${size} seed ${seed}: ${planted.sessions.length} sessions, ${planted.trainers.length} trainers, ${planted.rooms.length} rooms`);
console.log(`MIP: ${built.size.columns} variables (${built.size.integers} integer), ${built.size.rows} constraints, ${built.size.sessions} sessions decided, LP text ${(built.lp.length / 1e6).toFixed(1)} MB`);

const r = await solveAssignmentReference(dated, { timeLimitSeconds: seconds, start: cold ? undefined : planted, log: process.argv.includes('--log') });
const { mip } = r;
console.log(`HiGHS: ${mip.status} (model status ${mip.detail}) after ${mip.seconds.toFixed(1)} s (build ${r.buildSeconds.toFixed(1)} s, time limit ${seconds} s${cold ? ', cold start' : ', started from the planted assignment'}); WebAssembly memory ${(mip.memoryBytes / 2 ** 20).toFixed(0)} MiB`);
console.log(`objective ${mip.objective}, best bound ${mip.bound.toFixed(1)}, gap ${(100 * mip.gap).toFixed(3)} %; unassigned ${r.unassigned}`);
console.log(`objective − checker (modelled goals + unassigned cost): ${r.difference}`);

function goals(c: CheckResult): Map<string, number> {
  return new Map(c.totals.filter((t) => t.level === 'soft').map((t) => [t.rule, t.penalty]));
}
const before = goals(checkPlan(planted));
const after = goals(r.check);
console.log(`checker: hard ${r.check.score.hard}, unassigned ${r.check.score.unassigned}, soft ${r.check.score.soft} (planted ${checkPlan(planted).score.soft})`);
console.log('goal         MIP plan   planted');
for (const [rule, penalty] of after) console.log(`${rule.padEnd(12)} ${String(penalty).padStart(8)}  ${String(before.get(rule) ?? 0).padStart(8)}${built.constantGoals.includes(rule) ? '   (constant with dates fixed)' : ''}`);
console.log(`soft without constant goals: MIP plan ${r.modelledSoft}, lower bound ${Math.ceil(mip.bound - 1e-6 - r.unassigned * r.unassignedCost)}`);
