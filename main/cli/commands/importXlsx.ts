import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { readJsonFile, writeJsonFile } from '../files';
import { withPlan } from '../planSource';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

const TABLES = ['trainers', 'rooms', 'cohorts'] as const;
type Table = (typeof TABLES)[number];

function tableOf(value: string | undefined): Table {
  const table = TABLES.find((t) => t === value);
  if (!table) throw new UsageError(say(m.importsTables({ tables: TABLES.join(', '), value })));
  return table;
}

export const importXlsxCommand: Command = {
  name: 'import-xlsx',
  summary: {
    en: 'import trainers, rooms or cohorts from an .xlsx or CSV file, with a preview',
    da: 'importér undervisere, lokaler eller hold fra en .xlsx- eller CSV-fil, med forhåndsvisning',
  },
  help: {
    en: `Usage: holdplan import-xlsx trainers|rooms|cohorts FILE [--mapping M.json] [--dry-run] [--sheet NAME] [--file PLAN --out PLAN] [--data DIR]

Reads FILE (.xlsx, or CSV separated by ";" or ",") and prints what each row
does: create, update (a row is matched by its id, or a trainer by e-mail), or
rejected with the reason. Danish numbers and dates are read (1.234,50;
12-01-2027; 12.01.2027). Without --dry-run the valid rows are then written in
one change; rejected rows are skipped and listed.

The columns are matched to fields by their headers (Danish or English names),
or by the mapping file, {"Header": "field", "Notes": null}. The mapping used is
saved for next time: to --mapping M.json, or beside the data file as
holdplan-mapping-TABLE.json (not on a dry run).

  --mapping M.json  the column mapping to use and to save
  --dry-run         print the preview only; nothing is written
  --sheet NAME      the sheet of an .xlsx to read (default: the first)
  --file PLAN       import into this holdplan/v1 file instead of the store …
  --out PLAN        … and write the result here (required with --file unless --dry-run)
${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan import-xlsx trainers|rooms|cohorts FIL [--mapping M.json] [--dry-run] [--sheet NAVN] [--file PLAN --out PLAN] [--data MAPPE]

Læser FIL (.xlsx, eller CSV adskilt af ";" eller ",") og skriver, hvad hver
række gør: opretter, opdaterer (en række genkendes på sit id, en underviser på
e-mail) eller afvises med grunden. Danske tal og datoer læses (1.234,50;
12-01-2027; 12.01.2027). Uden --dry-run skrives de gyldige rækker derefter i
én ændring; afviste rækker springes over og listes.

Kolonnerne knyttes til felter efter deres overskrifter (danske eller engelske
navne) eller efter kolonneopsætningen, {"Overskrift": "felt", "Noter": null}.
Den brugte opsætning gemmes til næste gang: i --mapping M.json, eller ved siden
af datafilen som holdplan-mapping-TABEL.json (ikke ved en prøvekørsel).

  --mapping M.json  kolonneopsætningen, der skal bruges og gemmes
  --dry-run         vis kun forhåndsvisningen; intet skrives
  --sheet NAVN      arket i en .xlsx, der skal læses (standard: det første)
  --file PLAN       importér til denne holdplan/v1-fil i stedet for datafilen …
  --out PLAN        … og skriv resultatet her (skal angives med --file, medmindre --dry-run er givet)
${DATA_OPTION_HELP.da}`,
  },
  options: {
    mapping: { type: 'string' },
    'dry-run': { type: 'boolean' },
    sheet: { type: 'string' },
    file: { type: 'string' },
    out: { type: 'string' },
    data: { type: 'string' },
  },
  maxPositionals: 2,
  async run(args, io) {
    const table = tableOf(args.positionals[0]);
    const input = args.positionals[1];
    if (input === undefined) throw new UsageError(say(m.needs({ subject: 'import-xlsx', what: { en: 'the file to import', da: 'den fil, der skal importeres' }, help: 'import-xlsx' })));
    const dryRun = args.values['dry-run'] === true;
    const planFile = stringOption(args, 'file');
    const out = stringOption(args, 'out');
    if (planFile !== undefined && !dryRun && out === undefined) throw new UsageError(say(m.needs({ subject: 'import-xlsx --file PLAN', what: { en: '--out FILE for the result (or --dry-run)', da: '--out FIL til resultatet (eller --dry-run)' } })));
    const { readWholeFile } = await import('../../exchange/writeFile');
    const { parseMapping } = await import('../../exchange/sheets/mapping');
    const { previewReport } = await import('../../exchange/sheets/previewReport');
    const bytes = await readWholeFile(input);

    return withPlan({ file: planFile, data: stringOption(args, 'data'), env: io.env, readOnly: dryRun }, async (source) => {
      const mappingFile = stringOption(args, 'mapping') ?? join(dirname(source.where), `holdplan-mapping-${table}.json`);
      const remembered = existsSync(mappingFile) ? parseMapping(await readJsonFile(mappingFile), mappingFile) : undefined;
      const request = { table, data: bytes.toString('base64'), mapping: remembered, sheetName: stringOption(args, 'sheet') };
      const result = await source.call(dryRun ? 'sheets.importPreview' : 'sheets.import', request);
      for (const line of previewReport(result, basename(input))) io.out(line);
      if (dryRun) {
        io.out(say(cl.dryRun()));
        return 0;
      }
      await writeJsonFile(mappingFile, result.mapping);
      io.out(say(cl.savedMapping({ file: mappingFile })));
      if (planFile !== undefined && out !== undefined) {
        await writeJsonFile(out, await source.call('plan.export', {}));
        io.out(say(cl.wrotePlan({ out })));
      } else if (result.applied) io.out(say(cl.saved({ where: source.where })));
      return 0;
    });
  },
};
