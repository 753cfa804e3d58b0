// Measures the 700-trainer spreadsheet import of issue 6 on the term demo:
// export the trainers to .xlsx, then preview and apply re-importing them into
// a durable store (a) with no trainers yet, (b) unchanged, (c) with every
// day rate changed. Prints figures; not part of the test run.
//   npx tsx tests/main/exchange/benchImport.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../../../main/demo/generate';
import { applySheetImport, previewSheetImport } from '../../../main/exchange/sheets/importSheet';
import { exportTables, tableCsv } from '../../../main/exchange/sheets/writeSheets';
import { writeXlsx } from '../../../main/exchange/sheets/xlsx';
import { openStore } from '../../../main/store/index';

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  console.log(`${label.padEnd(52)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  return result;
}

const { plan } = generateDemo({ size: 'term', seed: 1 });
const [trainers] = exportTables(plan, ['trainers']);
console.log(`term demo: ${plan.trainers.length} trainers, ${plan.sessions.length} sessions`);
const xlsx = await timed('export trainers to .xlsx', () => writeXlsx([trainers!]));
const csv = tableCsv(trainers!);
const dearer = structuredClone(trainers!);
const rateColumn = dearer.headers.indexOf('Dagspris');
for (const row of dearer.rows) row[rateColumn] = Number(row[rateColumn]) + 100;
const dearerXlsx = await writeXlsx([dearer]);
console.log(`.xlsx ${(xlsx.length / 1024).toFixed(0)} KiB, CSV ${(csv.length / 1024).toFixed(0)} KiB`);

const dir = mkdtempSync(join(tmpdir(), 'holdplan-bench-import-'));
try {
  const store = await openStore({ file: join(dir, 'holdplan.json'), app: 'benchmark' });
  // The unplanned demo: no session names a trainer, so the trainers can go.
  await store.update((draft) => {
    Object.assign(draft, structuredClone(plan));
    draft.trainers = [];
  });
  const show = (r: { counts: Record<string, number> }) => Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ');
  console.log('(a) into a store without trainers');
  console.log('   ', show(await timed('    preview (read .xlsx + judge 700 rows)', () => previewSheetImport(store.read(), 'trainers', xlsx))));
  console.log('   ', show(await timed('    apply (read, judge, one durable save)', () => applySheetImport(store, 'trainers', xlsx))));
  console.log('(b) the same file again');
  console.log('   ', show(await timed('    preview', () => previewSheetImport(store.read(), 'trainers', xlsx))));
  console.log('   ', show(await timed('    preview from CSV', () => previewSheetImport(store.read(), 'trainers', csv))));
  console.log('(c) every day rate changed');
  console.log('   ', show(await timed('    preview', () => previewSheetImport(store.read(), 'trainers', dearerXlsx))));
  console.log('   ', show(await timed('    apply', () => applySheetImport(store, 'trainers', dearerXlsx))));
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
