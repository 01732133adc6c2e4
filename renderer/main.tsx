import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './app/global.css';
import { App } from './app/App.tsx';
import { loadPreferences } from './app/preferences.ts';
import { workshopLinkOf } from './features/workshop/workshop-link.ts';
import { detectPlatform } from './platform/detect.ts';
import { createAppStore } from './store/app-store.ts';

// A workshop link (`/?workshop=…&token=…`) opens the live workshop instead of the editor; its
// sync client loads only then.
const WorkshopApp = lazy(() =>
  import('./features/workshop/WorkshopApp.tsx').then((m) => ({ default: m.WorkshopApp })),
);

const store = createAppStore({ preferences: loadPreferences() });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const workshopLink = workshopLinkOf(window.location.search);
createRoot(root).render(
  <StrictMode>
    {workshopLink === null ? (
      <App store={store} platform={detectPlatform()} />
    ) : (
      <Suspense>
        <WorkshopApp store={store} platform={detectPlatform()} link={workshopLink} />
      </Suspense>
    )}
  </StrictMode>,
);
