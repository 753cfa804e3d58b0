// Starts `holdplan web` exactly as a planner would, on a data folder of its own,
// and reads the address (with its token) from what the command prints.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const STARTUP_MS = 60_000;

export interface BrowserMode {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** On a fresh data folder, or on `dataDir` (which then stays when it stops). */
export async function startBrowserMode(options: { dataDir?: string } = {}): Promise<BrowserMode> {
  if (!existsSync(join(ROOT, 'dist/renderer/index.html'))) {
    throw new Error('The UI is not built: run "npm run build" (npm test and npm run test:e2e do) before the end-to-end tests.');
  }
  const owned = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'holdplan-e2e-')));
  const child = spawn(process.execPath, [join(ROOT, 'bin/holdplan.mjs'), 'web', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, HOLDPLAN_DATA: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const url = await printedUrl(child);
    return { url, dataDir, stop: () => stop(child, owned ? dataDir : null) };
  } catch (e) {
    await stop(child, owned ? dataDir : null);
    throw e;
  }
}

function printedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`holdplan web printed no address within ${STARTUP_MS / 1000} s.\n${out}${err}`)), STARTUP_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`holdplan web exited with ${code} before printing its address.\n${out}${err}`));
    });
  });
}

async function stop(child: ChildProcess, removeDir: string | null): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const forced = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(forced);
  }
  if (removeDir !== null) await rm(removeDir, { recursive: true, force: true });
}
