import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/StoreProvider';
import { initialLanguage, saveLanguage } from './i18n/savedLanguage';
import type { Language } from './i18n/dictionary';
import { keepServicesInLanguage } from './i18n/servicesLanguage';
import { Shell } from './features/shell/Shell';
import './styles/app.css';

const firstLanguage = initialLanguage(localStorage, navigator.languages);
// The client is made before the store that holds the language, so the failures
// the window words itself read the language through this, set once the store exists.
let languageNow = (): Language => firstLanguage;
const client = createClient(() => languageNow());
const store = createAppStore(client, { language: firstLanguage });
languageNow = () => store.getState().language;
store.subscribe((state, previous) => {
  if (state.language !== previous.language) saveLanguage(localStorage, state.language);
});
// The first answers (and refusals) come in the UI's language.
void keepServicesInLanguage(client, store).then(() => store.getState().start());

const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks its #root element.');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <Shell />
    </StoreProvider>
  </StrictMode>,
);
