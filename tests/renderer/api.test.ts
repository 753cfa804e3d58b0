import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api/ApiError';
import { refusal } from './refusal';
import { unwrap } from '../../renderer/api/unwrap';
import { createHttpClient, type FetchLike } from '../../renderer/api/httpClient';
import { createBridgeClient } from '../../renderer/api/bridgeClient';
import { takeToken, TOKEN_KEY, type TokenPlace } from '../../renderer/api/token';
import { createClient, type ClientHost } from '../../renderer/api/createClient';
import type { Language } from '../../renderer/i18n/dictionary';

const summary = { termName: 'Forår 2027', assigned: 3 };
const english = (): Language => 'en';


describe('unwrap', () => {
  it('returns the value of a successful envelope', () => {
    expect(unwrap({ ok: true, value: summary }, 'plan.summary', 'en')).toEqual(summary);
  });

  it("rebuilds a refusal as an ApiError with the services' code, message and details", () => {
    const error = (() => {
      try {
        unwrap({ ok: false, error: { code: 'in-use', message: 'Room Lokale 1 is used by 4 sessions.', details: ['s-0001'] } }, 'rooms.delete', 'da');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'in-use', message: 'Room Lokale 1 is used by 4 sessions.', details: ['s-0001'] });
  });

  it('turns a malformed answer into a transport error naming the operation', () => {
    expect(() => unwrap({ value: 1 }, 'plan.summary', 'en')).toThrow(/plan\.summary/);
    expect(() => unwrap('<html>', 'plan.summary', 'en')).toThrow(ApiError);
  });
});

describe('HTTP client', () => {
  function recordingFetch(answer: unknown, status = 200) {
    const calls: Array<{ url: string; init: Parameters<FetchLike>[1] }> = [];
    const fetchImpl: FetchLike = async (url, init) => {
      calls.push({ url, init });
      return { status, json: async () => answer };
    };
    return { calls, fetchImpl };
  }

  it('posts the input to the operation path with the bearer token', async () => {
    const { calls, fetchImpl } = recordingFetch({ ok: true, value: { counts: {}, warnings: [] } });
    await createHttpClient('tok123', fetchImpl, english).invoke('demo.load', { size: 'small' });
    expect(calls).toEqual([
      {
        url: '/api/demo.load',
        init: { method: 'POST', headers: { Authorization: 'Bearer tok123', 'Content-Type': 'application/json' }, body: '{"size":"small"}' },
      },
    ]);
  });

  it('returns the unwrapped value', async () => {
    const { fetchImpl } = recordingFetch({ ok: true, value: summary });
    expect(await createHttpClient('t', fetchImpl, english).invoke('plan.summary', {})).toEqual(summary);
  });

  it('throws the refusal the server sent, also with a 401 status', async () => {
    const { fetchImpl } = recordingFetch({ ok: false, error: { code: 'unauthorized', message: 'No token.', details: [] } }, 401);
    const error = await refusal(createHttpClient('t', fetchImpl, english).invoke('plan.summary', {}));
    expect(error).toMatchObject({ code: 'unauthorized', message: 'No token.' });
  });

  it('says the server cannot be reached when the request fails', async () => {
    const error = await refusal(createHttpClient('t', () => Promise.reject(new TypeError('Failed to fetch')), english).invoke('plan.summary', {}));
    expect(error.code).toBe('transport');
    expect(error.message).toMatch(/could not be reached/);
  });

  it('reports an answer that is not JSON', async () => {
    const fetchImpl: FetchLike = async () => ({ status: 502, json: () => Promise.reject(new SyntaxError('Unexpected token')) });
    const error = await refusal(createHttpClient('t', fetchImpl, english).invoke('plan.summary', {}));
    expect(error.message).toMatch(/502/);
  });
});

describe('Electron bridge client', () => {
  it('calls the one function of the operation and unwraps its envelope', async () => {
    const seen: unknown[] = [];
    const client = createBridgeClient(
      {
        'plan.summary': async (input) => {
          seen.push(input);
          return { ok: true, value: summary };
        },
      },
      english,
    );
    expect(await client.invoke('plan.summary', {})).toEqual(summary);
    expect(seen).toEqual([{}]);
  });

  it('refuses an operation the preload does not expose', async () => {
    const error = await refusal(createBridgeClient({}, english).invoke('plan.check', {}));
    expect(error.code).toBe('unknown-operation');
  });
});

function place(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const p: TokenPlace = {
    location: { hash, pathname: '/', search: '' },
    history: { replaceState: (_d, _u, url) => replaced.push(url) },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
  };
  return { p, storage, replaced };
}

describe('the browser-mode token', () => {
  it('is taken from the fragment, kept for the tab and removed from the address bar', () => {
    const { p, storage, replaced } = place('#token=abc-DEF_123');
    expect(takeToken(p)).toBe('abc-DEF_123');
    expect(storage.get(TOKEN_KEY)).toBe('abc-DEF_123');
    expect(replaced).toEqual(['/']);
  });

  it('survives a reload, when the fragment is gone', () => {
    const { p, replaced } = place('', { [TOKEN_KEY]: 'kept' });
    expect(takeToken(p)).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('is absent when neither the fragment nor the tab has one', () => {
    expect(takeToken(place('#other=1').p)).toBeNull();
  });
});

describe('createClient', () => {
  function host(extra: Partial<ClientHost>, hash = ''): ClientHost {
    const { p } = place(hash);
    return {
      location: p.location as Location,
      history: p.history as History,
      sessionStorage: p.storage as Storage,
      fetch: async () => ({ status: 200, json: async () => ({ ok: true, value: 'via http' }) }),
      ...extra,
    };
  }

  it('uses window.holdplan inside Electron', async () => {
    const client = createClient(english, host({ holdplan: { 'plan.summary': async () => ({ ok: true, value: 'via ipc' }) } }, '#token=t'));
    expect(await client.invoke('plan.summary', {})).toBe('via ipc');
  });

  it('uses HTTP with the token in browser mode', async () => {
    expect(await createClient(english, host({}, '#token=t')).invoke('plan.summary', {})).toBe('via http');
  });

  it('refuses every call with a clear message when opened without a token', async () => {
    const error = await refusal(createClient(english, host({})).invoke('plan.summary', {}));
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/holdplan web/);
  });
});
