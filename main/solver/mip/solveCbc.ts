// Solves a CPLEX LP model with COIN-OR CBC (Debian `coinor-cbc`, /usr/bin/cbc) in a
// child process, so this thread stays free and CBC may use several cores. The model,
// start and solution go through a temporary folder that is removed afterwards.
import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { integerColumns, parseCbcLog, parseCbcSolution } from './cbcOutput';
import type { MipResult, SolveMipOptions } from './mipResult';

export interface SolveCbcOptions extends SolveMipOptions {
  /** The CBC program (default `cbc`, looked up on PATH). */
  command?: string | undefined;
}

export const CBC_MISSING = 'CBC is not installed: apt-get install coinor-cbc';

/** Whether a `cbc` program is on PATH. */
export function cbcAvailable(command = 'cbc'): boolean {
  const dirs = command.includes('/') ? [''] : (process.env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  return dirs.some((dir) => {
    try {
      accessSync(dir === '' ? command : join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** CBC's mipstart file: every integer column, given or 0, so the start is complete. */
function mipStart(lp: string, start: ReadonlyMap<string, number>): string {
  const values = new Map<string, number>();
  for (const name of integerColumns(lp)) values.set(name, 0);
  for (const [name, value] of start) values.set(name, value);
  let i = 0;
  const lines: string[] = [];
  for (const [name, value] of values) lines.push(`${i++} ${name} ${value}`);
  return `${lines.join('\n')}\n`;
}

/** Peak resident set of a live process (Linux), or 0. */
function peakBytes(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] === undefined ? 0 : Number(m[1]) * 1024;
  } catch {
    return 0;
  }
}

/**
 * A CBC run outlives this process unless told otherwise: a benchmark stopped with
 * Ctrl+C or `kill` would leave cbc working for minutes and its folder behind. While
 * a run is live, a stop signal ends the child, waits until it has gone (it may still
 * be writing into the folder), removes the folder and raises the signal again, so the
 * process still stops as asked. On a plain exit there is no waiting: best effort.
 */
function endWithThisProcess(child: ReturnType<typeof spawn>, dir: string): () => void {
  const removeFolder = () => {
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 });
    } catch {
      // Leaving a temporary folder is better than failing to stop.
    }
  };
  const onExit = () => {
    child.kill('SIGKILL');
    removeFolder();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    release();
    const stopAsAsked = () => {
      removeFolder();
      process.kill(process.pid, signal);
    };
    if (child.exitCode !== null || child.signalCode !== null) return stopAsAsked();
    child.once('exit', stopAsAsked);
    child.kill('SIGKILL');
  };
  const release = () => {
    process.off('exit', onExit);
    for (const s of STOP_SIGNALS) process.off(s, onSignal);
  };
  process.on('exit', onExit);
  for (const s of STOP_SIGNALS) process.on(s, onSignal);
  return release;
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

interface Run {
  log: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  memoryBytes: number;
}

function run(command: string, args: readonly string[], cwd: string, timeLimitSeconds: number | undefined, echo: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const release = endWithThisProcess(child, cwd);
    const chunks: string[] = [];
    let memoryBytes = 0;
    const take = (data: Buffer) => {
      const text = data.toString('utf8');
      chunks.push(text);
      if (echo) process.stderr.write(text);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const sample = setInterval(() => (memoryBytes = Math.max(memoryBytes, peakBytes(child.pid))), 500);
    // CBC checks its limit between steps; a long root step can overrun it. SIGINT
    // makes CBC stop and still write its best solution; SIGKILL is the last resort.
    const timers: NodeJS.Timeout[] = [];
    if (timeLimitSeconds !== undefined) {
      const grace = Math.max(30, timeLimitSeconds / 4);
      timers.push(setTimeout(() => child.kill('SIGINT'), (timeLimitSeconds + grace) * 1000));
      timers.push(setTimeout(() => child.kill('SIGKILL'), (timeLimitSeconds + 2 * grace) * 1000));
    }
    const stop = () => {
      release();
      clearInterval(sample);
      for (const t of timers) clearTimeout(t);
    };
    child.on('error', (e: NodeJS.ErrnoException) => {
      stop();
      reject(e.code === 'ENOENT' ? new Error(CBC_MISSING) : e);
    });
    child.on('close', (exitCode, signal) => {
      stop();
      resolve({ log: chunks.join(''), exitCode, signal, memoryBytes });
    });
  });
}

export async function solveCbc(lp: string, options: SolveCbcOptions = {}): Promise<MipResult> {
  const command = options.command ?? 'cbc';
  const dir = await mkdtemp(join(tmpdir(), 'holdplan-cbc-'));
  try {
    const started = performance.now();
    await writeFile(join(dir, 'model.lp'), lp);
    const args = ['model.lp'];
    if (options.start) {
      await writeFile(join(dir, 'start.mst'), mipStart(lp, options.start));
      // CBC 2.10.8 carries a start through its preprocessing wrongly (a garbage cost
      // on the small demo, refused on the term), so a started run goes without it.
      args.push('mips', 'start.mst', 'preprocess', 'off');
    }
    args.push('threads', String(options.threads ?? 1), 'ratioGap', '0', 'allowableGap', String(options.absoluteGap ?? 0.999));
    // CBC's `seconds` counts CPU time unless told otherwise; the limit is wall clock.
    if (options.timeLimitSeconds !== undefined) args.push('timeMode', 'elapsed', 'seconds', String(options.timeLimitSeconds));
    args.push('solve', 'solution', 'solution.txt');
    const ran = await run(command, args, dir, options.timeLimitSeconds, options.log === true);
    const seconds = (performance.now() - started) / 1000;
    const log = parseCbcLog(ran.log);
    const file = await readFile(join(dir, 'solution.txt'), 'utf8').catch(() => null);
    const parsed = file === null ? null : parseCbcSolution(file);
    const base = { seconds, externalCpuSeconds: Number.isNaN(log.cpuSeconds) ? 0 : log.cpuSeconds, memoryBytes: ran.memoryBytes };
    if (parsed === null) {
      const infeasible = /infeasible/i.test(log.result);
      const tail = ran.log.trim().split('\n').slice(-3).join(' / ');
      return {
        ...base,
        status: infeasible ? 'infeasible' : 'error',
        detail: infeasible ? log.result : `CBC wrote no solution (exit ${ran.signal ?? ran.exitCode}): ${tail}`,
        objective: Number.NaN, bound: log.bound, gap: Number.NaN, solution: new Map(),
      };
    }
    // CBC's summary of a finished search names no bound beyond the optimum itself.
    const bound = parsed.status === 'optimal' && !(log.bound <= parsed.objective) ? parsed.objective : log.bound;
    const gap = Number.isNaN(parsed.objective) ? Number.NaN : (parsed.objective - bound) / Math.max(Math.abs(parsed.objective), 1e-9);
    const start = log.start === null ? '' : log.start === 'rejected' ? '; CBC could not use the start' : `; CBC used the start (cost ${log.start})`;
    return { ...base, status: parsed.status, detail: `${parsed.detail}${start}`, objective: parsed.objective, bound, gap, solution: parsed.values };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
