// The import preview in lines a planner reads at a terminal: the totals, the
// columns as mapped, each row to create or update, and every rejected row with
// each of its reasons ("row 7: maxDays: cannot be negative").
import type { SheetImportResult } from '../../../shared/contract/results';
import { commandLineMessages as cl } from '../../services/messages/commandLine';
import { say } from '../../services/messages/say';

export function previewReport(result: SheetImportResult, file: string): string[] {
  const c = result.counts;
  const columns = Object.entries(result.mapping).map(([header, field]) => (field === null ? say(cl.ignoredColumn({ header })) : `${header} → ${field}`));
  const lines = [
    say(cl.importCounts({ applied: result.applied, table: result.table, file, ...c })),
    say(cl.columns({ list: columns.join(', ') })),
  ];
  for (const row of result.rows) {
    if (row.action === 'create') lines.push(say(cl.createRow({ row: row.row, id: row.id ?? '', name: row.name })));
    if (row.action === 'update') lines.push(say(cl.updateRow({ row: row.row, id: row.id ?? '', name: row.name, changed: row.changed.join(', ') })));
  }
  const rejected = result.rows.filter((r) => r.action === 'reject');
  if (rejected.length > 0) {
    lines.push(say(cl.rejectedHeading({ applied: result.applied })));
    for (const row of rejected) for (const reason of row.reasons) lines.push(say(cl.rejectedRow({ row: row.row, reason, name: row.name })));
  }
  return lines;
}
