// The store's refusals and notices reach the planner in the UI's language: a
// change refused on a read-only file, a change that would break the plan, and the
// notice that a damaged file was moved aside. Codes stay the same; nothing is saved.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/services/dispatch';
import { createServices } from '../../../main/services/index';
import { inLanguage } from '../../../main/services/language';
import { openStore } from '../../../main/store';
import type { StoreStatus } from '../../../shared/contract/results';
import { smallPlan, tempFolder } from './helpers';

type Language = 'en' | 'da';

async function savedFile(): Promise<string> {
  const file = join(await tempFolder(), 'holdplan.json');
  const store = await openStore({ file, app: 'test' });
  await store.update((draft) => Object.assign(draft, smallPlan()));
  await store.close();
  return file;
}

describe('the store in the planner language', () => {
  it('refuses a change to a file opened read-only in Danish or English, with the same code, and leaves the file as it was', async () => {
    const file = await savedFile();
    const before = await readFile(file, 'utf8');
    const refusal = async (language: Language) => {
      const store = await openStore({ file, app: 'test', readOnly: true });
      const handlers = createServices(store, { language });
      const result = await dispatch(handlers, 'term.update', { patch: { name: 'Efterår 2027' } });
      await store.close();
      if (result.ok) throw new Error('the change was saved on a read-only file');
      return result.error;
    };
    const da = await refusal('da');
    const en = await refusal('en');
    expect(da.message).toBe(`${file} blev åbnet skrivebeskyttet, så ændringer kan ikke gemmes.`);
    expect(en.message).toBe(`${file} was opened read-only, so changes cannot be saved.`);
    expect(da.code).toBe('read-only');
    expect(en.code).toBe('read-only');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('says in Danish why a change that would break the plan was not saved', async () => {
    const file = await savedFile();
    const store = await openStore({ file, app: 'test' });
    const attempt = inLanguage('da', () =>
      store.update((draft) => {
        draft.trainers[0]!.maxDays = -1;
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid-input',
      message: 'Ændringen blev ikke gemt, fordi planen så ikke ville være gyldig: trainers[0].maxDays: kan ikke være negativ',
    });
    expect(store.read().trainers[0]!.maxDays).toBe(40);
    await store.close();
  });

  it('refuses a file from a newer Holdplan in Danish on the command line, and leaves it as it was', async () => {
    const file = join(await tempFolder(), 'holdplan.json');
    const newer = JSON.stringify({ meta: { schemaVersion: 7, savedAt: '2030-01-01T00:00:00.000Z', app: 'future' }, plan: {} });
    await writeFile(file, newer);
    await expect(inLanguage('da', () => openStore({ file, app: 'command line' }))).rejects.toMatchObject({
      code: 'newer-version',
      message: `${file} er gemt af en nyere Holdplan (lagerskema version 7; denne Holdplan læser op til 1). Opdatér Holdplan for at åbne den; filen er ikke ændret.`,
    });
    expect(await readFile(file, 'utf8')).toBe(newer);
  });

  it('tells of a damaged file in the language the status is read in', async () => {
    const file = await savedFile();
    await writeFile(file, '{"meta":{"schemaVersion":1,"savedAt":"2027-01-0');
    const store = await openStore({ file, app: 'test' });
    const handlers = createServices(store, { language: 'da' });
    const status = async () => {
      const result = await dispatch(handlers, 'store.status', {});
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as StoreStatus).notices;
    };
    const [da] = await status();
    expect(da).toMatch(new RegExp(`^Datafilen ${file} kunne ikke bruges, fordi den ikke er gyldig JSON \\(.*\\)\\. Den blev flyttet til ${file}\\.corrupt-`));
    expect(da).toContain(', og Holdplan åbnede den nyeste gyldige sikkerhedskopi, gemt ');
    await dispatch(handlers, 'app.setLanguage', { language: 'en' });
    const [en] = await status();
    expect(en).toMatch(/^The data file .* could not be used because it is not valid JSON/);
    await store.close();
  });
});
