import { stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { withPlan } from '../planSource';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

export const icsCommand: Command = {
  name: 'ics',
  summary: {
    en: 'write a trainer\'s or a cohort\'s sessions as an iCalendar (.ics) file',
    da: 'skriv en undervisers eller et holds kursusdage som en iCalendar-fil (.ics)',
  },
  help: {
    en: `Usage: holdplan ics (--trainer ID | --cohort ID) --out FILE [--file FILE] [--data DIR]

Writes every dated session of one trainer, or of one cohort, as calendar events
in Copenhagen time with the venue as location. Each event's UID comes from its
session, so importing a newer file updates the events instead of adding more.

  --trainer ID   the trainer whose sessions to write
  --cohort ID    the cohort whose programme to write
  --out FILE     the .ics file to write (required)
  --file FILE    read the plan from this holdplan/v1 file instead of the store
${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan ics (--trainer ID | --cohort ID) --out FIL [--file FIL] [--data MAPPE]

Skriver hver daterede kursusdag for én underviser eller ét hold som
kalenderbegivenheder i dansk tid med stedet som placering. Hver begivenheds UID
kommer fra dens kursusdag, så en nyere fil opdaterer begivenhederne i stedet
for at tilføje flere.

  --trainer ID   underviseren, hvis kursusdage skal skrives
  --cohort ID    holdet, hvis program skal skrives
  --out FIL      .ics-filen, der skal skrives (skal angives)
  --file FIL     læs planen fra denne holdplan/v1-fil i stedet for datafilen
${DATA_OPTION_HELP.da}`,
  },
  options: { trainer: { type: 'string' }, cohort: { type: 'string' }, out: { type: 'string' }, file: { type: 'string' }, data: { type: 'string' } },
  maxPositionals: 0,
  async run(args, io) {
    const trainer = stringOption(args, 'trainer');
    const cohort = stringOption(args, 'cohort');
    const out = stringOption(args, 'out');
    if ((trainer === undefined) === (cohort === undefined)) throw new UsageError(say(m.needs({ subject: 'ics', what: { en: 'either --trainer ID or --cohort ID', da: 'enten --trainer ID eller --cohort ID' }, help: 'ics' })));
    if (out === undefined) throw new UsageError(say(m.needs({ subject: 'ics', what: { en: '--out FILE', da: '--out FIL' }, help: 'ics' })));
    const { cohortCalendar, trainerCalendar } = await import('../../exchange/ics/calendars');
    const { writeWholeFile } = await import('../../exchange/writeFile');
    return withPlan({ file: stringOption(args, 'file'), data: stringOption(args, 'data'), env: io.env, readOnly: true }, async (source) => {
      const plan = await source.call('plan.export', {});
      // Published sequences, so a session changed since an earlier export replaces its event.
      const options = { sequences: plan.publication?.sequences };
      const text = trainer !== undefined ? trainerCalendar(plan, trainer, options) : cohortCalendar(plan, cohort!, options);
      await writeWholeFile(out, text);
      const events = text.split('BEGIN:VEVENT').length - 1;
      io.out(say(cl.wroteEvents({ events, trainer, cohort, out })));
      return 0;
    });
  },
};
