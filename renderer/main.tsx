import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api';
import { createAppStore } from './store/createAppStore';
import { StoreProvider } from './store/StoreProvider';
import { initialLanguage, saveLanguage } from './i18n/savedLanguage';
import { Shell } from './features/shell/Shell';
import './styles/app.css';

const store = createAppStore(createClient(), { language: initialLanguage(localStorage, navigator.languages) });
store.subscribe((state, previous) => {
  if (state.language !== previous.language) saveLanguage(localStorage, state.language);
});
void store.getState().start();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html lacks its #root element.');
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <Shell />
    </StoreProvider>
  </StrictMode>,
);
