// Bench page (a): the app's own DiagramCanvas, inside the providers App.tsx gives it.
import { ReactFlowProvider } from '@xyflow/react';
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { StoreContext } from '../../renderer/app/store-context.ts';
import {
  DiagramCanvas,
  type DiagramSelection,
} from '../../renderer/features/flows/DiagramCanvas.tsx';
import type { FindingCounts } from '../../renderer/features/flows/diagram-view.ts';
import { createI18n } from '../../renderer/i18n/index.ts';
import { createAppStore } from '../../renderer/store/app-store.ts';
import { findTemplate, loadTemplateDocument } from '../../shared/templates/catalog.ts';
import { syntheticDiagram } from './graph.ts';

// Every import is loaded and evaluated by now (diagram-bench.ts reports when).
performance.mark('diagram-bench:modules-ready');

/** App.tsx's BRAND_COLOR and light theme (App.tsx does not export them). */
const BRAND_COLOR = '#0e7c66';
const themeConfig = {
  algorithm: [theme.defaultAlgorithm],
  token: { colorPrimary: BRAND_COLOR, colorInfo: BRAND_COLOR },
};
const NO_FINDINGS: FindingCounts = new Map();

const template = findTemplate('food-plant');
if (!template) throw new Error('the food-plant example is missing from the catalogue');
const store = createAppStore({ preferences: { language: 'en', isDark: false, isCompact: false } });
const example = loadTemplateDocument(template, 'en');
store.getState().openDocument({ ...example, flows: syntheticDiagram() }, null);
const i18n = createI18n('en');

/** FlowsWorkspace's wiring of the canvas: selection kept in component state. */
function CanvasPage() {
  const [, setSelection] = useState<DiagramSelection>({ systems: [], flows: [], notes: [] });
  return (
    <ReactFlowProvider>
      <div style={{ width: '100vw', height: '100vh' }}>
        <DiagramCanvas findings={NO_FINDINGS} onSelectionChange={setSelection} />
      </div>
    </ReactFlowProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <I18nextProvider i18n={i18n}>
        <ConfigProvider locale={enUS} theme={themeConfig}>
          <AntApp>
            <CanvasPage />
          </AntApp>
        </ConfigProvider>
      </I18nextProvider>
    </StoreContext.Provider>
  </StrictMode>,
);
