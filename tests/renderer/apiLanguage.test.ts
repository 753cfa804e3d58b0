// A call that fails before the services could answer is worded by the window,
// so a Danish planner reads it in Danish and an English one in English, and a
// switch of language applies to the next failure.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api/ApiError';
import { refusal } from './refusal';
import { createHttpClient, type FetchLike } from '../../renderer/api/httpClient';
import { createBridgeClient } from '../../renderer/api/bridgeClient';
import { createClient, type ClientHost } from '../../renderer/api/createClient';
import type { Language } from '../../renderer/i18n/dictionary';


const unreachable: FetchLike = () => Promise.reject(new TypeError('Failed to fetch'));
const unreadable: FetchLike = async () => ({ status: 502, json: () => Promise.reject(new SyntaxError('Unexpected token <')) });
const malformed: FetchLike = async () => ({ status: 200, json: async () => ({ value: 'no ok field' }) });

function failureIn(language: Language, fetchImpl: FetchLike): Promise<ApiError> {
  return refusal(createHttpClient('t', fetchImpl, () => language).invoke('plan.summary', {}));
}

describe('failures the window words itself', () => {
  it('says in Danish when the window is in Danish, and in English when it is in English, that Holdplan cannot be reached', async () => {
    const da = await failureIn('da', unreachable);
    expect(da).toMatchObject({ code: 'transport', message: 'Holdplan kan ikke nås. Kører "holdplan web" stadig?' });
    const en = await failureIn('en', unreachable);
    expect(en).toMatchObject({ code: 'transport', message: 'Holdplan could not be reached. Is "holdplan web" still running?' });
  });

  it('reports an unreadable body in the window language, naming the operation and the status', async () => {
    const da = await failureIn('da', unreadable);
    expect(da.code).toBe('transport');
    expect(da.message).toBe('Holdplan svarede på plan.summary med status 502 og uden et resultat, der kan læses.');
    const en = await failureIn('en', unreadable);
    expect(en.message).toBe('Holdplan answered plan.summary with status 502 and no readable result.');
  });

  it('reports a malformed envelope in the window language', async () => {
    const da = await failureIn('da', malformed);
    expect(da).toMatchObject({ code: 'transport', message: 'Holdplan sendte et svar på plan.summary, som vinduet ikke kan læse.' });
    const en = await failureIn('en', malformed);
    expect(en).toMatchObject({ code: 'transport', message: 'Holdplan sent an answer to plan.summary that the window cannot read.' });
  });

  it('follows a switch of language between two calls of the same client', async () => {
    let language: Language = 'en';
    const client = createHttpClient('t', unreachable, () => language);
    expect((await refusal(client.invoke('plan.summary', {}))).message).toMatch(/could not be reached/);
    language = 'da';
    expect((await refusal(client.invoke('plan.summary', {}))).message).toMatch(/kan ikke nås/);
  });

  it("keeps the services' own refusal as they worded it, whatever the window's language", async () => {
    const refused: FetchLike = async () => ({ status: 200, json: async () => ({ ok: false, error: { code: 'in-use', message: 'Lokale 1 bruges af 4 kursusdage.', details: [] } }) });
    expect(await failureIn('en', refused)).toMatchObject({ code: 'in-use', message: 'Lokale 1 bruges af 4 kursusdage.' });
  });

  it('words a missing operation in the Electron bridge and a missing token in Danish', async () => {
    const bridge = await refusal(createBridgeClient({}, () => 'da').invoke('plan.check', {}));
    expect(bridge).toMatchObject({ code: 'unknown-operation', message: 'Denne udgave af programmet har ingen handling, der hedder "plan.check".' });

    const host: ClientHost = {
      location: { hash: '', pathname: '/', search: '' } as Location,
      history: { replaceState: () => undefined } as unknown as History,
      sessionStorage: { getItem: () => null, setItem: () => undefined } as unknown as Storage,
      fetch: unreachable,
    };
    const noToken = await refusal(createClient(() => 'da', host).invoke('plan.summary', {}));
    expect(noToken.code).toBe('unauthorized');
    expect(noToken.message).toBe('Siden blev åbnet uden sin adgangsnøgle. Åbn den adresse, som "holdplan web" skrev, da den startede.');
  });
});
