// Which column is which field. A mapping file is `{ "Navn": "name", "E-mail":
// "email", "Noter": null }` (null: ignore the column). Headers a mapping does
// not name are guessed from the Danish and English names each field knows.
import { z } from 'zod';
import { HoldplanError } from '../../../shared/domain/errors';
import { describeZodError } from '../../../shared/domain/zodMessage';
import type { ImportSpec } from './tables/importSpec';
import { currentLanguage } from '../../services/language';
import { importingMessages } from '../../services/messages/importing';
import { say } from '../../services/messages/say';

export const Mapping = z.record(z.string(), z.string().nullable());
export type Mapping = z.infer<typeof Mapping>;

/** "E-mail", "e_mail " and "EMAIL" are the same header; Danish letters stay. */
export function normalHeader(header: string): string {
  return header.toLocaleLowerCase('da').replace(/[\s_\-.:/]+/g, '').trim();
}

export function parseMapping(raw: unknown, where: string): Mapping {
  const parsed = Mapping.safeParse(raw);
  if (!parsed.success) {
    throw new HoldplanError('invalid-input', say(importingMessages.notAMapping({ where, details: describeZodError(parsed.error, currentLanguage()) })));
  }
  return parsed.data;
}

export function guessField<E extends { id: string }>(spec: ImportSpec<E>, header: string): string | null {
  const wanted = normalHeader(header);
  if (wanted === '') return null;
  const field = spec.fields.find((f) => [f.key, f.header, ...f.aliases].some((name) => normalHeader(name) === wanted));
  return field?.key ?? null;
}

/**
 * The mapping for these headers: what `remembered` says for the headers it
 * names, a guess for the rest. Refuses fields the table does not have and two
 * columns for one field, naming them.
 */
export function resolveMapping<E extends { id: string }>(spec: ImportSpec<E>, headers: readonly string[], remembered: Mapping = {}): Mapping {
  const keys = new Set(spec.fields.map((f) => f.key));
  const mapping: Mapping = {};
  const byField = new Map<string, string>();
  for (const header of headers) {
    if (header === '') continue;
    const field = Object.prototype.hasOwnProperty.call(remembered, header) ? remembered[header]! : guessField(spec, header);
    if (field !== null && !keys.has(field)) {
      throw new HoldplanError('invalid-input', say(importingMessages.unknownField({ header, field, noun: spec.noun, fields: [...keys] })));
    }
    const twice = field === null ? undefined : byField.get(field);
    if (field !== null && twice !== undefined) {
      throw new HoldplanError('invalid-input', say(importingMessages.twoColumnsOneField({ first: twice, second: header, field })));
    }
    if (field !== null) byField.set(field, header);
    mapping[header] = field;
  }
  return mapping;
}
