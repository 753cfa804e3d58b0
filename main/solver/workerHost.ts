// Runs solver jobs in a worker thread so the main process never waits on the
// search (STYLE: heavy work off the main thread; only main writes the store).
// A run reports progress, can be cancelled at any moment (the best plan so far
// comes back), and ends with the job's outcome.
//
// Where the worker's code is: in the Electron app, the bundled
// dist/main/solverWorker.cjs beside this bundle; from the TypeScript sources
// (command line, browser mode, tests), worker.ts loaded through tsx.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RunOutcome, SolverJob } from './runJob';
import type { SolveProgress } from './types';
import type { WorkerMessage } from './workerMessages';

export type RunEnd = { state: 'done' | 'cancelled'; outcome: RunOutcome } | { state: 'failed'; error: string };

export interface SolverRun {
  /** The latest progress, or null before the first report. */
  progress(): SolveProgress | null;
  onProgress(listener: (p: SolveProgress) => void): void;
  /** Asks the search to stop; it ends with the best plan found so far. */
  cancel(): void;
  readonly cancelRequested: boolean;
  /** Settles once the worker has finished; never rejects. */
  readonly ended: Promise<RunEnd>;
}

interface WorkerEntry {
  code: string;
  eval: boolean;
}

const BUNDLED_WORKER = 'solverWorker.cjs';

function workerEntry(): WorkerEntry {
  if (typeof __dirname === 'string') {
    const bundled = path.join(__dirname, BUNDLED_WORKER);
    if (existsSync(bundled)) return { code: bundled, eval: false };
  }
  // From sources. On Node 20 a worker inherits no loader hooks (neither from
  // `--import tsx` in execArgv nor from the parent), so a small bootstrap
  // registers tsx inside the worker, then imports worker.ts.
  const target = new URL('./worker.ts', import.meta.url).href;
  const code = `import(${JSON.stringify(tsxApiUrl())}).then(({ register }) => { register(); return import(${JSON.stringify(target)}); });`;
  return { code, eval: true };
}

/** tsx's ESM API, found from here (the process may run in any folder) through the package's own exports map. */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports: Record<string, { import?: { default?: string } } | string> };
  const entry = manifest.exports['./esm/api'];
  const relative = typeof entry === 'object' ? entry.import?.default : undefined;
  if (!relative) throw new Error('tsx has no ESM API to load the solver from its sources');
  return pathToFileURL(path.join(path.dirname(manifestPath), relative)).href;
}

export function startSolverRun(job: SolverJob): SolverRun {
  const stop = new SharedArrayBuffer(4);
  const flag = new Int32Array(stop);
  const entry = workerEntry();
  const worker = new Worker(entry.code, { eval: entry.eval, workerData: { job, stop } });
  let latest: SolveProgress | null = null;
  const listeners: ((p: SolveProgress) => void)[] = [];
  let cancelRequested = false;

  const ended = new Promise<RunEnd>((resolve) => {
    let settled = false;
    const finish = (end: RunEnd) => {
      if (settled) return;
      settled = true;
      resolve(end);
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'progress') {
        latest = message.progress;
        for (const listener of listeners) listener(message.progress);
      } else if (message.type === 'done') finish({ state: cancelRequested ? 'cancelled' : 'done', outcome: message.outcome });
      else finish({ state: 'failed', error: message.message });
    });
    worker.on('error', (e) => finish({ state: 'failed', error: e instanceof Error ? e.message : String(e) }));
    worker.on('exit', (code) => finish({ state: 'failed', error: `the solver stopped unexpectedly (exit code ${code})` }));
  });

  return {
    progress: () => latest,
    onProgress: (listener) => void listeners.push(listener),
    cancel() {
      cancelRequested = true;
      Atomics.store(flag, 0, 1);
    },
    get cancelRequested() {
      return cancelRequested;
    },
    ended,
  };
}
