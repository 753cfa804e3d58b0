// Files written by older versions of the store are brought up to SCHEMA_VERSION
// one step at a time; a file from a newer version is refused, never rewritten.
//
// Version 0 is a bare holdplan/v1 document without the store's `meta`, which is
// what an export or a hand-made file looks like when put where the store expects its file.
import { HoldplanError } from '../../shared/domain/errors';
import { SCHEMA_VERSION } from './storeFile';
import { storingMessages } from '../services/messages/storing';
import { say } from '../services/messages/say';

type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns a version-n file into a version-(n+1) file. */
export const MIGRATIONS: readonly Migration[] = [
  (bare) => ({ meta: { schemaVersion: 1, savedAt: new Date(0).toISOString(), app: 'unknown (before the store kept metadata)' }, plan: bare }),
];

/** The schema version a parsed file claims, or null when it is not a store file of any version we know. */
export function schemaVersionOf(file: unknown): number | null {
  if (!isRecord(file)) return null;
  const meta = file.meta;
  if (isRecord(meta)) {
    const v = meta.schemaVersion;
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
  }
  return typeof file.format === 'string' ? 0 : null;
}

/**
 * Brings a parsed file to the current version. Throws HoldplanError('newer-version') for a file
 * a newer Holdplan wrote. Returns the input unchanged when its version is unknown, so the schema
 * check that follows reports what is wrong with it.
 */
export function migrate(file: unknown, where: string): unknown {
  const version = schemaVersionOf(file);
  if (version === null || !isRecord(file)) return file;
  if (version > SCHEMA_VERSION) {
    throw new HoldplanError('newer-version', say(storingMessages.newerVersion({ where, version, readsUpTo: SCHEMA_VERSION })));
  }
  let current: Record<string, unknown> = file;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from store schema version ${v}`);
    current = step(current);
  }
  return current;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
