// `holdplan publish`: marks the plan as sent. A plan from the store is saved
// back to it (one undo step in the app); a plan read with --file is written to
// --out with nothing changed but its publication, so the file's own text stays.
import type { PublishResult } from '../../../shared/contract/publishingResults';
import { stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type CliIo, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { readJsonFile, writeJsonFile } from '../files';
import { withPlan } from '../planSource';
import { dispatch } from '../../services/dispatch';
import { createServices } from '../../services/index';
import { createMemoryStore } from '../../services/memoryStore';
import { validatePlan } from '../../services/planInput';
import { HoldplanError } from '../../../shared/domain/errors';
import type { Handlers, OpInput, OpName, OpOutput } from '../../../shared/contract/operations';
import { changeLines, publishedAtInWords } from './changes';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

async function call<K extends OpName>(handlers: Handlers, name: K, input: OpInput<K>): Promise<OpOutput<K>> {
  const result = await dispatch(handlers, name, input);
  if (result.ok) return result.value as OpOutput<K>;
  throw result.error.code === 'internal' ? new Error(result.error.message) : new HoldplanError(result.error.code, result.error.message);
}

function report(result: PublishResult, where: string, io: CliIo): void {
  io.out(say(cl.published({ sessions: result.sessions, where, at: publishedAtInWords(result.publishedAt) })));
  const previous = result.changes.publishedAt;
  if (previous === null) {
    io.out(say(cl.firstPublication()));
    return;
  }
  if (result.changes.changes.length === 0) io.out(say(cl.nothingHadChanged({ since: publishedAtInWords(previous) })));
  else {
    io.out(say(cl.sincePublication({ since: publishedAtInWords(previous) })));
    for (const line of changeLines(result.changes)) io.out(line);
  }
  io.out(say(cl.raisedSequences({ count: result.raisedSequences })));
}

export const publishCommand: Command = {
  name: 'publish',
  summary: {
    en: 'mark the plan as sent to trainers and customers, so later changes can be listed',
    da: 'markér planen som sendt til undervisere og kunder, så senere ændringer kan listes',
  },
  help: {
    en: `Usage: holdplan publish [--file IN.json --out OUT.json] [--data DIR]

Remembers every session's date, room and trainers as sent out. Sessions that
changed since the previous publication get a higher calendar SEQUENCE, so .ics
files exported afterwards ("holdplan ics") update the events in calendars.
Prints what changed since the previous publication; "holdplan changes" lists
what changed since this one.

  --file FILE    publish this holdplan/v1 file instead of the store
  --out FILE     write the published plan here (may be the --file itself); only the
                 publication differs from the input (without --out, a plan from the
                 store is saved back to it)
${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan publish [--file IND.json --out UD.json] [--data MAPPE]

Husker hver kursusdags dato, lokale og undervisere, som de blev sendt ud.
Kursusdage, der er ændret siden forrige udsendelse, får en højere SEQUENCE i
kalenderen, så .ics-filer, der eksporteres bagefter ("holdplan ics"),
opdaterer begivenhederne i kalenderne. Skriver, hvad der er ændret siden
forrige udsendelse; "holdplan changes" viser, hvad der ændres efter denne.

  --file FIL     udsend denne holdplan/v1-fil i stedet for datafilen
  --out FIL      skriv den udsendte plan her (det må gerne være selve --file); kun
                 udsendelsen adskiller sig fra input (uden --out gemmes en plan fra
                 datafilen tilbage i den)
${DATA_OPTION_HELP.da}`,
  },
  options: { file: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' } },
  maxPositionals: 0,
  async run(args, io) {
    const file = stringOption(args, 'file');
    const out = stringOption(args, 'out');
    const data = stringOption(args, 'data');
    if (file !== undefined && out === undefined) {
      throw new UsageError(say(m.needs({ subject: 'publish --file', what: { en: '--out FILE (it may be the same file)', da: '--out FIL (det må gerne være den samme fil)' }, help: 'publish' })));
    }
    if (out === undefined) {
      return withPlan({ data, env: io.env, readOnly: false }, async (source) => {
        report(await source.call('plan.publish', {}), source.where, io);
        io.out(say(cl.saved({ where: source.where })));
        return 0;
      });
    }
    // The file's own text is the base, so fields the schema would fill in with defaults are not added.
    const raw = file !== undefined ? await readJsonFile(file) : await withPlan({ data, env: io.env, readOnly: true }, (source) => source.call('plan.export', {}));
    const where = file ?? 'the store';
    // A plan from the store goes to --out only; the store is left as it is.
    const handlers = createServices(createMemoryStore(validatePlan(raw, file ?? 'The plan in the store'), where));
    const result = await call(handlers, 'plan.publish', {});
    const published = await call(handlers, 'plan.export', {});
    await writeJsonFile(out, { ...(raw as Record<string, unknown>), publication: published.publication });
    report(result, where, io);
    io.out(say(cl.wrote({ file: out })));
    return 0;
  },
};
