// The solver's worker thread: runs one job (see runJob.ts) and reports progress
// as messages. The search is one synchronous loop, so a cancel cannot arrive as
// a message; it is a flag in shared memory that the search polls.
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type SolverJob } from './runJob';
import type { WorkerMessage } from './workerMessages';

const { job, stop } = workerData as { job: SolverJob; stop: SharedArrayBuffer };
const flag = new Int32Array(stop);
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
  const outcome = runJob(job, {
    onProgress: (progress) => post({ type: 'progress', progress }),
    shouldStop: () => Atomics.load(flag, 0) !== 0,
  });
  post({ type: 'done', outcome });
} catch (e) {
  post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
}
