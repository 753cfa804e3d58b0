import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../renderer/features/print/download';
import { exportFileName, readPlanFile } from '../../../renderer/features/exchange/readPlanFile';
import { forgetMapping, loadMapping, saveMapping } from '../../../renderer/features/exchange/savedMapping';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

describe('a holdplan/v1 file picked for import', () => {
  it('is described before the planner confirms', () => {
    const file = readPlanFile(JSON.stringify({ format: 'holdplan/v1', term: { name: 'Forår 2027' }, trainers: [{}, {}], cohorts: [{}], sessions: [{}, {}, {}] }));
    expect(file).toMatchObject({ ok: true, termName: 'Forår 2027', counts: { trainers: 2, cohorts: 1, sessions: 3 } });
  });

  it('is turned away when it is not JSON or not a holdplan file', () => {
    expect(readPlanFile('{ "format": ')).toMatchObject({ ok: false, reason: 'not-json' });
    expect(readPlanFile('[1, 2]')).toMatchObject({ ok: false, reason: 'not-holdplan' });
    expect(readPlanFile('{"format":"holdplan/v2"}')).toMatchObject({ ok: false, reason: 'not-holdplan', detail: 'format is "holdplan/v2"' });
  });

  it('is exported under the term name, spelt for any file system', () => {
    expect(exportFileName('Forår 2027')).toBe('holdplan-foraar-2027.json');
    expect(exportFileName('Efterår/Ø-kursus')).toBe('holdplan-efteraar-oe-kursus.json');
    expect(exportFileName('???')).toBe('holdplan-plan.json');
  });
});

describe('the remembered column mapping', () => {
  it('comes back for the same table only', () => {
    const storage = memoryStorage();
    saveMapping(storage, 'trainers', { Navn: 'name', Noter: null });
    expect(loadMapping(storage, 'trainers')).toEqual({ Navn: 'name', Noter: null });
    expect(loadMapping(storage, 'rooms')).toBeUndefined();
    forgetMapping(storage, 'trainers');
    expect(loadMapping(storage, 'trainers')).toBeUndefined();
  });

  it('is ignored when what is stored is not a mapping', () => {
    const storage = memoryStorage();
    storage.setItem('holdplan.sheetMapping.trainers', '{"Navn": 3}');
    expect(loadMapping(storage, 'trainers')).toBeUndefined();
    storage.setItem('holdplan.sheetMapping.trainers', 'not json');
    expect(loadMapping(storage, 'trainers')).toBeUndefined();
  });
});

describe('file bytes in base64', () => {
  it('survive the round trip, also for files larger than one chunk', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7919) % 256);
    const encoded = bytesToBase64(bytes);
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(base64ToBytes(encoded)).equals(Buffer.from(bytes))).toBe(true);
  });
});
