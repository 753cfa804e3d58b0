// Bundles the Electron main process and the preload with esbuild. Everything but
// `electron` is bundled in, so the packaged app needs no node_modules. The
// preload must be one self-contained CommonJS file (a sandboxed preload cannot
// require our other files), and it must stay small: it is checked below.
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'main');
const PRELOAD_LIMIT_BYTES = 8 * 1024;

const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

async function bundle(entry, outfile, platformOptions) {
  await build({ ...common, ...platformOptions, entryPoints: [path.join(root, entry)], outfile: path.join(outDir, outfile) });
  const size = statSync(path.join(outDir, outfile)).size;
  console.log(`built dist/main/${outfile} (${(size / 1024).toFixed(1)} KiB) from ${entry}`);
  return size;
}

function checkPreload(size) {
  const preload = readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  const foreign = required.filter((name) => name !== 'electron');
  if (foreign.length > 0) throw new Error(`the preload requires ${foreign.join(', ')}; a sandboxed preload can only require electron`);
  if (/\bzod\b|ZodType/.test(preload)) throw new Error('the preload pulled in zod; it must reach the contract by operation names only');
  if (size > PRELOAD_LIMIT_BYTES) throw new Error(`the preload is ${size} bytes, over its ${PRELOAD_LIMIT_BYTES}-byte budget`);
}

try {
  checkPreload(await bundle('main/app/preload.ts', 'preload.cjs', { platform: 'node', target: ['chrome130', 'node20'] }));
  // The solver's worker thread is its own bundle beside app.cjs (see main/solver/workerHost.ts).
  // import.meta is only read when running from the sources, never in these bundles.
  const fromSourcesOnly = { logOverride: { 'empty-import-meta': 'silent' } };
  await bundle('main/app/main.ts', 'app.cjs', { platform: 'node', target: 'node20', ...fromSourcesOnly });
  await bundle('main/solver/worker.ts', 'solverWorker.cjs', { platform: 'node', target: 'node20', ...fromSourcesOnly });
} catch (e) {
  // esbuild has already printed its diagnostics; one line says what failed.
  console.error(`build-main: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  process.exitCode = 1;
}
