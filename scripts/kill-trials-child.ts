// One kill trial's victim: opens the store and saves as fast as it can, printing
// "ack N" only after save N has resolved (is durable). The parent kills it -9.
import { openStore } from '../main/store';

const file = process.argv[2];
if (!file) throw new Error('usage: kill-trials-child FILE');

const store = await openStore({ file, app: 'kill trial' });
if (store.status().readOnly || store.status().notices.length > 0) {
  process.stdout.write(`bad-open ${JSON.stringify(store.status())}\n`);
  process.exit(2);
}
let counter = Number(/^save (\d+)$/.exec(store.read().term.name)?.[1] ?? 0);
process.stdout.write(`open ${counter}\n`);
for (;;) {
  const next = counter + 1;
  const started = performance.now();
  await store.update((plan) => {
    plan.term.name = `save ${next}`;
  });
  counter = next;
  process.stdout.write(`ack ${next} ${(performance.now() - started).toFixed(3)}\n`);
}
