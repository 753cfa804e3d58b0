// What a spreadsheet import says: refusals of the file or its column mapping, and
// each reason a row is rejected. A row's reason starts with the field's key in
// either language, because the preview shows it under that column.
import type { Text } from '../../../shared/i18n/text';
import { danish, type Noun } from './nouns';

export const importingMessages = {
  notAMapping: (p: { where: string; details: readonly string[] }): Text => ({
    en: `${p.where} is not a column mapping (write {"Header": "field"}): ${p.details.join('; ')}`,
    da: `${p.where} er ikke en kolonneopsætning (skriv {"Overskrift": "felt"}): ${p.details.join('; ')}`,
  }),
  unknownField: (p: { header: string; field: string; noun: Noun; fields: readonly string[] }): Text => ({
    en: `the mapping sends column "${p.header}" to "${p.field}", which ${p.noun}s do not have (they have ${p.fields.join(', ')})`,
    da: `opsætningen sender kolonnen "${p.header}" til "${p.field}", som ${danish(p.noun).one} ikke har (felterne er ${p.fields.join(', ')})`,
  }),
  twoColumnsOneField: (p: { first: string; second: string; field: string }): Text => ({
    en: `columns "${p.first}" and "${p.second}" are both mapped to ${p.field}; map one of them to null to ignore it`,
    da: `kolonnerne "${p.first}" og "${p.second}" er begge sat til ${p.field}; sæt den ene til null for at springe den over`,
  }),
  notAWorkbook: (p: { error: string }): Text => ({
    en: `the file is not an .xlsx workbook Holdplan can read (${p.error})`,
    da: `filen er ikke en .xlsx-projektmappe, som Holdplan kan læse (${p.error})`,
  }),
  noSheets: (): Text => ({ en: 'the workbook has no sheets', da: 'projektmappen har ingen ark' }),
  noSuchSheet: (p: { sheet: string; sheets: string }): Text => ({
    en: `the workbook has no sheet "${p.sheet}" (it has ${p.sheets})`,
    da: `projektmappen har intet ark "${p.sheet}" (den har ${p.sheets})`,
  }),

  emptyCell: (p: { field: string }): Text => ({ en: `${p.field}: is empty`, da: `${p.field}: er tom` }),
  noColumn: (p: { field: string }): Text => ({ en: `${p.field}: no column gives it`, da: `${p.field}: ingen kolonne giver feltet` }),
  belongsToAnother: (p: { field: string; value: string; noun: Noun; id: string; name: string; hint: boolean }): Text => ({
    en: `${p.field}: "${p.value}" belongs to ${p.noun} ${p.id} (${p.name})${p.hint ? `; leave id empty to update ${p.name} by ${p.field}` : ''}`,
    da: `${p.field}: "${p.value}" hører til ${danish(p.noun).one} ${p.id} (${p.name})${p.hint ? `; lad id stå tomt for at opdatere ${p.name} ud fra ${p.field}` : ''}`,
  }),
  alsoInRow: (p: { field: string; value: string; row: number }): Text => ({
    en: `${p.field}: "${p.value}" is also in row ${p.row}`,
    da: `${p.field}: "${p.value}" står også i række ${p.row}`,
  }),
  venueMissing: (): Text => ({
    en: "centreId: give the centre, or the customer's address (site) and region",
    da: 'centreId: angiv centret eller kundens adresse (site) og region',
  }),
  siteNeedsRegion: (): Text => ({
    en: "region: a venue at the customer's site needs its region",
    da: 'region: et sted hos kunden skal have sin region',
  }),

  notANumber: (p: { text: string }): Text => ({ en: `"${p.text}" is not a number`, da: `"${p.text}" er ikke et tal` }),
  notADate: (p: { text: string }): Text => ({
    en: `"${p.text}" is not a date (write 12-01-2027, 12.01.2027 or 2027-01-12)`,
    da: `"${p.text}" er ikke en dato (skriv 12-01-2027, 12.01.2027 eller 2027-01-12)`,
  }),
  notADateRange: (p: { text: string }): Text => ({
    en: `"${p.text}" is not a date or a range of dates (write 15-02-2027–19-02-2027)`,
    da: `"${p.text}" er ikke en dato eller en periode (skriv 15-02-2027–19-02-2027)`,
  }),
  notARegion: (p: { text: string; regions: readonly string[] }): Text => ({
    en: `"${p.text}" is not a region (${p.regions.join(', ')})`,
    da: `"${p.text}" er ikke en region (${p.regions.join(', ')})`,
  }),
  notAKind: (p: { text: string }): Text => ({
    en: `"${p.text}" is neither intern nor ekstern`,
    da: `"${p.text}" er hverken intern eller ekstern`,
  }),
  notAWeekday: (p: { text: string }): Text => ({
    en: `"${p.text}" is not a weekday from Monday to Friday (man, tir, ons, tor, fre)`,
    da: `"${p.text}" er ikke en ugedag fra mandag til fredag (man, tir, ons, tor, fre)`,
  }),
  noCentreNamed: (p: { text: string }): Text => ({ en: `there is no centre "${p.text}"`, da: `der er intet center "${p.text}"` }),
  noCourseNamed: (p: { text: string }): Text => ({ en: `there is no course "${p.text}"`, da: `der er intet kursus "${p.text}"` }),

  cannotWrite: (p: { path: string; why: string }): Text => ({ en: `cannot write ${p.path}: ${p.why}`, da: `kan ikke skrive ${p.path}: ${p.why}` }),
  cannotRead: (p: { path: string; why: string }): Text => ({ en: `cannot read ${p.path}: ${p.why}`, da: `kan ikke læse ${p.path}: ${p.why}` }),
  noSuchFolder: (): Text => ({ en: 'there is no such folder', da: 'mappen findes ikke' }),
  noSuchFile: (): Text => ({ en: 'there is no such file', da: 'filen findes ikke' }),
  permissionDenied: (): Text => ({ en: 'permission denied', da: 'adgang nægtet' }),
  isAFolder: (): Text => ({ en: 'it is a folder', da: 'det er en mappe' }),
};
