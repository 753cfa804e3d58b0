// Registers every contract operation on its own IPC channel. Each message is
// checked for who sent it before anything else: a frame that is not our renderer
// gets an error envelope and the handler is never called.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ipcChannel, type Envelope } from '../../shared/contract/envelope';
import { OP_NAMES, type Handlers } from '../../shared/contract/operations';
import { dispatch } from '../services/dispatch';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;
type IpcRegistry = Pick<IpcMain, 'handle'>;

const registered = new WeakMap<IpcRegistry, Set<string>>();

export const UNTRUSTED_SENDER: Envelope<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Holdplan refused a request that did not come from its own window.', details: [] },
};

/**
 * `handlers` may be a function returning the current handlers, so that the
 * store can be reopened (File → Open data file…) without re-registering.
 */
export function registerContract(ipcMain: IpcRegistry, handlers: Handlers | (() => Handlers), isTrustedSender: SenderCheck): void {
  const channels = registered.get(ipcMain) ?? new Set<string>();
  const clash = OP_NAMES.find((name) => channels.has(ipcChannel(name)));
  if (clash !== undefined) throw new Error(`The operation "${clash}" is already registered on IPC.`);
  registered.set(ipcMain, channels);
  const current = typeof handlers === 'function' ? handlers : () => handlers;
  for (const name of OP_NAMES) {
    const channel = ipcChannel(name);
    channels.add(channel);
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(event)) return UNTRUSTED_SENDER;
      return dispatch(current(), name, input);
    });
  }
}
