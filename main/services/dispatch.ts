// The single entry every transport (IPC, HTTP, command line) goes through: the
// operation name is checked against the contract, the input is validated with the
// contract's schema, and any failure becomes an envelope with a readable message
// in the language of the services behind `handlers` (language.ts).
import { HoldplanError, isHoldplanError } from '../../shared/domain/errors';
import { describeZodError } from '../../shared/domain/zodMessage';
import { operations, isOpName, type Handlers, type OpName } from '../../shared/contract/operations';
import type { Envelope } from '../../shared/contract/envelope';
import { inLanguage, languageOf } from './language';
import { generalMessages as m } from './messages/general';
import { say } from './messages/say';

export function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Envelope<unknown>> {
  const language = languageOf(handlers);
  return inLanguage(language, () => dispatchIn(language, handlers, name, rawInput));
}

async function dispatchIn(language: 'en' | 'da', handlers: Handlers, name: string, rawInput: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isOpName(name)) throw new HoldplanError('unknown-operation', say(m.unknownOperation({ name })));
    const parsed = operations[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const details = describeZodError(parsed.error, language);
      throw new HoldplanError('invalid-input', say(m.invalidRequest({ name, details })), details);
    }
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (isHoldplanError(e)) return { ok: false, error: { code: e.code, message: e.message, details: [...e.details] } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'internal', message: say(m.internal({ message })), details: [] } };
  }
}

export type { OpName };
