// How long one acknowledged save takes for a term-sized plan (about 1,800
// sessions and 700 trainers): validation, serialisation, the durable write and the backup.
//
//   node --import tsx scripts/store-save-time.ts [--saves 30] [--cohorts 300] [--trainers 700]
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../main/store';
import { synthPlan } from './lib/synthPlan';

const { values } = parseArgs({
  options: {
    saves: { type: 'string', default: '30' },
    cohorts: { type: 'string', default: '300' },
    trainers: { type: 'string', default: '700' },
  },
});

const work = await mkdtemp(join(tmpdir(), 'holdplan-savetime-'));
const file = join(work, 'holdplan.json');
const store = await openStore({ file, app: 'save-time script' });
await store.update((plan) => void Object.assign(plan, synthPlan(Number(values.cohorts), Number(values.trainers))));

const times: number[] = [];
for (let i = 0; i < Number(values.saves); i++) {
  const started = performance.now();
  await store.update((plan) => {
    const session = plan.sessions[i % plan.sessions.length]!;
    session.trainerIds = [plan.trainers[(i * 13) % plan.trainers.length]!.id];
  });
  times.push(performance.now() - started);
}
const plan = store.read();
const size = (await stat(file)).size;
await store.close();
await rm(work, { recursive: true, force: true });

const sorted = [...times].sort((a, b) => a - b);
const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN).toFixed(1);
console.log(`plan: ${plan.sessions.length} sessions, ${plan.trainers.length} trainers, ${plan.cohorts.length} cohorts; file ${(size / 1024).toFixed(0)} KiB`);
console.log(`save time over ${times.length} saves: median ${at(0.5)} ms, min ${at(0)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
