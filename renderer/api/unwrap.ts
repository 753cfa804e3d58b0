// Whatever arrives over a transport is checked before the UI trusts it: a
// malformed answer becomes an ApiError rather than a crash deep in a component.
import { z } from 'zod';
import type { Language } from '../i18n/dictionary';
import { ApiError } from './ApiError';
import { clientMessages } from './clientMessages';

const WireEnvelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.string(), message: z.string(), details: z.array(z.string()).default([]) }),
  }),
]);

const KNOWN_CODES = new Set<string>([
  'invalid-input', 'not-found', 'conflict', 'in-use', 'read-only', 'locked', 'corrupt-store',
  'newer-version', 'unknown-operation', 'unauthorized', 'internal',
]);

/** The value of a successful envelope; throws ApiError for a refusal (in the services' words) or a malformed answer (in `language`). */
export function unwrap<T>(raw: unknown, operation: string, language: Language): T {
  const parsed = WireEnvelope.safeParse(raw);
  if (!parsed.success) throw new ApiError('transport', clientMessages[language].malformedAnswer({ operation }));
  const envelope = parsed.data;
  if (envelope.ok) return envelope.value as T;
  const code = KNOWN_CODES.has(envelope.error.code) ? (envelope.error.code as ApiError['code']) : 'internal';
  throw new ApiError(code, envelope.error.message, envelope.error.details);
}
