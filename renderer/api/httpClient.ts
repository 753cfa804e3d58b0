// Browser mode: each operation is a POST to /api/<op> carrying this run's token.
import { httpPath } from '../../shared/contract/envelope';
import type { HoldplanClient, OpName, OpOutput } from '../../shared/contract/operations';
import { ApiError } from './ApiError';
import { clientMessages, type LanguageNow } from './clientMessages';
import { unwrap } from './unwrap';

export type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{
  status: number;
  json(): Promise<unknown>;
}>;

export function createHttpClient(token: string, fetchImpl: FetchLike, language: LanguageNow): HoldplanClient {
  return {
    async invoke<K extends OpName>(name: K, input: unknown): Promise<OpOutput<K>> {
      let response: Awaited<ReturnType<FetchLike>>;
      try {
        response = await fetchImpl(httpPath(name), {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        throw new ApiError('transport', clientMessages[language()].unreachable());
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ApiError('transport', clientMessages[language()].unreadableBody({ operation: name, status: response.status }));
      }
      return unwrap<OpOutput<K>>(body, name, language());
    },
  };
}
