// Electron: the preload exposes one function per operation as window.holdplan.
import type { HoldplanClient, OpName, OpOutput } from '../../shared/contract/operations';
import { ApiError } from './ApiError';
import { clientMessages, type LanguageNow } from './clientMessages';
import { unwrap } from './unwrap';

export type HoldplanBridge = Readonly<Record<string, ((input?: unknown) => Promise<unknown>) | undefined>>;

declare global {
  interface Window {
    /** Present only inside the Electron app. */
    holdplan?: HoldplanBridge;
  }
}

export function createBridgeClient(bridge: HoldplanBridge, language: LanguageNow): HoldplanClient {
  return {
    async invoke<K extends OpName>(name: K, input: unknown): Promise<OpOutput<K>> {
      const call = bridge[name];
      if (typeof call !== 'function') throw new ApiError('unknown-operation', clientMessages[language()].unknownOperation({ operation: name }));
      return unwrap<OpOutput<K>>(await call(input), name, language());
    },
  };
}
