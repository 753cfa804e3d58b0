// Data in and out of Holdplan besides its own JSON: iCalendar files for
// trainers and cohorts, spreadsheets of the plan and its master data, and the
// spreadsheet import of trainers, rooms and cohorts.
export { cohortCalendar, trainerCalendar, type CalendarOptions } from './ics/calendars';
export { sessionUid } from './ics/events';
export { exportTables, planWorkbook, tableCsv } from './sheets/writeSheets';
export { EXPORT_TABLES, type ExportTable } from './sheets/exportTables';
export { writeXlsx } from './sheets/xlsx';
export { readSheet } from './sheets/readSheet';
export { applySheet, applySheetImport, previewSheet, previewSheetImport, type SheetImportOptions, type SheetImportResult } from './sheets/importSheet';
export { parseMapping, resolveMapping, type Mapping } from './sheets/mapping';
export { previewReport } from './sheets/previewReport';
export { IMPORT_TABLES, type ImportTable } from './sheets/tables/index';
