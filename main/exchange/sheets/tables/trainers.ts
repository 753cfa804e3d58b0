// The trainers table: written by the export, read by the import. A row without
// an id updates the trainer with the same e-mail, if there is one.
import { Trainer, type Plan } from '../../../../shared/domain/schema';
import { writeDateRanges } from '../danishValues';
import * as read from './fieldReaders';
import { layOver, type ImportSpec } from './importSpec';

export const trainersSpec: ImportSpec<Trainer> = {
  table: 'trainers',
  noun: 'trainer',
  idPrefix: 't',
  sheetName: 'Undervisere',
  schema: Trainer,
  list: (plan: Plan) => plan.trainers,
  fields: [
    { key: 'id', header: 'Id', aliases: ['id', 'nr', 'nummer', 'underviser id', 'trainer id'], width: 10, required: false, read: read.text, write: (t) => t.id },
    { key: 'name', header: 'Navn', aliases: ['name', 'fulde navn', 'full name', 'underviser', 'trainer'], width: 28, required: true, read: read.text, write: (t) => t.name },
    { key: 'email', header: 'E-mail', aliases: ['email', 'mail', 'e-mailadresse', 'email address'], width: 30, required: false, read: read.text, write: (t) => t.email },
    { key: 'phone', header: 'Telefon', aliases: ['phone', 'tlf', 'tlf.', 'mobil', 'telefonnummer'], width: 16, required: false, read: read.text, write: (t) => t.phone },
    { key: 'kind', header: 'Type', aliases: ['kind', 'intern/ekstern', 'ansættelse'], width: 10, required: true, read: read.trainerKind, write: (t) => read.DANISH_KIND[t.kind] },
    { key: 'homeRegion', header: 'Region', aliases: ['hjemregion', 'home region', 'homeregion', 'bopælsregion'], width: 14, required: true, read: read.region, write: (t) => t.homeRegion },
    { key: 'skills', header: 'Kompetencer', aliases: ['skills', 'fag', 'kvalifikationer'], width: 30, required: false, read: read.list, write: (t) => t.skills.join(', ') },
    { key: 'unavailable', header: 'Fravær', aliases: ['unavailable', 'utilgængelig', 'ikke tilgængelig', 'ferie'], width: 30, required: false, read: read.dateRanges, write: (t) => writeDateRanges(t.unavailable) },
    { key: 'maxDays', header: 'Maks. dage', aliases: ['maxdays', 'max days', 'maks dage', 'max. dage', 'maksimum dage'], width: 11, required: true, read: read.number, write: (t) => t.maxDays },
    { key: 'dayRate', header: 'Dagspris', aliases: ['dayrate', 'day rate', 'dagshonorar', 'honorar', 'pris pr. dag', 'dagstakst'], width: 11, required: true, read: read.number, write: (t) => t.dayRate },
    {
      key: 'preferredWeekdays', header: 'Foretrukne ugedage', aliases: ['preferredweekdays', 'preferred weekdays', 'ugedage'], width: 18, required: false,
      read: read.weekdays, write: (t) => (t.preferredWeekdays ?? []).map((d) => read.DANISH_WEEKDAYS[d]).join(', '),
    },
  ],
  compose: (base, values) => layOver(base, values, { email: '', phone: '', skills: [], unavailable: [] }),
  problems: () => [],
  matchKey: { field: 'email', of: (t) => t.email },
};
