// Times the reference checker on the demo data sets (DESIGN §7: measured by a
// script, never by a timed unit test). Run: npx tsx scripts/bench-checker.ts [small|term|large] [seed]
import { generateDemo, type DemoSize } from '../main/demo/generate';
import { checkPlan, checkSessions } from '../shared/rules/check';

const size = (process.argv[2] ?? 'large') as DemoSize;
const seed = Number(process.argv[3] ?? 1);

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const out = f();
  return [out, performance.now() - t0];
}

const [{ plan, planted }, genMs] = time(() => generateDemo({ size, seed }));
console.log(`demo ${size} seed ${seed}: ${planted.sessions.length} sessions, ${planted.trainers.length} trainers, ${planted.rooms.length} rooms (generated in ${genMs.toFixed(0)} ms)`);

for (const [label, p] of [['empty plan', plan], ['planted plan', planted]] as const) {
  checkPlan(p); // warm-up: holiday tables, JIT
  const runs: number[] = [];
  let last = checkPlan(p);
  for (let i = 0; i < 5; i++) {
    const [r, ms] = time(() => checkPlan(p));
    last = r;
    runs.push(ms);
  }
  runs.sort((a, b) => a - b);
  console.log(
    `${label}: checkPlan median ${runs[2]!.toFixed(1)} ms (min ${runs[0]!.toFixed(1)}, max ${runs[4]!.toFixed(1)}); ` +
      `score hard ${last.score.hard}, unassigned ${last.score.unassigned}, soft ${last.score.soft}; ` +
      `${last.violations.length} violations, ${last.deferredSessionIds.length} deferred`,
  );
  for (const t of last.totals.filter((x) => x.level === 'hard' && x.count > 0)) console.log(`  ${t.rule}: ${t.count} (${t.penalty})`);
}

const ids = planted.sessions.slice(0, 50).map((s) => s.id);
const [, oneMs] = time(() => ids.forEach((id) => checkSessions(planted, [id])));
console.log(`checkSessions on one session: ${(oneMs / ids.length).toFixed(1)} ms on average over ${ids.length}`);
