// One typed client whatever the transport: the Electron preload when it is
// there, otherwise browser mode's HTTP endpoint with the run's token.
import type { HoldplanClient } from '../../shared/contract/operations';
import { ApiError } from './ApiError';
import { createBridgeClient, type HoldplanBridge } from './bridgeClient';
import { clientMessages, type LanguageNow } from './clientMessages';
import { createHttpClient, type FetchLike } from './httpClient';
import { takeToken } from './token';

export interface ClientHost {
  holdplan?: HoldplanBridge;
  location: Location;
  history: History;
  sessionStorage: Storage;
  fetch: FetchLike;
}

/** `language` is the window's language at the moment of a failure the window words itself. */
export function createClient(language: LanguageNow, host: ClientHost = window): HoldplanClient {
  if (host.holdplan) return createBridgeClient(host.holdplan, language);
  const token = takeToken({ location: host.location, history: host.history, storage: host.sessionStorage });
  if (token === null) {
    return {
      invoke: () => Promise.reject(new ApiError('unauthorized', clientMessages[language()].noToken())),
    };
  }
  return createHttpClient(token, (url, init) => host.fetch(url, init), language);
}
