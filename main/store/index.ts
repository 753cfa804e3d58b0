export { openStore } from './openStore';
export { defaultDataDir, resolveDataFile } from './dataDir';
export type { Store, OpenStoreOptions } from './types';
