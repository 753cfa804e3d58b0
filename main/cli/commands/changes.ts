// `holdplan changes`: what changed since the plan was last published, and who
// needs a new schedule because of it.
import type { PublicationChanges } from '../../../shared/contract/publishingResults';
import { stringOption } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { withPlan } from '../planSource';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

/** "2027-01-05 09:15 UTC": the stored ISO time, readable and without a zone guess. */
export function publishedAtInWords(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

/** The change list as the command line prints it: one line per session, then who needs a new schedule. */
export function changeLines(changes: PublicationChanges): string[] {
  if (changes.changes.length === 0) return [];
  const count = changes.changes.length;
  return [
    say(cl.sessionsChanged({ count })),
    ...changes.changes.map((c) => `  ${c.text}`),
    say(cl.trainersToTell({ names: changes.trainers.map((t) => t.name) })),
    say(cl.customersToTell({ names: changes.customers })),
  ];
}

export const changesCommand: Command = {
  name: 'changes',
  summary: {
    en: 'list the sessions changed since the plan was published, and who needs a new schedule',
    da: 'vis kursusdagene, der er ændret, siden planen blev udsendt, og hvem der skal have en ny plan',
  },
  help: {
    en: `Usage: holdplan changes [--file FILE] [--data DIR]

Lists every session whose date, room or trainers changed since the plan was
last published ("holdplan publish"), and sessions added or removed since, each
with the old and the new values; then the trainers (before and after) and the
customers who need a new schedule. Changes nothing.

  --file FILE    read the plan from this holdplan/v1 file instead of the store
${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan changes [--file FIL] [--data MAPPE]

Viser hver kursusdag, hvis dato, lokale eller undervisere er ændret, siden
planen sidst blev udsendt ("holdplan publish"), og kursusdage, der er kommet
til eller fjernet siden, hver med de gamle og de nye værdier; derefter
underviserne (før og efter) og de kunder, der skal have en ny plan. Ændrer
intet.

  --file FIL     læs planen fra denne holdplan/v1-fil i stedet for datafilen
${DATA_OPTION_HELP.da}`,
  },
  options: { file: { type: 'string' }, data: { type: 'string' } },
  maxPositionals: 0,
  async run(args, io) {
    return withPlan({ file: stringOption(args, 'file'), data: stringOption(args, 'data'), env: io.env, readOnly: true }, async (source) => {
      const changes = await source.call('plan.changesSincePublication', {});
      if (changes.publishedAt === null) {
        io.out(say(cl.notPublished({ where: source.where })));
        return 0;
      }
      const since = publishedAtInWords(changes.publishedAt);
      if (changes.changes.length === 0) {
        io.out(say(cl.nothingChangedSince({ since })));
        return 0;
      }
      io.out(say(cl.changedSince({ since })));
      for (const line of changeLines(changes)) io.out(line);
      return 0;
    });
  },
};
