// Checks the packaging configuration without Electron's binary, which cannot be
// downloaded here: packages `--dir --linux` against a stand-in electronDist (a
// folder holding only an executable named `electron`, which is all
// electron-builder needs for an unpacked Linux app), then opens the app archive
// and asserts it holds the built main, preload and renderer and nothing else.
// Run after `npm run build` (`npm run check:package` does both).
import asar from '@electron/asar';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.tmp', 'package-check');
const electronDist = path.join(work, 'electron-dist');
const output = path.join(work, 'release');
const started = performance.now();

const failures = [];
function check(what, ok, detail = '') {
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${what}${!ok && detail ? `: ${detail}` : ''}`);
  if (!ok) failures.push(what);
}

function fail(message) {
  console.error(`check-package: ${message}`);
  process.exit(1);
}

for (const built of ['dist/main/app.cjs', 'dist/main/preload.cjs', 'dist/main/solverWorker.cjs', 'dist/renderer/index.html']) {
  if (!existsSync(path.join(root, built))) fail(`${built} is missing; run "npm run build" first (or "npm run check:package").`);
}

rmSync(work, { recursive: true, force: true });
mkdirSync(electronDist, { recursive: true });
writeFileSync(path.join(electronDist, 'electron'), '#!/bin/sh\necho "stand-in for the Electron binary" >&2\nexit 1\n');
chmodSync(path.join(electronDist, 'electron'), 0o755);

// Any download attempt goes to a closed port and fails loudly instead of
// quietly fetching Electron or tools from the internet.
const nowhere = 'http://127.0.0.1:9/';
const builder = spawnSync(
  path.join(root, 'node_modules', '.bin', 'electron-builder'),
  ['--dir', '--linux', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
  {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ELECTRON_MIRROR: nowhere, ELECTRON_BUILDER_BINARIES_MIRROR: nowhere, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
  },
);
const builderSeconds = ((performance.now() - started) / 1000).toFixed(1);
if (builder.status !== 0) {
  process.stderr.write(builder.stdout + builder.stderr);
  fail(`electron-builder failed (exit ${builder.status ?? builder.signal}).`);
}
console.log(`electron-builder --dir --linux against a stand-in Electron: ${builderSeconds} s`);

const unpacked = readdirSync(output).find((name) => name.startsWith('linux') && name.endsWith('unpacked'));
const archive = unpacked && path.join(output, unpacked, 'resources', 'app.asar');
if (!archive || !existsSync(archive)) fail(`no app.asar under ${path.relative(root, output)}; asar must be on.`);
console.log(`checking ${path.relative(root, archive)}`);

const entries = asar.listPackage(archive, { isPack: false }).map((entry) => entry.split(path.sep).join('/').replace(/^\//, ''));
const has = (file) => entries.includes(file);
for (const file of ['dist/main/app.cjs', 'dist/main/preload.cjs', 'dist/main/solverWorker.cjs', 'dist/renderer/index.html', 'package.json']) {
  check(`holds ${file}`, has(file));
}
check('holds the renderer assets index.html refers to', rendererAssetsPresent(), 'a script or stylesheet of index.html is missing');
check('index.html has no inline script (the CSP allows scripts from files only)', !inlineScriptInRenderer());

const maps = entries.filter((e) => e.endsWith('.map'));
check('no source maps', maps.length === 0, maps.slice(0, 5).join(', '));
const tests = entries.filter((e) => /(^|\/)tests?\//.test(e) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(e));
check('no tests', tests.length === 0, tests.slice(0, 5).join(', '));
const sources = entries.filter((e) => /\.(ts|tsx|mts|cts)$/.test(e) || /^(main|shared|renderer|scripts)\//.test(e));
check('no TypeScript sources or source folders', sources.length === 0, sources.slice(0, 5).join(', '));

const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const devDependencies = Object.keys(pkg.devDependencies ?? {});
const modules = entries.filter((e) => e.split('/').includes('node_modules'));
const devModules = modules.filter((e) => devDependencies.some((dep) => e.includes(`node_modules/${dep}/`) || e.endsWith(`node_modules/${dep}`)));
check('no node_modules of dev dependencies', devModules.length === 0, devModules.slice(0, 5).join(', '));
check('no node_modules at all (main and preload are self-contained bundles)', modules.length === 0, `${modules.length} entries, e.g. ${modules[0]}`);

const packaged = JSON.parse(asar.extractFile(archive, 'package.json').toString('utf8'));
check(`package.json "main" is dist/main/app.cjs`, packaged.main === 'dist/main/app.cjs', String(packaged.main));

const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
for (const bundle of ['dist/main/app.cjs', 'dist/main/preload.cjs', 'dist/main/solverWorker.cjs']) {
  const code = asar.extractFile(archive, bundle).toString('utf8');
  const required = await requiredModules(code);
  const outside = [...new Set(required.filter((name) => !allowed.has(name)))];
  check(`${bundle} requires only electron and Node built-ins`, outside.length === 0, outside.join(', '));
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`${entries.length} entries in app.asar; ${failures.length} check(s) failed; ${seconds} s in all`);
if (failures.length > 0) process.exit(1);

function inlineScriptInRenderer() {
  if (!has('dist/renderer/index.html')) return false;
  const html = asar.extractFile(archive, 'dist/renderer/index.html').toString('utf8');
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].some(([, attributes, body]) => !/\bsrc=/.test(attributes) || body.trim() !== '');
}

function rendererAssetsPresent() {
  if (!has('dist/renderer/index.html')) return false;
  const html = asar.extractFile(archive, 'dist/renderer/index.html').toString('utf8');
  const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((ref) => !/^(?:[a-z]+:|#|data:)/i.test(ref));
  return refs.every((ref) => has(path.posix.normalize(path.posix.join('dist/renderer', ref.split(/[?#]/)[0]))));
}

/** What a bundle requires or imports, as esbuild's parser sees it (comments and strings do not count). */
async function requiredModules(code) {
  const result = await build({
    stdin: { contents: code, loader: 'js', resolveDir: root },
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'cjs',
    external: ['*'],
    logLevel: 'silent',
  });
  return Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((imported) => imported.path));
}
