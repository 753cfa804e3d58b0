import { stringOption, UsageError, type ParsedArgs } from '../args';
import type { Text } from '../../../shared/i18n/text';
import { DATA_OPTION_HELP, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { withPlan, type PlanSource } from '../planSource';
import type { PrintDocument } from '../../../shared/contract/printResults';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

const HELP: Text = {
  en: `Usage: holdplan print <what> [options] --out FILE.pdf [--file FILE] [--data DIR]

Prints to PDF (A4) with the system's Chromium (/usr/bin/chromium, or HOLDPLAN_CHROMIUM).

  print roomplan  --centre ID (--week 2027-W03 | --date 2027-01-19)
                  a centre's rooms by day for a week or one day, A4 landscape
  print doorsigns --centre ID --date 2027-01-19
                  one A4 sign for each room used that day
  print trainer   --trainer ID      a trainer's sessions in the term
  print cohort    --cohort ID       a cohort's programme for its participants

  --out FILE     the PDF to write (required)
  --file FILE    read the plan from this holdplan/v1 file instead of the store
${DATA_OPTION_HELP.en}`,
  da: `Brug: holdplan print <hvad> [tilvalg] --out FIL.pdf [--file FIL] [--data MAPPE]

Udskriver til PDF (A4) med systemets Chromium (/usr/bin/chromium, eller HOLDPLAN_CHROMIUM).

  print roomplan  --centre ID (--week 2027-W03 | --date 2027-01-19)
                  et centers lokaler dag for dag i en uge eller på én dag, A4 på tværs
  print doorsigns --centre ID --date 2027-01-19
                  ét A4-skilt til hvert lokale, der er i brug den dag
  print trainer   --trainer ID      en undervisers kursusdage i terminen
  print cohort    --cohort ID       et holds program til deltagerne

  --out FIL      PDF-filen, der skal skrives (skal angives)
  --file FIL     læs planen fra denne holdplan/v1-fil i stedet for datafilen
${DATA_OPTION_HELP.da}`,
};

const WHAT = ['roomplan', 'doorsigns', 'trainer', 'cohort'] as const;
type What = (typeof WHAT)[number];

function required(args: ParsedArgs, what: What, name: string): string {
  const value = stringOption(args, name);
  if (value === undefined) throw new UsageError(say(m.needs({ subject: `print ${what}`, what: { en: `--${name}`, da: `--${name}` }, help: 'print' })));
  return value;
}

/** Only the options that belong to the chosen printout, so a stray one is not silently ignored. */
function refuseOthers(args: ParsedArgs, what: What, allowed: readonly string[]): void {
  const stray = ['centre', 'week', 'date', 'trainer', 'cohort'].find((o) => !allowed.includes(o) && args.values[o] !== undefined);
  if (stray) throw new UsageError(say(m.printTakesNo({ what, option: stray })));
}

async function documentFor(source: PlanSource, what: What, args: ParsedArgs): Promise<PrintDocument> {
  switch (what) {
    case 'roomplan': {
      refuseOthers(args, what, ['centre', 'week', 'date']);
      const centreId = required(args, what, 'centre');
      const week = stringOption(args, 'week');
      const date = stringOption(args, 'date');
      if ((week === undefined) === (date === undefined)) throw new UsageError(say(m.needs({ subject: 'print roomplan', what: { en: 'either --week 2027-W03 or --date 2027-01-19', da: 'enten --week 2027-W03 eller --date 2027-01-19' } })));
      return source.call('print.roomPlanHtml', { centreId, week, date });
    }
    case 'doorsigns':
      refuseOthers(args, what, ['centre', 'date']);
      return source.call('print.doorSignsHtml', { centreId: required(args, what, 'centre'), date: required(args, what, 'date') });
    case 'trainer':
      refuseOthers(args, what, ['trainer']);
      return source.call('print.trainerHtml', { trainerId: required(args, what, 'trainer') });
    case 'cohort':
      refuseOthers(args, what, ['cohort']);
      return source.call('print.cohortHtml', { cohortId: required(args, what, 'cohort') });
  }
}

export const printCommand: Command = {
  name: 'print',
  summary: {
    en: 'print a room plan, door signs, a trainer schedule or a cohort programme to PDF',
    da: 'udskriv en lokaleplan, dørskilte, en undervisers plan eller et holds program som PDF',
  },
  help: HELP,
  options: {
    centre: { type: 'string' },
    week: { type: 'string' },
    date: { type: 'string' },
    trainer: { type: 'string' },
    cohort: { type: 'string' },
    out: { type: 'string' },
    file: { type: 'string' },
    data: { type: 'string' },
  },
  maxPositionals: 1,
  async run(args, io) {
    const what = args.positionals[0];
    if (what === undefined) throw new UsageError(say(m.needs({ subject: 'print', what: { en: `what to print: ${WHAT.join(', ')}`, da: `at vide, hvad der skal udskrives: ${WHAT.join(', ')}` }, help: 'print' })));
    if (!(WHAT as readonly string[]).includes(what)) throw new UsageError(say(m.cannotPrint({ what, choices: WHAT.join(', ') })));
    const out = stringOption(args, 'out');
    if (out === undefined) throw new UsageError(say(m.needs({ subject: `print ${what}`, what: { en: '--out FILE.pdf', da: '--out FIL.pdf' }, help: 'print' })));
    const doc = await withPlan({ file: stringOption(args, 'file'), data: stringOption(args, 'data'), env: io.env, readOnly: true }, (source) =>
      documentFor(source, what as What, args),
    );
    const { withChromiumPdf } = await import('../../print/chromiumPdf');
    const { writeWholeFile } = await import('../../exchange/writeFile');
    const pdf = await withChromiumPdf((toPdf) => toPdf(doc), io.env.HOLDPLAN_CHROMIUM);
    await writeWholeFile(out, pdf);
    io.out(say(cl.wroteDocument({ title: doc.title, out })));
    return 0;
  },
};
