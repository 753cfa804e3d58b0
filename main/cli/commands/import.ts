import { stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { readJsonFile } from '../files';
import { withPlan } from '../planSource';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

export const importCommand: Command = {
  name: 'import',
  summary: 'replace the plan in the store with a holdplan/v1 file',
  help: `Usage: holdplan import FILE [--data DIR]

Replaces the plan in the store with the holdplan/v1 file FILE. The file is
checked in full (format, every field, every reference) first; when anything is
wrong, the store is left as it was.

${DATA_OPTION_HELP}`,
  options: { data: { type: 'string' } },
  maxPositionals: 1,
  async run(args, io) {
    const file = args.positionals[0];
    if (file === undefined) throw new UsageError('import needs the file to import; see "holdplan import --help"');
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
