// One typed client whatever the transport: the Electron preload when it is
// there, otherwise browser mode's HTTP endpoint with the run's token.
import type { HoldplanClient } from '../../shared/contract/operations';
import { ApiError } from './ApiError';
import { createBridgeClient, type HoldplanBridge } from './bridgeClient';
import { createHttpClient, type FetchLike } from './httpClient';
import { takeToken } from './token';

export interface ClientHost {
  holdplan?: HoldplanBridge;
  location: Location;
  history: History;
  sessionStorage: Storage;
  fetch: FetchLike;
}

export const NO_TOKEN_MESSAGE = 'This page was opened without its access token. Open the address that "holdplan web" printed when it started.';

export function createClient(host: ClientHost = window): HoldplanClient {
  if (host.holdplan) return createBridgeClient(host.holdplan);
  const token = takeToken({ location: host.location, history: host.history, storage: host.sessionStorage });
  if (token === null) {
    return {
      invoke: () => Promise.reject(new ApiError('unauthorized', NO_TOKEN_MESSAGE)),
    };
  }
  return createHttpClient(token, (url, init) => host.fetch(url, init));
}
