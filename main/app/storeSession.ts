// The data file the app is working on, and the services over it. The planner can
// switch to another file (a shared one on a network drive) while the app runs;
// IPC asks for the current handlers on every call, so nothing is re-registered.
import path from 'node:path';
import type { Handlers } from '../../shared/contract/operations';
import { createServices } from '../services/index';
import { openStore } from '../store/index';
import type { Store } from '../store/types';

const APP_NAME = 'Electron app';

export interface StoreSession {
  handlers(): Handlers;
  file(): string;
  /** Opens `file` and switches to it; the previous store is closed only once the new one is open. */
  switchTo(file: string): Promise<void>;
  close(): Promise<void>;
}

export async function openStoreSession(file: string): Promise<StoreSession> {
  let store: Store = await openStore({ file, app: APP_NAME });
  let handlers: Handlers = createServices(store);
  let closed = false;
  return {
    handlers: () => handlers,
    file: () => store.path,
    async switchTo(next) {
      if (path.resolve(next) === path.resolve(store.path)) return;
      const opened = await openStore({ file: next, app: APP_NAME });
      const previous = store;
      store = opened;
      handlers = createServices(opened);
      await previous.close();
    },
    async close() {
      if (closed) return;
      closed = true;
      await store.close();
    },
  };
}
