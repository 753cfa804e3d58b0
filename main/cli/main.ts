// `holdplan <command>`: the same services as the app, without a window.
// Exit codes: 0 done, 1 hard rules broken (check), 2 any error, shown as one line.
import { inLanguage } from '../services/language';
import { parseCommandArgs } from './args';
import type { CliIo, Command } from './command';
import { checkCommand } from './commands/check';
import { demoCommand } from './commands/demo';
import { exportCommand } from './commands/export';
import { exportXlsxCommand } from './commands/exportXlsx';
import { icsCommand } from './commands/ics';
import { importCommand } from './commands/import';
import { printCommand } from './commands/print';
import { publishCommand } from './commands/publish';
import { changesCommand } from './commands/changes';
import { solveCommand } from './commands/solve';
import { importXlsxCommand } from './commands/importXlsx';
import { webCommand } from './commands/web';
import { takeLanguage } from './languageOption';

const COMMANDS: readonly Command[] = [demoCommand, checkCommand, solveCommand, importCommand, exportCommand, icsCommand, importXlsxCommand, exportXlsxCommand, printCommand, publishCommand, changesCommand, webCommand];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: holdplan <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'The plan is read from the store, or from a holdplan/v1 file given with --file FILE;',
    'what a command produces goes to --out FILE, or back to the store when the plan came from it.',
    '--data DIR (or HOLDPLAN_DATA=DIR) picks the data folder.',
    '--language da|en: the language of the messages from the services (default en).',
    '',
    'Run "holdplan <command> --help" for a command\'s options.',
  ].join('\n');
}

function oneLine(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  return message.replace(/\s*\n\s*/g, ' ').trim();
}

// A reader that stops early (`holdplan check | head`) closes the pipe; that is not an error.
function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export const processIo: CliIo = {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) quietOnClosedPipe(process.stdout);
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? topic.help : topHelp());
    return 0;
  }
  if (name === undefined) {
    io.err('holdplan: no command given; see "holdplan --help"');
    return 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const what = name.startsWith('-') ? `unknown option ${name}` : `there is no command "${name}"`;
    io.err(`holdplan: ${what}; the commands are ${COMMANDS.map((c) => c.name).join(', ')} (see "holdplan --help")`);
    return 2;
  }
  try {
    const { language, rest: commandArgs } = takeLanguage(rest);
    const args = parseCommandArgs(command.name, commandArgs, command.options, command.maxPositionals);
    if (args.help) {
      io.out(command.help);
      return 0;
    }
    // Services created inside start in this language (services/index.ts).
    return await inLanguage(language, () => command.run(args, io));
  } catch (e) {
    io.err(`holdplan ${command.name}: ${oneLine(e)}`);
    return 2;
  }
}
