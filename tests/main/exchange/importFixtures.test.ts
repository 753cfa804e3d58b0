// The committed fixtures: CSV files as a Danish planner writes them, and the
// .xlsx files LibreOffice made from them (tests/fixtures/spreadsheets/remake.sh).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applySheetImport, previewSheetImport } from '../../../main/exchange/sheets/importSheet';
import { createMemoryStore } from '../../../main/services/memoryStore';
import { exchangePlan } from './planFixture';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/spreadsheets/${name}`, import.meta.url));

describe.each(['csv', 'xlsx'])('the good trainer list (.%s)', (ext) => {
  const bytes = fixture(`trainers.${ext}`);

  it('previews an update by e-mail, an update by id and three new trainers, guessing every column', async () => {
    const preview = await previewSheetImport(exchangePlan(), 'trainers', bytes);
    expect(preview.rows.map((r) => [r.row, r.action, r.id, r.name, r.changed, r.reasons])).toEqual([
      [2, 'update', 't-1', 'Ane Holm', ['dayRate'], []],
      [3, 'update', 't-2', 'Bo Dahl', ['email', 'skills', 'maxDays'], []],
      [4, 'create', 't-4', 'Åse Ørum-Lærkesen', [], []],
      [5, 'create', 't-5', 'Jens Ærø', [], []],
      [6, 'create', 't-900', 'Bjørn Ødegård', [], []],
    ]);
    expect(preview.mapping).toEqual({
      Id: 'id', Navn: 'name', 'E-mail': 'email', Telefon: 'phone', 'Intern/ekstern': 'kind', Hjemregion: 'homeRegion',
      Kompetencer: 'skills', Ferie: 'unavailable', 'Maks. dage': 'maxDays', Dagshonorar: 'dayRate', Noter: null,
    });
    expect(preview.ignoredColumns).toEqual(['Noter']);
  });

  it('imports Danish letters, numbers and dates correctly when confirmed', async () => {
    const store = createMemoryStore(exchangePlan());
    const result = await applySheetImport(store, 'trainers', bytes);
    expect(result.applied).toBe(true);
    expect(store.saves).toBe(1);
    const trainers = new Map(store.read().trainers.map((t) => [t.id, t]));
    expect(trainers.get('t-1')!.dayRate).toBe(1234.5);
    expect(trainers.get('t-4')).toEqual({
      id: 't-4', name: 'Åse Ørum-Lærkesen', email: 'aase@kommune.dk', phone: '+45 21 43 65 87', kind: 'external', homeRegion: 'Sjælland',
      skills: ['ledelse', 'økonomi'], unavailable: [{ start: '2027-02-15', end: '2027-02-19' }], maxDays: 12.5, dayRate: 7250,
    });
    expect(trainers.get('t-5')).toMatchObject({ phone: '12345678', homeRegion: 'Hovedstaden', kind: 'external', unavailable: [{ start: '2027-03-01', end: '2027-03-01' }] });
    expect(trainers.get('t-900')).toMatchObject({ kind: 'internal', unavailable: [{ start: '2027-04-12', end: '2027-04-16' }], skills: [] });
  });
});

describe.each(['csv', 'xlsx'])('the trainer list with bad rows (.%s)', (ext) => {
  const bytes = fixture(`trainers-bad.${ext}`);

  it('shows every bad row with its reasons and writes nothing', async () => {
    const store = createMemoryStore(exchangePlan());
    const before = structuredClone(store.read());
    const preview = await previewSheetImport(store.read(), 'trainers', bytes);
    expect(preview.rows.map((r) => [r.row, r.action, r.name, r.reasons])).toEqual([
      [2, 'reject', 'Mette Søgaard', ['maxDays: cannot be negative']],
      [3, 'reject', 'Kåre Ålund', ['homeRegion: "Fyn" is not a region (Hovedstaden, Sjælland, Syddanmark, Midtjylland, Nordjylland)', 'dayRate: "gratis" is not a number']],
      [4, 'reject', 'Lærke Højgaard', ['unavailable[0].start: is not a real calendar date', 'unavailable[0].end: is not a real calendar date']],
      [5, 'create', 'Ulla Bæk', []],
    ]);
    expect(preview.counts).toEqual({ create: 1, update: 0, unchanged: 0, reject: 3 });
    expect(store.read()).toEqual(before);
    expect(store.saves).toBe(0);
  });

  it('when confirmed, writes the valid row in one update and skips the rejected ones', async () => {
    const store = createMemoryStore(exchangePlan());
    const result = await applySheetImport(store, 'trainers', bytes);
    expect(store.saves).toBe(1);
    expect(result.rows.filter((r) => r.action === 'reject').map((r) => r.row)).toEqual([2, 3, 4]);
    expect(store.read().trainers.map((t) => t.name)).toEqual(['Ane Holm', 'Bo Dahl', 'Søren Æbelø', 'Ulla Bæk']);
    expect(store.read().trainers[3]!.dayRate).toBe(5900);
  });
});
