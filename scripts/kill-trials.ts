// Kills a process that is saving to the store (kill -9, at a random moment) many
// times over, and checks after each kill that the store opens cleanly and kept
// every save that was acknowledged.
//
//   node --import tsx scripts/kill-trials.ts [--trials 200] [--cohorts 100] [--keep]
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { openStore } from '../main/store';
import { synthPlan } from './lib/synthPlan';

const { values } = parseArgs({
  options: {
    trials: { type: 'string', default: '200' },
    cohorts: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
  },
});
const trials = Number(values.trials);
const cohorts = Number(values.cohorts);

const work = await mkdtemp(join(tmpdir(), 'holdplan-kill-'));
const file = join(work, 'data', 'holdplan.json');
// Bundled once so each child starts in a fraction of a second instead of compiling TypeScript.
const child = join(work, 'child.mjs');
await build({
  entryPoints: [fileURLToPath(new URL('./kill-trials-child.ts', import.meta.url))],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: child,
  logLevel: 'error',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});

const seed = await openStore({ file, app: 'kill trials' });
await seed.update((plan) => void Object.assign(plan, synthPlan(cohorts, 200), { term: { ...plan.term, name: 'save 0' } }));
const sessionCount = seed.read().sessions.length;
await seed.close();

interface Outcome {
  acked: number;
  saveMs: number[];
  childError: string | null;
}

function runVictim(killBeforeOpen: boolean): Promise<Outcome> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [child, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const outcome: Outcome = { acked: -1, saveMs: [], childError: null };
    let buffer = '';
    let stderr = '';
    const kill = () => proc.kill('SIGKILL');
    if (killBeforeOpen) setTimeout(kill, Math.random() * 150);
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, n, ms] = line.split(' ');
        if (word === 'open' && !killBeforeOpen) setTimeout(kill, Math.random() * 800);
        else if (word === 'ack') {
          outcome.acked = Number(n);
          outcome.saveMs.push(Number(ms));
        } else if (word === 'bad-open') outcome.childError = line;
      }
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') outcome.childError ??= `exited with ${code}: ${stderr.trim().split('\n').pop() ?? ''}`;
      resolve(outcome);
    });
  });
}

const failures: string[] = [];
const saveMs: number[] = [];
let lastAcked = 0;
let killedDuringOpen = 0;
for (let t = 1; t <= trials; t++) {
  const beforeOpen = Math.random() < 0.15;
  if (beforeOpen) killedDuringOpen++;
  const outcome = await runVictim(beforeOpen);
  saveMs.push(...outcome.saveMs);
  if (outcome.acked >= 0) lastAcked = outcome.acked;
  if (outcome.childError) failures.push(`trial ${t}: the victim failed: ${outcome.childError}`);

  try {
    const store = await openStore({ file, app: 'kill trials' });
    const status = store.status();
    const counter = Number(/^save (\d+)$/.exec(store.read().term.name)?.[1] ?? NaN);
    if (status.notices.length > 0) failures.push(`trial ${t}: opened with notices: ${status.notices.join(' | ')}`);
    if (status.readOnly) failures.push(`trial ${t}: opened read-only (lock held by ${JSON.stringify(status.lockHolder)})`);
    if (!(counter >= lastAcked)) failures.push(`trial ${t}: lost an acknowledged save: the store says ${counter}, save ${lastAcked} was acknowledged`);
    if (counter > lastAcked + 1) failures.push(`trial ${t}: the store says ${counter}, beyond the one save in flight after ${lastAcked}`);
    if (store.read().sessions.length !== sessionCount) failures.push(`trial ${t}: the plan has ${store.read().sessions.length} sessions, not ${sessionCount}`);
    lastAcked = Math.max(lastAcked, counter);
    await store.close();
  } catch (e) {
    failures.push(`trial ${t}: the store did not open: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (t % 20 === 0) process.stdout.write(`  ${t}/${trials} trials, ${failures.length} failures, ${lastAcked} saves acknowledged\n`);
}

const sorted = [...saveMs].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? NaN;
console.log(`kill -9 trials: ${trials} (${killedDuringOpen} killed while opening), failures: ${failures.length}`);
console.log(`acknowledged saves: ${saveMs.length}; plan: ${sessionCount} sessions; save time median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
for (const f of failures.slice(0, 20)) console.log(`  FAIL ${f}`);
if (values.keep) console.log(`store kept in ${work}`);
else await rm(work, { recursive: true, force: true });
process.exitCode = failures.length > 0 ? 1 : 0;
