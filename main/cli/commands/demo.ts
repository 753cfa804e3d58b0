import { integerOption, stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { writeJsonFile } from '../files';
import { withPlan } from '../planSource';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

const SIZES = ['small', 'term', 'large'] as const;
type Size = (typeof SIZES)[number];

function sizeOf(value: string | undefined): Size {
  if (value === undefined) return 'term';
  const size = SIZES.find((s) => s === value);
  if (!size) throw new UsageError(say(m.oneOf({ option: '--size', choices: SIZES.join(', '), value })));
  return size;
}

export const demoCommand: Command = {
  name: 'demo',
  summary: {
    en: 'make the seeded demo term (to a file, or into the store)',
    da: 'lav demoterminen ud fra et seed (til en fil eller ind i datafilen)',
  },
  help: {
    en: `Usage: holdplan demo [--size small|term|large] [--seed N] [--out FILE] [--planted FILE] [--impossible FILE] [--replace] [--data DIR]

Builds the demo organisation and its term around a hidden complete plan that
keeps every rule. The same size and seed always give the same data.

  --size SIZE      small (about 30 cohorts), term (about 300, the default) or large (about 700)
  --seed N         the random seed (default 1)
  --out FILE       write the demo (sessions unplanned) to FILE; without it, load the demo into the store
                   (only into an empty store, unless --replace is given)
  --planted FILE   also write the hidden complete plan to FILE
  --impossible FILE  add three cohorts no plan can complete (nobody has the skill, no room
                   holds them, no working day in the window) and list them with that cause
                   in FILE; the planted plan then leaves just their sessions unassigned
  --replace        let the demo replace a store that already holds a plan
${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan demo [--size small|term|large] [--seed N] [--out FIL] [--planted FIL] [--impossible FIL] [--replace] [--data MAPPE]

Bygger demo-organisationen og dens termin omkring en skjult færdig plan, der
overholder alle regler. Samme størrelse og seed giver altid de samme data.

  --size STR       small (ca. 30 hold), term (ca. 300, standard) eller large (ca. 700)
  --seed N         startværdien (seed) for tilfældighederne (standard 1)
  --out FIL        skriv demoen (kursusdagene uplacerede) til FIL; uden den indlæses demoen i datafilen
                   (kun i en tom datafil, medmindre --replace er angivet)
  --planted FIL    skriv også den skjulte færdige plan til FIL
  --impossible FIL tilføj tre hold, som ingen plan kan gennemføre (ingen har kompetencen, intet
                   lokale kan rumme dem, ingen arbejdsdag i vinduet), og skriv dem med grunden
                   i FIL; den plantede plan lader så netop deres kursusdage være uplacerede
  --replace        lad demoen erstatte en datafil, der allerede har en plan
${DATA_OPTION_HELP.da}`,
  },
  options: { size: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, planted: { type: 'string' }, impossible: { type: 'string' }, replace: { type: 'boolean' }, data: { type: 'string' } },
  maxPositionals: 0,
  async run(args, io) {
    const size = sizeOf(stringOption(args, 'size'));
    const seed = integerOption(args, 'seed') ?? 1;
    const out = stringOption(args, 'out');
    const planted = stringOption(args, 'planted');
    const impossible = stringOption(args, 'impossible');
    const { generateDemo } = await import('../../demo/generate');
    const { withImpossibleCohorts } = await import('../../demo/impossible');
    const generated = generateDemo({ size, seed });
    const infeasible = impossible === undefined ? null : withImpossibleCohorts(generated);
    const demo = infeasible ?? generated;
    if (infeasible !== null && impossible !== undefined) {
      await writeJsonFile(impossible, infeasible.impossible);
      io.out(say(cl.wroteImpossible({ out: impossible, cohorts: infeasible.impossible.cohorts.length })));
    }
    if (planted !== undefined) {
      await writeJsonFile(planted, demo.planted);
      io.out(say(cl.wrotePlanted({ out: planted })));
    }
    if (out !== undefined) {
      await writeJsonFile(out, demo.plan);
      io.out(say(cl.wroteDemo({ size, seed, out, cohorts: demo.plan.cohorts.length, sessions: demo.plan.sessions.length })));
      return 0;
    }
    return withPlan({ data: stringOption(args, 'data'), env: io.env, readOnly: false }, async (source) => {
      // The command line keeps no undo history: never replace a planner's data by accident.
      const held = await source.call('plan.summary', {});
      const holdsData = Object.values(held.counts).some((n) => n > 0);
      if (holdsData && args.values.replace !== true)
        throw new UsageError(say(m.storeHoldsPlan({ where: source.where, term: held.termName, cohorts: held.counts.cohorts, sessions: held.counts.sessions })));
      const result = await source.call('plan.import', { plan: demo.plan });
      io.out(say(cl.loadedDemo({ size, seed, where: source.where, cohorts: result.counts.cohorts, sessions: result.counts.sessions })));
      return 0;
    });
  },
};
