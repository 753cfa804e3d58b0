import { stringOption } from '../args';
import { checkReport } from '../checkReport';
import { DATA_OPTION_HELP, type Command } from '../command';
import { withPlan } from '../planSource';

export const checkCommand: Command = {
  name: 'check',
  summary: {
    en: 'check the plan against every rule; exit 1 when a hard rule is broken',
    da: 'kontrollér planen mod alle regler; afslut med 1, når en hård regel er brudt',
  },
  help: {
    en: `Usage: holdplan check [--file FILE] [--data DIR]

Checks the plan in the store, or in a holdplan/v1 file, against the rules.
Prints every broken hard rule with its justification (grouped by rule), the
unassigned sessions, how many are deferred to a later term, and the soft
penalty per goal.

  --file FILE    check this holdplan/v1 file instead of the store (the store is not opened)
${DATA_OPTION_HELP.en}

Exit code: 0 when every hard rule is kept, 1 when one is broken, 2 on an error.`,
    da: `Brug: holdplan check [--file FIL] [--data MAPPE]

Kontrollerer planen i datafilen, eller i en holdplan/v1-fil, mod reglerne.
Skriver hver brudt hård regel med sin begrundelse (samlet pr. regel), de
uplacerede kursusdage, hvor mange der er udskudt til en senere termin, og den
bløde straf pr. mål.

  --file FIL     kontrollér denne holdplan/v1-fil i stedet for datafilen (datafilen åbnes ikke)
${DATA_OPTION_HELP.da}

Afslutningskode: 0 når alle hårde regler er overholdt, 1 når en er brudt, 2 ved en fejl.`,
  },
  options: { file: { type: 'string' }, data: { type: 'string' } },
  maxPositionals: 0,
  async run(args, io) {
    return withPlan({ file: stringOption(args, 'file'), data: stringOption(args, 'data'), env: io.env, readOnly: true }, async (source) => {
      const plan = await source.call('plan.export', {});
      const result = await source.call('plan.check', {});
      for (const line of checkReport(plan, result)) io.out(line);
      return result.violations.some((v) => v.level === 'hard') ? 1 : 0;
    });
  },
};
