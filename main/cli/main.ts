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
import { cliMessages as m } from './cliMessages';
import { say } from '../services/messages/say';

const COMMANDS: readonly Command[] = [demoCommand, checkCommand, solveCommand, importCommand, exportCommand, icsCommand, importXlsxCommand, exportXlsxCommand, printCommand, publishCommand, changesCommand, webCommand];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return say(m.topHelp({ commandLines: COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${say(c.summary)}`).join('\n') }));
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
  // The language first, wherever it stands, so that help and usage errors come in it too.
  let taken: ReturnType<typeof takeLanguage>;
  try {
    taken = takeLanguage(argv);
  } catch (e) {
    const command = COMMANDS.find((c) => c.name === argv[0]);
    io.err(`holdplan${command ? ` ${command.name}` : ''}: ${oneLine(e)}`);
    return 2;
  }
  // Services created inside start in this language (services/index.ts).
  return inLanguage(taken.language, () => runInLanguage(taken.rest, io));
}

async function runInLanguage(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? say(topic.help) : topHelp());
    return 0;
  }
  if (name === undefined) {
    io.err(`holdplan: ${say(m.noCommand())}`);
    return 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    const commands = COMMANDS.map((c) => c.name).join(', ');
    io.err(`holdplan: ${say(name.startsWith('-') ? m.unknownTopOption({ option: name, commands }) : m.noSuchCommand({ name, commands }))}`);
    return 2;
  }
  try {
    const args = parseCommandArgs(command.name, rest, command.options, command.maxPositionals);
    if (args.help) {
      io.out(say(command.help));
      return 0;
    }
    return await command.run(args, io);
  } catch (e) {
    io.err(`holdplan ${command.name}: ${oneLine(e)}`);
    return 2;
  }
}
