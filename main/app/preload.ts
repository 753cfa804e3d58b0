// Sandboxed, context-isolated preload. Bundled alone into dist/main/preload.cjs:
// a sandboxed preload can require nothing but a few Electron modules.
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './bridge';
import { operationsFromArgv } from './operationsArgument';

const api = buildBridge(operationsFromArgv(process.argv), (channel, input) => ipcRenderer.invoke(channel, input));
contextBridge.exposeInMainWorld('holdplan', api);
