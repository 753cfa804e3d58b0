// The services write refusals, explanations and solve summaries in the language
// they were told (app.setLanguage); the UI tells them at start and on every switch.
import type { HoldplanClient } from '../../shared/contract/operations';
import type { AppStore } from '../store/createAppStore';

/** Tells the services the UI's language now and after every switch; resolves once they know the first one. */
export function keepServicesInLanguage(client: HoldplanClient, store: AppStore): Promise<void> {
  const tell = async (language: 'en' | 'da'): Promise<void> => {
    try {
      await client.invoke('app.setLanguage', { language });
    } catch (e) {
      store.getState().reportFailure(e);
    }
  };
  store.subscribe((state, previous) => {
    // The store's notices (read-only, recovered file) are worded by the services: ask for them again.
    if (state.language !== previous.language) void tell(state.language).then(() => store.getState().refreshStoreStatus());
  });
  return tell(store.getState().language);
}
