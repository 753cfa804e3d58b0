import { stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { readJsonFile } from '../files';
import { withPlan } from '../planSource';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

export const importCommand: Command = {
  name: 'import',
  summary: {
    en: 'replace the plan in the store with a holdplan/v1 file',
    da: 'erstat planen i datafilen med en holdplan/v1-fil',
  },
  help: {
    en: `Usage: holdplan import FILE [--data DIR]

Replaces the plan in the store with the holdplan/v1 file FILE. The file is
checked in full (format, every field, every reference) first; when anything is
wrong, the store is left as it was.

${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan import FIL [--data MAPPE]

Erstatter planen i datafilen med holdplan/v1-filen FIL. Filen kontrolleres
fuldt ud først (format, hvert felt, hver henvisning); er noget galt, forbliver
datafilen, som den var.

${DATA_OPTION_HELP.da}`,
  },
  options: { data: { type: 'string' } },
  maxPositionals: 1,
  async run(args, io) {
    const file = args.positionals[0];
    if (file === undefined) throw new UsageError(say(m.needs({ subject: 'import', what: { en: 'the file to import', da: 'den fil, der skal importeres' }, help: 'import' })));
    const raw = await readJsonFile(file);
    return withPlan({ data: stringOption(args, 'data'), env: io.env, readOnly: false }, async (source) => {
      const result = await source.call('plan.import', { plan: raw });
      const c = result.counts;
      io.out(say(cl.imported({ file, where: source.where, ...c })));
      for (const warning of result.warnings) io.out(say(cl.note({ text: warning })));
      return 0;
    });
  },
};
