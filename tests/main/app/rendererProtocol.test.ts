import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CustomScheme, Net, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../main/app/csp';
import { registerRendererScheme, rendererFileFor, serveRenderer } from '../../../main/app/rendererProtocol';

const dir = path.resolve('/opt/holdplan/dist/renderer');

describe('rendererFileFor', () => {
  it('maps our URLs to files in the renderer folder', () => {
    expect(rendererFileFor('holdplan://app/index.html', dir)).toBe(path.join(dir, 'index.html'));
    expect(rendererFileFor('holdplan://app/', dir)).toBe(path.join(dir, 'index.html'));
    expect(rendererFileFor('holdplan://app/assets/index-3f2a.js?v=1#x', dir)).toBe(path.join(dir, 'assets', 'index-3f2a.js'));
  });

  it('never serves a file outside the renderer folder', () => {
    // The URL parser already folds dot segments, so these stay inside.
    expect(rendererFileFor('holdplan://app/%2e%2e/%2e%2e/main/app.cjs', dir)).toBe(path.join(dir, 'main', 'app.cjs'));
    expect(rendererFileFor('holdplan://app/..%2F..%2Fmain%2Fapp.cjs', dir)).toBeNull();
    expect(rendererFileFor('holdplan://app/%E0%A4%A', dir)).toBeNull();
    expect(rendererFileFor('holdplan://other/index.html', dir)).toBeNull();
  });
});

describe('serveRenderer', () => {
  type Handler = (request: Request) => Promise<Response>;
  function serve(fetched: string[]): Handler {
    let handler: Handler | null = null;
    const protocol = { handle: (_scheme: string, h: Handler) => (handler = h) } as unknown as Pick<Protocol, 'handle'>;
    const net = {
      fetch: async (url: string) => {
        fetched.push(url);
        return new Response('<html></html>', { headers: { 'Content-Type': 'text/html', 'Content-Security-Policy': 'default-src *' } });
      },
    } as unknown as Pick<Net, 'fetch'>;
    serveRenderer(protocol, net, dir);
    if (handler === null) throw new Error('serveRenderer registered no handler');
    return handler;
  }

  it('answers with the file and the strict Content-Security-Policy', async () => {
    const fetched: string[] = [];
    const response = await serve(fetched)(new Request('holdplan://app/index.html'));
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('Content-Type')).toBe('text/html');
    expect(await response.text()).toBe('<html></html>');
    expect(fetched).toEqual([`file://${path.join(dir, 'index.html')}`]);
  });

  it('answers 404 to a path that leaves the renderer folder, without reading it', async () => {
    const fetched: string[] = [];
    const response = await serve(fetched)(new Request('holdplan://app/..%2F..%2Fmain%2Fapp.cjs'));
    expect(response.status).toBe(404);
    expect(fetched).toEqual([]);
  });
});

describe('registerRendererScheme', () => {
  it('makes holdplan:// a standard, secure origin so that the CSP\'s \'self\' means our files', () => {
    const registered: CustomScheme[] = [];
    registerRendererScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toHaveLength(1);
    expect(registered[0]).toMatchObject({ scheme: 'holdplan', privileges: { standard: true, secure: true } });
    expect(registered[0]?.privileges?.bypassCSP).toBeUndefined();
  });
});
