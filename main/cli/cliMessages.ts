// The command line's own usage errors and top help, in English and Danish side
// by side. Option names and metavariables in usage lines stay as typed
// (--file, --out); only the words around them are translated. The lines that
// report what a command did are in services/messages/commandLine.ts.
import type { Text } from '../../shared/i18n/text';

const see = (command: string): Text => ({ en: `see "holdplan ${command} --help"`, da: `se "holdplan ${command} --help"` });
const both = (text: Text, extra: Text): Text => ({ en: `${text.en}${extra.en}`, da: `${text.da}${extra.da}` });

export const cliMessages = {
  // args.ts
  unknownOption: (p: { command: string; option: string }): Text => both({ en: `unknown option ${p.option}; `, da: `ukendt tilvalg ${p.option}; ` }, see(p.command)),
  needsValue: (p: { command: string; option: string }): Text => both({ en: `${p.option} needs a value; `, da: `${p.option} skal have en værdi; ` }, see(p.command)),
  /** node:util's own message, which is English only, for the rare parse errors without a code of their own. */
  otherParseError: (p: { command: string; message: string }): Text => both({ en: `${p.message}; `, da: `${p.message}; ` }, see(p.command)),
  unexpectedArgument: (p: { command: string; argument: string }): Text =>
    both({ en: `unexpected argument "${p.argument}"; `, da: `uventet argument "${p.argument}"; ` }, see(p.command)),
  wholeNumber: (p: { option: string; value: string }): Text => ({
    en: `--${p.option} must be a whole number, not "${p.value}"`,
    da: `--${p.option} skal være et helt tal, ikke "${p.value}"`,
  }),

  // main.ts
  noCommand: (): Text => ({ en: 'no command given; see "holdplan --help"', da: 'ingen kommando angivet; se "holdplan --help"' }),
  noSuchCommand: (p: { name: string; commands: string }): Text => ({
    en: `there is no command "${p.name}"; the commands are ${p.commands} (see "holdplan --help")`,
    da: `der er ingen kommando "${p.name}"; kommandoerne er ${p.commands} (se "holdplan --help")`,
  }),
  unknownTopOption: (p: { option: string; commands: string }): Text => ({
    en: `unknown option ${p.option}; the commands are ${p.commands} (see "holdplan --help")`,
    da: `ukendt tilvalg ${p.option}; kommandoerne er ${p.commands} (se "holdplan --help")`,
  }),
  topHelp: (p: { commandLines: string }): Text => ({
    en: `Usage: holdplan <command> [options]

Commands:
${p.commandLines}

The plan is read from the store, or from a holdplan/v1 file given with --file FILE;
what a command produces goes to --out FILE, or back to the store when the plan came from it.
--data DIR (or HOLDPLAN_DATA=DIR) picks the data folder.
--language da|en: the language of the messages from the services, the help and the usage errors (default en).

Run "holdplan <command> --help" for a command's options.`,
    da: `Brug: holdplan <kommando> [tilvalg]

Kommandoer:
${p.commandLines}

Planen læses fra datafilen, eller fra en holdplan/v1-fil angivet med --file FIL;
det, en kommando laver, skrives til --out FIL, eller tilbage til datafilen, når planen kom derfra.
--data MAPPE (eller HOLDPLAN_DATA=MAPPE) vælger datamappen.
--language da|en: sproget i tjenesternes beskeder, i hjælpen og i brugsfejlene (standard en).

Kør "holdplan <kommando> --help" for at se en kommandos tilvalg.`,
  }),

  // The commands' own usage errors.
  /** "export needs --out FILE; see …": `help` names the command whose help to point at, when there is one worth reading. */
  needs: (p: { subject: string; what: Text; help?: string }): Text =>
    both(
      { en: `${p.subject} needs ${p.what.en}`, da: `${p.subject} skal have ${p.what.da}` },
      p.help === undefined ? { en: '', da: '' } : both({ en: '; ', da: '; ' }, see(p.help)),
    ),
  oneOf: (p: { option: string; choices: string; value: string }): Text => ({
    en: `${p.option} must be ${p.choices.replace(/, ([^,]+)$/, ' or $1')}, not "${p.value}"`,
    da: `${p.option} skal være ${p.choices.replace(/, ([^,]+)$/, ' eller $1')}, ikke "${p.value}"`,
  }),
  storeHoldsPlan: (p: { where: string; term: string; cohorts: number; sessions: number }): Text => ({
    en: `${p.where} already holds ${p.term} (${p.cohorts} cohorts, ${p.sessions} sessions); give --replace to replace it, or --out FILE to write the demo to a file`,
    da: `${p.where} indeholder allerede ${p.term} (${p.cohorts} hold, ${p.sessions} kursusdage); angiv --replace for at erstatte den, eller --out FIL for at skrive demoen til en fil`,
  }),
  tablesTake: (p: { tables: string; value: string }): Text => ({
    en: `--tables takes ${p.tables}, not "${p.value}"`,
    da: `--tables tager ${p.tables}, ikke "${p.value}"`,
  }),
  importsTables: (p: { tables: string; value: string | undefined }): Text =>
    both(
      {
        en: `import-xlsx imports ${p.tables}${p.value === undefined ? '' : `, not "${p.value}"`}; `,
        da: `import-xlsx importerer ${p.tables}${p.value === undefined ? '' : `, ikke "${p.value}"`}; `,
      },
      see('import-xlsx'),
    ),
  printTakesNo: (p: { what: string; option: string }): Text =>
    both({ en: `print ${p.what} takes no --${p.option}; `, da: `print ${p.what} tager ikke --${p.option}; ` }, see('print')),
  cannotPrint: (p: { what: string; choices: string }): Text => ({
    en: `cannot print "${p.what}"; choose ${p.choices}`,
    da: `kan ikke udskrive "${p.what}"; vælg ${p.choices}`,
  }),
  seconds: (p: { value: string }): Text => ({
    en: `--seconds must be a number of seconds above 0 and at most 3600, not "${p.value}"`,
    da: `--seconds skal være et antal sekunder over 0 og højst 3600, ikke "${p.value}"`,
  }),
  port: (p: { value: number }): Text => ({ en: `--port must be between 0 and 65535, not ${p.value}`, da: `--port skal være mellem 0 og 65535, ikke ${p.value}` }),
};
