// Small helpers every service file shares: refusing input in words a planner
// reads (in the operation's language, messages/), parsing a whole entity after a patch, finding things by id.
import type { z } from 'zod';
import { HoldplanError } from '../../shared/domain/errors';
import { describeZodError } from '../../shared/domain/zodMessage';
import { currentLanguage } from './language';
import { entityMessages as m } from './messages/entities';
import type { Noun } from './messages/nouns';
import { say } from './messages/say';

export function refuse(message: string, details: readonly string[] = []): never {
  throw new HoldplanError('invalid-input', message, details);
}

/** Parses a whole entity; a failure names the fields ("The room is not valid: capacity: must hold at least one person"). */
export function parseEntity<S extends z.ZodType>(schema: S, value: unknown, noun: Noun): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details = describeZodError(parsed.error, currentLanguage());
  return refuse(say(m.notValid({ noun, details })), details);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The current entity with the patch laid over it; an entity's id is its identity and never moves. */
export function mergePatch<T extends { id: string }>(current: T, patch: Record<string, unknown>, noun: Noun): Record<string, unknown> {
  if ('id' in patch && patch.id !== current.id) refuse(say(m.idFixed({ noun, id: current.id })));
  return { ...current, ...patch };
}

/** The fields of a create input, which must be an object. */
export function objectInput(value: unknown, noun: Noun): Record<string, unknown> {
  if (!isRecord(value)) refuse(say(m.notAnObject({ noun })));
  return value;
}

export function findById<T extends { id: string }>(list: readonly T[], id: string, noun: Noun): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new HoldplanError('not-found', say(m.notFound({ noun, id })));
  return found;
}

export function indexById<T extends { id: string }>(list: readonly T[], id: string, noun: Noun): number {
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) throw new HoldplanError('not-found', say(m.notFound({ noun, id })));
  return index;
}

export function refuseTakenId(list: readonly { id: string }[], id: string, noun: Noun): void {
  if (list.some((x) => x.id === id)) throw new HoldplanError('conflict', say(m.idTaken({ noun, id })));
}

/**
 * The id a create input asks for, or a fresh one (`r-1`, `r-2`, …) when it names
 * none, so a form need not invent ids.
 */
export function withId(input: Record<string, unknown>, list: readonly { id: string }[], prefix: string): Record<string, unknown> {
  if (input.id !== undefined) return input;
  const taken = new Set(list.map((x) => x.id));
  let n = list.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return { ...input, id: `${prefix}-${n}` };
}

/** `base`, or `base-2`, `base-3`, … whichever is not taken yet. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let k = 2; ; k++) {
    const candidate = `${base}-${k}`;
    if (!taken.has(candidate)) return candidate;
  }
}
