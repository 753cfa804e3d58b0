// What the store's file holds: the holdplan/v1 plan plus the store's own metadata.
import { z } from 'zod';
import { Plan } from '../../shared/domain/schema';

export const SCHEMA_VERSION = 1;

export const StoreMeta = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  savedAt: z.string(),
  app: z.string(),
});
export type StoreMeta = z.infer<typeof StoreMeta>;

export const StoreFile = z.looseObject({ meta: StoreMeta, plan: Plan });
export type StoreFile = z.infer<typeof StoreFile>;

export function storeFileOf(plan: Plan, app: string, savedAt: Date): StoreFile {
  return { meta: { schemaVersion: SCHEMA_VERSION, savedAt: savedAt.toISOString(), app }, plan };
}

export function serialise(file: StoreFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}
