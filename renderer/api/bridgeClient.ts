// Electron: the preload exposes one function per operation as window.holdplan.
import type { HoldplanClient, OpName, OpOutput } from '../../shared/contract/operations';
import { ApiError } from './ApiError';
import { unwrap } from './unwrap';

export type HoldplanBridge = Readonly<Record<string, ((input?: unknown) => Promise<unknown>) | undefined>>;

declare global {
  interface Window {
    /** Present only inside the Electron app. */
    holdplan?: HoldplanBridge;
  }
}

export function createBridgeClient(bridge: HoldplanBridge): HoldplanClient {
  return {
    async invoke<K extends OpName>(name: K, input: unknown): Promise<OpOutput<K>> {
      const call = bridge[name];
      if (typeof call !== 'function') throw new ApiError('unknown-operation', `This version of the app has no operation called "${name}".`);
      return unwrap<OpOutput<K>>(await call(input), name);
    },
  };
}
