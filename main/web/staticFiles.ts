// Serves the built renderer. It holds no data, so it needs no token; it must
// still never hand out a file outside its folder.
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticResult =
  | { kind: 'file'; body: Buffer; contentType: string; cache: string }
  | { kind: 'not-found' }
  | { kind: 'forbidden' };

/** Resolves a URL path inside `root`; null when it would escape it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rootAbs = resolve(root);
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const target = resolve(rootAbs, relative);
  return target.startsWith(rootAbs + sep) ? target : null;
}

export async function readStatic(root: string, urlPath: string): Promise<StaticResult> {
  const target = resolveInside(root, urlPath);
  if (target === null) return { kind: 'forbidden' };
  try {
    const info = await stat(target);
    if (!info.isFile()) return { kind: 'not-found' };
    const ext = extname(target).toLowerCase();
    // Built assets carry a content hash in their names; index.html does not.
    const cache = ext === '.html' ? 'no-store' : 'public, max-age=31536000, immutable';
    return { kind: 'file', body: await readFile(target), contentType: CONTENT_TYPES[ext] ?? 'application/octet-stream', cache };
  } catch {
    return { kind: 'not-found' };
  }
}
