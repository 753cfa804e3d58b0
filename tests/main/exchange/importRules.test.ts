import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../../main/exchange/sheets/csv';
import { applySheetImport, previewSheetImport } from '../../../main/exchange/sheets/importSheet';
import { createMemoryStore } from '../../../main/services/memoryStore';
import { exchangePlan } from './planFixture';

const csv = (...rows: string[][]) => writeCsv(rows);

describe('the column mapping', () => {
  it('follows a remembered mapping, guesses the rest, and returns what it used', async () => {
    const bytes = csv(['Fulde navn', 'Mail', 'Art', 'Bopæl', 'Dage', 'Pris'], ['Ida Krogh', 'ida@example.dk', 'ekstern', 'Sjælland', '10', '5000']);
    const preview = await previewSheetImport(exchangePlan(), 'trainers', bytes, { mapping: { Art: 'kind', Bopæl: 'homeRegion', Dage: 'maxDays', Pris: 'dayRate' } });
    expect(preview.mapping).toEqual({ 'Fulde navn': 'name', Mail: 'email', Art: 'kind', Bopæl: 'homeRegion', Dage: 'maxDays', Pris: 'dayRate' });
    expect(preview.rows).toMatchObject([{ action: 'create', name: 'Ida Krogh', reasons: [] }]);
  });

  it('names a required field no column gives', async () => {
    const preview = await previewSheetImport(exchangePlan(), 'trainers', csv(['Navn', 'Type', 'Region', 'Maks. dage'], ['Ida Krogh', 'intern', 'Sjælland', '10']));
    expect(preview.rows[0]!.reasons).toEqual(['dayRate: no column gives it']);
  });

  it('refuses a mapping to a field the table lacks, and two columns for one field', async () => {
    const bytes = csv(['Navn', 'Løn'], ['Ida', '1']);
    await expect(previewSheetImport(exchangePlan(), 'trainers', bytes, { mapping: { Løn: 'salary' } })).rejects.toThrow(
      'the mapping sends column "Løn" to "salary", which trainers do not have',
    );
    await expect(previewSheetImport(exchangePlan(), 'trainers', bytes, { mapping: { Løn: 'name' } })).rejects.toThrow(
      'columns "Navn" and "Løn" are both mapped to name; map one of them to null to ignore it',
    );
  });
});

describe('matching rows to trainers', () => {
  const header = ['Id', 'Navn', 'E-mail', 'Type', 'Region', 'Maks. dage', 'Dagspris'];

  it('refuses a new id whose e-mail belongs to another trainer, and a trainer twice in one file', async () => {
    const bytes = csv(
      header,
      ['x-9', 'Ane Holm', 'ANE@example.dk', 'intern', 'Syddanmark', '40', '0'],
      ['', 'Ny', 'ny@example.dk', 'intern', 'Syddanmark', '1', '0'],
      ['', 'Ny igen', 'ny@example.dk', 'intern', 'Syddanmark', '1', '0'],
    );
    const preview = await previewSheetImport(exchangePlan(), 'trainers', bytes);
    expect(preview.rows.map((r) => [r.action, r.reasons])).toEqual([
      ['reject', ['email: "ANE@example.dk" belongs to trainer t-1 (Ane Holm); leave id empty to update Ane Holm by email']],
      ['create', []],
      ['reject', ['email: "ny@example.dk" is also in row 3']],
    ]);
  });

  it('refuses to empty a required field', async () => {
    const preview = await previewSheetImport(exchangePlan(), 'trainers', csv(header, ['t-2', 'Bo Dahl', '', 'ekstern', 'Midtjylland', '', '7200']));
    expect(preview.rows[0]!.reasons).toEqual(['maxDays: is empty']);
  });
});

describe('rooms and cohorts', () => {
  it('finds a room’s centre by name and refuses one that does not exist', async () => {
    const bytes = csv(['Center', 'Navn', 'Pladser', 'Udstyr'], ['center odense', 'Lokale 4', '1.200', 'projector; video'], ['Center Køge', 'Sal', '40', '']);
    const store = createMemoryStore(exchangePlan());
    const result = await applySheetImport(store, 'rooms', bytes);
    expect(result.rows.map((r) => [r.action, r.reasons])).toEqual([['create', []], ['reject', ['centreId: there is no centre "Center Køge"']]]);
    expect(store.read().rooms.at(-1)).toEqual({ id: 'r-3', centreId: 'c-ode', name: 'Lokale 4', capacity: 1200, equipment: ['projector', 'video'], unavailable: [] });
  });

  it('creates a cohort with its sessions, at a customer’s site, and refuses a change of course', async () => {
    const bytes = csv(
      ['Id', 'Kursus', 'Navn', 'Kunde', 'Deltagere', 'Center', 'Kundens adresse', 'Region', 'Start', 'Slut'],
      ['', 'GLU', 'GLU Vejle hold 1', 'Vejle Kommune', '22', '', 'Vejle Rådhus, Skolegade 1', 'Syddanmark', '01-02-2027', '30.04.2027'],
      ['h-1', 'HH', 'GLU Odense hold 2', 'Odense Kommune', '24', 'c-ode', '', '', '11-01-2027', '30-04-2027'],
    );
    const store = createMemoryStore(exchangePlan());
    const result = await applySheetImport(store, 'cohorts', bytes);
    expect(result.rows.map((r) => [r.action, r.reasons])).toEqual([
      ['create', []],
      ['reject', ['courseId: cannot be changed, because the sessions follow the course; create a new cohort instead']],
    ]);
    const plan = store.read();
    const created = plan.cohorts.find((c) => c.name === 'GLU Vejle hold 1')!;
    expect(created).toMatchObject({ courseId: 'k-glu', participants: 22, venue: { site: 'Vejle Rådhus, Skolegade 1', region: 'Syddanmark' }, window: { start: '2027-02-01', end: '2027-04-30' } });
    expect(plan.sessions.filter((s) => s.cohortId === created.id).map((s) => s.dayIndex)).toEqual([0, 1, 2]);
  });

  it('says which part of a venue is missing, and every other reason of the row', async () => {
    const bytes = csv(
      ['Kursus', 'Navn', 'Deltagere', 'Kundens adresse', 'Start', 'Slut'],
      ['GLU', 'GLU Vejle', '20', 'Vejle Rådhus', '01-02-2027', '01-01-2027'],
      ['GLU', 'GLU Ingen steder', '0', '', '01-02-2027', '01-03-2027'],
    );
    const preview = await previewSheetImport(exchangePlan(), 'cohorts', bytes);
    expect(preview.rows.map((r) => r.reasons)).toEqual([
      ["region: a venue at the customer's site needs its region", 'window.end: ends before it starts'],
      ["centreId: give the centre, or the customer's address (site) and region", 'participants: needs at least one participant'],
    ]);
  });
});
