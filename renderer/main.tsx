import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/global.css';
import { App } from './app/App.tsx';
import { loadPreferences } from './app/preferences.ts';
import { detectPlatform } from './platform/detect.ts';
import { createAppStore } from './store/app-store.ts';

const store = createAppStore({ preferences: loadPreferences() });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App store={store} platform={detectPlatform()} />
  </StrictMode>,
);
