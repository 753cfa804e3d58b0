// What the preload exposes as `window.holdplan`: one function per operation, each
// sending its input on that operation's own channel and returning the envelope.
// Nothing else crosses: no channel parameter, no generic invoke or listener.
import { ipcChannel, type Envelope } from '../../shared/contract/envelope';
import type { OpInput, OpName, OpOutput } from '../../shared/contract/operations';

export type HoldplanBridge = {
  readonly [K in OpName]: (input?: OpInput<K>) => Promise<Envelope<OpOutput<K>>>;
};

export type InvokeChannel = (channel: string, input: unknown) => Promise<unknown>;

export function buildBridge(names: readonly string[], invoke: InvokeChannel): Readonly<Record<string, (input?: unknown) => Promise<unknown>>> {
  const api: Record<string, (input?: unknown) => Promise<unknown>> = {};
  for (const name of names) {
    const channel = ipcChannel(name);
    api[name] = (input?: unknown) => invoke(channel, input);
  }
  return Object.freeze(api);
}
