// What every command declares: its options, how many positional inputs it
// takes, its help text, and what it does.
import type { OptionSpec, ParsedArgs } from './args';

export interface CliIo {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  summary: string;
  help: string;
  options: OptionSpec;
  maxPositionals: number;
  /** Resolves to the exit code: 0 fine, 1 hard rules broken (check only). */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

export const DATA_OPTION_HELP = `  --data DIR     the data folder to use, or a data file such as team.json on a shared drive
                 (default: HOLDPLAN_DATA, else the user-data folder)`;
