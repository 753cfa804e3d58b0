// What every command declares: its options, how many positional inputs it
// takes, its help text in both languages, and what it does.
import type { Text } from '../../shared/i18n/text';
import type { OptionSpec, ParsedArgs } from './args';

export interface CliIo {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
}

export interface Command {
  name: string;
  /** One line in the top help. */
  summary: Text;
  /** `holdplan <name> --help`, in the language given with --language. */
  help: Text;
  options: OptionSpec;
  maxPositionals: number;
  /** Resolves to the exit code: 0 fine, 1 hard rules broken (check only). */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

export const DATA_OPTION_HELP: Text = {
  en: `  --data DIR     the data folder to use, or a data file such as team.json on a shared drive
                 (default: HOLDPLAN_DATA, else the user-data folder)`,
  da: `  --data MAPPE   datamappen, eller en datafil som team.json på et fælles drev
                 (standard: HOLDPLAN_DATA, ellers brugerens datamappe)`,
};
