// The import preview in lines a planner reads at a terminal: the totals, the
// columns as mapped, each row to create or update, and every rejected row with
// each of its reasons ("row 7: maxDays: cannot be negative").
import type { SheetImportResult } from '../../../shared/contract/results';

export function previewReport(result: SheetImportResult, file: string): string[] {
  const c = result.counts;
  const verb = result.applied ? 'Imported' : 'Would import';
  const lines = [
    `${verb} ${result.table} from ${file}: ${c.create} to create, ${c.update} to update, ${c.unchanged} unchanged, ${c.reject} rejected.`,
    `Columns: ${Object.entries(result.mapping).map(([header, field]) => (field === null ? `${header} (ignored)` : `${header} → ${field}`)).join(', ')}`,
  ];
  for (const row of result.rows) {
    if (row.action === 'create') lines.push(`  row ${row.row}: create ${row.id} ${row.name}`);
    if (row.action === 'update') lines.push(`  row ${row.row}: update ${row.id} ${row.name} (${row.changed.join(', ')})`);
  }
  const rejected = result.rows.filter((r) => r.action === 'reject');
  if (rejected.length > 0) {
    lines.push(result.applied ? 'Rejected rows, not imported:' : 'Rejected rows, which will not be imported:');
    for (const row of rejected) for (const reason of row.reasons) lines.push(`  row ${row.row}: ${reason}${row.name ? ` (${row.name})` : ''}`);
  }
  return lines;
}
