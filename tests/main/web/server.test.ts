import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebServer, type WebServer } from '../../../main/web/server';
import { resolveInside } from '../../../main/web/staticFiles';
import { OP_NAMES, type Handlers } from '../../../shared/contract/operations';
import type { PlanSummary } from '../../../shared/contract/results';

const summary: PlanSummary = {
  termName: 'Forår 2027',
  termStart: '2027-01-04',
  termEnd: '2027-06-25',
  counts: { centres: 6, rooms: 40, trainers: 700, courses: 14, cohorts: 300, sessions: 1800 },
  assigned: 0,
  unassigned: 1800,
  deferred: 12,
  hardViolations: 0,
  soft: 0,
};

/** Every operation answers with what it was given, so a test sees what reached the services. */
function fakeHandlers(calls: Array<{ name: string; input: unknown }>): Handlers {
  const entries = OP_NAMES.map((name) => [
    name,
    async (input: unknown) => {
      calls.push({ name, input });
      return name === 'plan.summary' ? summary : { echoed: input };
    },
  ]);
  return Object.fromEntries(entries) as unknown as Handlers;
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(server: WebServer, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  const { port, host } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(port), path, method: opts.method ?? 'GET', headers: { Host: host, ...opts.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

function callOp(server: WebServer, name: string, body: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(server, `/api/${name}`, {
    method: 'POST',
    body,
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json', Origin: new URL(server.url).origin, ...headers },
  });
}

let dir: string;
let server: WebServer;
let calls: Array<{ name: string; input: unknown }>;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'holdplan-web-'));
  await mkdir(join(dir, 'site', 'assets'), { recursive: true });
  await writeFile(join(dir, 'site', 'index.html'), '<!doctype html><title>Holdplan</title>');
  await writeFile(join(dir, 'site', 'assets', 'app-1a2b.js'), 'console.log("ui")');
  await writeFile(join(dir, 'site', 'assets', 'app-1a2b.css'), 'body{}');
  await writeFile(join(dir, 'secret.json'), '{"plan":"private"}');
  calls = [];
  server = await startWebServer({ handlers: fakeHandlers(calls), port: 0, staticDir: join(dir, 'site') });
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

describe('browser mode address', () => {
  it('prints a 127.0.0.1 URL that carries the token in the fragment only', () => {
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.hash).toBe(`#token=${server.token}`);
    expect(url.search).toBe('');
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('gives each run a different token', async () => {
    const other = await startWebServer({ handlers: fakeHandlers([]), staticDir: join(dir, 'site') });
    try {
      expect(other.token).not.toBe(server.token);
    } finally {
      await other.close();
    }
  });

  it('refuses to listen on anything but loopback', async () => {
    await expect(startWebServer({ handlers: fakeHandlers([]), staticDir: dir, host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});

describe('operations over HTTP', () => {
  it('answers a valid request with the envelope from the services', async () => {
    const reply = await callOp(server, 'plan.summary', '{}');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: summary });
  });

  it('passes the validated input on to the handler', async () => {
    const reply = await callOp(server, 'demo.load', JSON.stringify({ size: 'small' }));
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: { size: 'small', seed: 1 } } });
  });

  it.each([
    ['no Authorization header', (_token: string): Record<string, string> => ({})],
    ['a wrong token', (_token: string) => ({ Authorization: 'Bearer not-the-token' })],
    ['the token less its first character', (token: string) => ({ Authorization: `Bearer ${token.slice(1)}` })],
    ['the token under another scheme', (token: string) => ({ Authorization: `Basic ${token}` })],
  ])('refuses %s with 401 and never reaches the services', async (_label, authFor) => {
    const reply = await send(server, '/api/plan.summary', {
      method: 'POST',
      body: '{}',
      headers: { Origin: new URL(server.url).origin, 'Content-Type': 'application/json', ...authFor(server.token) },
    });
    expect(reply.status).toBe(401);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(calls).toEqual([]);
  });

  it('refuses a request from another site even with the token', async () => {
    const reply = await callOp(server, 'plan.summary', '{}', { Origin: 'https://evil.example' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.message).toContain('https://evil.example');
    expect(calls).toEqual([]);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const port = new URL(server.url).port;
    const reply = await callOp(server, 'plan.summary', '{}', { Host: `rebind.example:${port}`, Origin: `http://rebind.example:${port}` });
    expect(reply.status).toBe(403);
    expect(calls).toEqual([]);
  });

  it('explains a body that is not JSON and calls nothing', async () => {
    const reply = await callOp(server, 'demo.load', '{"size": "term",');
    expect(reply.status).toBe(400);
    const envelope = JSON.parse(reply.body);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(envelope.error.message).toMatch(/^The request body is not valid JSON/);
    expect(calls).toEqual([]);
  });

  it('names an unknown operation', async () => {
    const reply = await callOp(server, 'plan.destroy', '{}');
    expect(JSON.parse(reply.body)).toEqual({
      ok: false,
      error: { code: 'unknown-operation', message: 'There is no operation called "plan.destroy".', details: [] },
    });
  });

  it('hands invalid input back as a readable refusal', async () => {
    const reply = await callOp(server, 'demo.load', JSON.stringify({ size: 'huge' }));
    const envelope = JSON.parse(reply.body);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it('refuses a body over the size limit', async () => {
    const small = await startWebServer({ handlers: fakeHandlers(calls), staticDir: join(dir, 'site'), maxBodyBytes: 1024 });
    try {
      const reply = await callOp(small, 'plan.import', JSON.stringify({ plan: 'x'.repeat(5000) }));
      expect(reply.status).toBe(413);
      expect(calls).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('only accepts POST for operations', async () => {
    const reply = await send(server, '/api/plan.summary', { headers: { Authorization: `Bearer ${server.token}` } });
    expect(reply.status).toBe(405);
    expect(calls).toEqual([]);
  });
});

describe('the built UI', () => {
  it('serves index.html at / with the strict content security policy and no token', async () => {
    const reply = await send(server, '/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('<title>Holdplan</title>');
    const policy = String(reply.headers['content-security-policy']).split('; ');
    for (const directive of ["default-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(policy).toContain(directive);
    }
    expect(policy.filter((d) => d.startsWith('script-src') && d.includes('unsafe'))).toEqual([]);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/assets/app-1a2b.js', 'text/javascript; charset=utf-8'],
    ['/assets/app-1a2b.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (path, type) => {
    const reply = await send(server, path);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
  });

  it('answers 404 for a missing file', async () => {
    expect((await send(server, '/assets/nothing.js')).status).toBe(404);
  });

  it.each(['/../secret.json', '/%2e%2e/secret.json', '/assets/%2e%2e%2f%2e%2e%2fsecret.json', '/..%5csecret.json', '/%00index.html'])(
    'never serves a file outside its folder: %s',
    async (path) => {
      const reply = await send(server, path);
      expect([403, 404]).toContain(reply.status);
      expect(reply.body).not.toContain('private');
    },
  );
});

describe('resolveInside', () => {
  it('keeps paths inside the folder and refuses every way out', () => {
    expect(resolveInside('/srv/ui', '/')).toBe('/srv/ui/index.html');
    expect(resolveInside('/srv/ui', '/assets/a.js')).toBe('/srv/ui/assets/a.js');
    expect(resolveInside('/srv/ui', '/assets/../../etc/passwd')).toBeNull();
    expect(resolveInside('/srv/ui', '/%2e%2e%2fui-other/x')).toBeNull();
    expect(resolveInside('/srv/ui', '/..%5c..%5cx')).toBeNull();
    expect(resolveInside('/srv/ui', '/%E0%A4%A')).toBeNull();
    expect(resolveInside('/srv/ui', '/index.html%00.js')).toBeNull();
  });
});
