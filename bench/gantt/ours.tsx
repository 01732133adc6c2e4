// Bench page (a): the app's own GanttChart with a 500-task plan, inside App.tsx's providers.
import { App as AntApp, ConfigProvider, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { StoreContext } from '../../renderer/app/store-context.ts';
import { GanttChart } from '../../renderer/features/rollout/GanttChart.tsx';
import { createI18n } from '../../renderer/i18n/index.ts';
import { createAppStore } from '../../renderer/store/app-store.ts';
import { ganttPlan, GANTT_TODAY } from './plan.ts';

// Every import is loaded and evaluated by now (gantt-bench.ts reports when).
performance.mark('gantt-bench:modules-ready');

/** App.tsx's BRAND_COLOR and light theme (App.tsx does not export them). */
const themeConfig = {
  algorithm: [theme.defaultAlgorithm],
  token: { colorPrimary: '#0e7c66', colorInfo: '#0e7c66' },
};

const store = createAppStore({ preferences: { language: 'en', isDark: false, isCompact: false } });
store.getState().setPlanToday(GANTT_TODAY);
store.getState().openDocument(ganttPlan(), null);
store.getState().setGanttZoom('day');
store.getState().saveBaseline('bench');
const i18n = createI18n('en');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <I18nextProvider i18n={i18n}>
        <ConfigProvider locale={enUS} theme={themeConfig}>
          <AntApp>
            <div style={{ padding: 16 }}>
              <GanttChart />
            </div>
          </AntApp>
        </ConfigProvider>
      </I18nextProvider>
    </StoreContext.Provider>
  </StrictMode>,
);
