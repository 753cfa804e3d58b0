import { stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { writeJsonFile } from '../files';
import { withPlan } from '../planSource';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

export const exportCommand: Command = {
  name: 'export',
  summary: {
    en: 'write the plan to a holdplan/v1 file',
    da: 'skriv planen til en holdplan/v1-fil',
  },
  help: {
    en: `Usage: holdplan export --out FILE [--file FILE] [--data DIR]

Writes the whole plan in the store (or in the --file given) to a holdplan/v1
file. Fields this version does not know are written back as they came in.

  --out FILE     the file to write (required)
  --file FILE    read the plan from this file instead of the store
${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan export --out FIL [--file FIL] [--data MAPPE]

Skriver hele planen i datafilen (eller i den angivne --file) til en
holdplan/v1-fil. Felter, som denne udgave ikke kender, skrives tilbage, som de
kom ind.

  --out FIL      filen, der skal skrives (skal angives)
  --file FIL     læs planen fra denne fil i stedet for datafilen
${DATA_OPTION_HELP.da}`,
  },
  options: { out: { type: 'string' }, file: { type: 'string' }, data: { type: 'string' } },
  maxPositionals: 0,
  async run(args, io) {
    const out = stringOption(args, 'out');
    if (out === undefined) throw new UsageError(say(m.needs({ subject: 'export', what: { en: '--out FILE', da: '--out FIL' }, help: 'export' })));
    return withPlan({ file: stringOption(args, 'file'), data: stringOption(args, 'data'), env: io.env, readOnly: true }, async (source) => {
      const plan = await source.call('plan.export', {});
      await writeJsonFile(out, plan);
      io.out(say(cl.exported({ where: source.where, out, sessions: plan.sessions.length })));
      return 0;
    });
  },
};
