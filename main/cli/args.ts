// A thin layer over node:util parseArgs that turns its errors into one line a
// person at a terminal understands, naming the command and where to look, in
// the language given with --language (runCli runs this inside it).
import { parseArgs } from 'node:util';
import { say } from '../services/messages/say';
import { cliMessages as m } from './cliMessages';

/** A mistake in how the command was typed; shown as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  help: boolean;
}

function optionIn(message: string): string {
  return /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? 'an option';
}

export function parseCommandArgs(command: string, argv: readonly string[], options: OptionSpec, maxPositionals: number): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: true });
  } catch (e) {
    if (argv.includes('--help') || argv.includes('-h')) return { values: {}, positionals: [], help: true };
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(say(m.unknownOption({ command, option: optionIn(message) })));
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw new UsageError(say(m.needsValue({ command, option: optionIn(message) })));
    throw new UsageError(say(m.otherParseError({ command, message: message.split('\n')[0] ?? message })));
  }
  const { help, ...values } = parsed.values as Record<string, string | boolean | undefined>;
  if (help === true) return { values, positionals: parsed.positionals, help: true };
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(say(m.unexpectedArgument({ command, argument: parsed.positionals[maxPositionals]! })));
  }
  return { values, positionals: parsed.positionals, help: false };
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function integerOption(args: ParsedArgs, name: string): number | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value)) throw new UsageError(say(m.wholeNumber({ option: name, value })));
  return Number(value);
}
