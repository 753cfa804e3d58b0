// The UI tells the services its language before anything else, and again on every switch.
import { describe, expect, it } from 'vitest';
import { keepServicesInLanguage } from '../../renderer/i18n/servicesLanguage';
import { createAppStore } from '../../renderer/store/createAppStore';
import { ApiError } from '../../renderer/api/ApiError';
import type { HoldplanClient, OpName } from '../../shared/contract/operations';

function recordingClient(fail = false) {
  const calls: { name: OpName; input: unknown }[] = [];
  const client: HoldplanClient = {
    async invoke(name, input) {
      calls.push({ name, input });
      if (fail) throw new ApiError('internal', 'Der gik noget galt inde i Holdplan: test', []);
      return { language: 'da' } as never;
    },
  };
  return { client, names: () => calls.map((c) => c.name), languages: () => calls.filter((c) => c.name === 'app.setLanguage').map((c) => c.input) };
}

describe("telling the services the UI's language", () => {
  it('says Danish at start and English after the planner switches', async () => {
    const { client, names, languages } = recordingClient();
    const store = createAppStore(client, { language: 'da' });
    await keepServicesInLanguage(client, store);
    expect(languages()).toEqual([{ language: 'da' }]);
    store.getState().setLanguage('en');
    store.getState().setLanguage('en');
    expect(languages()).toEqual([{ language: 'da' }, { language: 'en' }]);
    // Then the store's notices are fetched again, now worded in English.
    await expect.poll(() => names().slice(-2)).toEqual(['app.setLanguage', 'store.status']);
  });

  it('shows a failure to tell them instead of stopping the start', async () => {
    const { client } = recordingClient(true);
    const store = createAppStore(client, { language: 'da' });
    await keepServicesInLanguage(client, store);
    expect(store.getState().error).toContain('Der gik noget galt');
  });
});
