// The fields a spreadsheet column can fill, per table, as the import service
// knows them (main/exchange/sheets/tables/*). The service refuses a field it
// does not know, naming the ones it has, so a drift shows up as a clear message.
export type SheetTable = 'trainers' | 'rooms' | 'cohorts';
export const SHEET_TABLES: readonly SheetTable[] = ['trainers', 'rooms', 'cohorts'];

export const SHEET_FIELDS: Record<SheetTable, readonly string[]> = {
  trainers: ['id', 'name', 'email', 'phone', 'kind', 'homeRegion', 'skills', 'unavailable', 'maxDays', 'dayRate', 'preferredWeekdays'],
  rooms: ['id', 'centreId', 'name', 'capacity', 'equipment', 'unavailable'],
  cohorts: ['id', 'courseId', 'name', 'customer', 'participants', 'centreId', 'site', 'region', 'windowStart', 'windowEnd', 'unavailable'],
};
