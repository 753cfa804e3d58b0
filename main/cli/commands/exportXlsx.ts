import { join } from 'node:path';
import { mkdir } from 'node:fs/promises';
import { stringOption, UsageError } from '../args';
import { DATA_OPTION_HELP, type Command } from '../command';
import { cliMessages as m } from '../cliMessages';
import { withPlan } from '../planSource';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

const TABLES = ['plan', 'centres', 'rooms', 'trainers', 'courses', 'cohorts'] as const;
type Table = (typeof TABLES)[number];

function tablesOf(value: string | undefined): Table[] {
  if (value === undefined) return [...TABLES];
  return value.split(',').map((name) => {
    const table = TABLES.find((t) => t === name.trim());
    if (!table) throw new UsageError(say(m.tablesTake({ tables: TABLES.join(', '), value: name.trim() })));
    return table;
  });
}

export const exportXlsxCommand: Command = {
  name: 'export-xlsx',
  summary: {
    en: 'write the plan and the master data to an .xlsx workbook or CSV files',
    da: 'skriv planen og stamdata til en .xlsx-projektmappe eller til CSV-filer',
  },
  help: {
    en: `Usage: holdplan export-xlsx (--out FILE.xlsx | --csv DIR) [--tables LIST] [--file FILE] [--data DIR]

Writes the plan (one row per session: date, week, weekday, venue, room, cohort,
course, day, slot, times, trainers, participants) and the master data (centres,
rooms, trainers, courses with their days, cohorts), one sheet per table. CSV
files are written the way Danish Excel reads them: ";" between fields, decimal
comma, dd-mm-yyyy dates, UTF-8.

  --out FILE     the .xlsx workbook to write
  --csv DIR      write one CSV file per table into DIR (plan.csv, trainers.csv, …)
  --tables LIST  only these tables, comma-separated: ${TABLES.join(',')}
  --file FILE    read the plan from this holdplan/v1 file instead of the store
${DATA_OPTION_HELP.en}`,
    da: `Brug: holdplan export-xlsx (--out FIL.xlsx | --csv MAPPE) [--tables LISTE] [--file FIL] [--data MAPPE]

Skriver planen (én række pr. kursusdag: dato, uge, ugedag, sted, lokale, hold,
kursus, dag, tidsrum, klokkeslæt, undervisere, deltagere) og stamdata (centre,
lokaler, undervisere, kurser med deres dage, hold), ét ark pr. tabel. CSV-filer
skrives, som dansk Excel læser dem: ";" mellem felterne, decimalkomma,
datoer som dd-mm-åååå, UTF-8.

  --out FIL      .xlsx-projektmappen, der skal skrives
  --csv MAPPE    skriv én CSV-fil pr. tabel i MAPPE (plan.csv, trainers.csv, …)
  --tables LISTE kun disse tabeller, adskilt af komma: ${TABLES.join(',')}
  --file FIL     læs planen fra denne holdplan/v1-fil i stedet for datafilen
${DATA_OPTION_HELP.da}`,
  },
  options: { out: { type: 'string' }, csv: { type: 'string' }, tables: { type: 'string' }, file: { type: 'string' }, data: { type: 'string' } },
  maxPositionals: 0,
  async run(args, io) {
    const out = stringOption(args, 'out');
    const csvDir = stringOption(args, 'csv');
    if (out === undefined && csvDir === undefined) throw new UsageError(say(m.needs({ subject: 'export-xlsx', what: { en: '--out FILE.xlsx or --csv DIR', da: '--out FIL.xlsx eller --csv MAPPE' }, help: 'export-xlsx' })));
    const tables = tablesOf(stringOption(args, 'tables'));
    const { exportTables, tableCsv } = await import('../../exchange/sheets/writeSheets');
    const { writeXlsx } = await import('../../exchange/sheets/xlsx');
    const { writeWholeFile } = await import('../../exchange/writeFile');
    return withPlan({ file: stringOption(args, 'file'), data: stringOption(args, 'data'), env: io.env, readOnly: true }, async (source) => {
      const sheets = exportTables(await source.call('plan.export', {}), tables);
      const summary = sheets.map((s) => `${s.name} ${s.rows.length}`).join(', ');
      if (out !== undefined) {
        await writeWholeFile(out, await writeXlsx(sheets));
        io.out(say(cl.wroteSheets({ out, rows: summary })));
      }
      if (csvDir !== undefined) {
        await mkdir(csvDir, { recursive: true });
        for (const sheet of sheets) await writeWholeFile(join(csvDir, `${sheet.fileName}.csv`), tableCsv(sheet));
        io.out(say(cl.wroteCsv({ files: sheets.map((s) => `${s.fileName}.csv`).join(', '), dir: csvDir })));
      }
      return 0;
    });
  },
};
