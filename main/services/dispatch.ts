// The single entry every transport (IPC, HTTP, command line) goes through: the
// operation name is checked against the contract, the input is validated with the
// contract's schema, and any failure becomes an envelope with a readable message.
import { HoldplanError, isHoldplanError } from '../../shared/domain/errors';
import { describeZodError } from '../../shared/domain/zodMessage';
import { operations, isOpName, type Handlers, type OpName } from '../../shared/contract/operations';
import type { Envelope } from '../../shared/contract/envelope';

export async function dispatch(handlers: Handlers, name: string, rawInput: unknown): Promise<Envelope<unknown>> {
  try {
    if (!isOpName(name)) throw new HoldplanError('unknown-operation', `There is no operation called "${name}".`);
    const parsed = operations[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const details = describeZodError(parsed.error);
      throw new HoldplanError('invalid-input', `The request for ${name} is not valid: ${details.join('; ')}`, details);
    }
    const handler = handlers[name] as (input: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (isHoldplanError(e)) return { ok: false, error: { code: e.code, message: e.message, details: [...e.details] } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: 'internal', message: `Something went wrong inside Holdplan: ${message}`, details: [] } };
  }
}

export type { OpName };
