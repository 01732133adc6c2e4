import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  FilePdfOutlined,
  RocketOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { Layout, Menu, Spin, theme } from 'antd';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { createI18n } from '../i18n/index.ts';
import type { Platform } from '../platform/platform.ts';
import type { AppStore } from '../store/app-store.ts';
import { selectIsDirty } from '../store/selectors.ts';
import { pages, type Page } from '../store/ui-slice.ts';
import { OverviewPage } from '../features/overview/OverviewPage.tsx';
import { AppHeader } from './AppHeader.tsx';
import { GuardedContent, RootErrorBoundary } from './error-boundary/DocumentErrorBoundary.tsx';
import { OpenProgress } from './OpenProgress.tsx';
import { windowTitle } from './window-title.ts';
import { StartScreen } from './StartScreen.tsx';
import {
  PlatformContext,
  StoreContext,
  useAppStore,
  useAppStoreApi,
  usePlatform,
} from './store-context.ts';
import { useAutosave } from './useAutosave.ts';
import { useKeyboardShortcuts } from './useKeyboardShortcuts.ts';
import { useMenuCommands } from './useMenuCommands.ts';
import { useProjectCommands } from './useProjectCommands.ts';
import { useRecoveryPrompt } from './useRecoveryPrompt.ts';
import { ThemedRoot } from './ThemedRoot.tsx';

// The step pages load on first visit: the diagram (React Flow) and step 2 (charts, exceljs)
// would otherwise hold up the start screen.
const AuditPage = lazy(() =>
  import('../features/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })),
);
const OptionsPage = lazy(() =>
  import('../features/options/OptionsPage.tsx').then((m) => ({ default: m.OptionsPage })),
);
const FlowsPage = lazy(() =>
  import('../features/flows/FlowsPage.tsx').then((m) => ({ default: m.FlowsPage })),
);
const RolloutPage = lazy(() =>
  import('../features/rollout/RolloutPage.tsx').then((m) => ({ default: m.RolloutPage })),
);
const ReportPage = lazy(() =>
  import('../features/report/ReportPage.tsx').then((m) => ({ default: m.ReportPage })),
);

const pageIcons: Record<Page, React.ReactNode> = {
  overview: <DashboardOutlined />,
  audit: <AuditOutlined />,
  options: <TrophyOutlined />,
  flows: <ApartmentOutlined />,
  rollout: <RocketOutlined />,
  report: <FilePdfOutlined />,
};

/** The root: store, platform, i18n and the Ant Design theme, then the shell. */
export function App({ store, platform }: { store: AppStore; platform: Platform }) {
  const language = store.getState().language;
  const i18n = useMemo(() => createI18n(language), [language]);
  return (
    <StoreContext.Provider value={store}>
      <PlatformContext.Provider value={platform}>
        <RootErrorBoundary>
          <I18nextProvider i18n={i18n}>
            <ThemedApp />
          </I18nextProvider>
        </RootErrorBoundary>
      </PlatformContext.Provider>
    </StoreContext.Provider>
  );
}

function ThemedApp() {
  const language = useAppStore((s) => s.language);
  const platform = usePlatform();
  useEffect(() => {
    void platform.setLanguage(language);
  }, [platform, language]);
  return (
    <ThemedRoot>
      <Shell />
    </ThemedRoot>
  );
}

function Shell() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const platform = usePlatform();
  const commands = useProjectCommands();
  const hasDocument = useAppStore((s) => s.doc !== null);
  const page = useAppStore((s) => s.page);
  const {
    token: { colorBgContainer, colorBorderSecondary },
  } = theme.useToken();
  const projectForTitle = useAppStore(
    useShallow((s) =>
      s.doc ? { title: s.doc.meta.title, isUnsaved: s.file === null || selectIsDirty(s) } : null,
    ),
  );
  useEffect(() => {
    document.title = windowTitle(projectForTitle, t);
  }, [projectForTitle, t]);

  useKeyboardShortcuts(store, commands);
  useAutosave(store, platform);
  useRecoveryPrompt(store, platform);
  useMenuCommands(store, platform, commands);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          background: colorBgContainer,
          paddingInline: 24,
          borderBottom: `1px solid ${colorBorderSecondary}`,
        }}
      >
        <AppHeader commands={commands} />
        <OpenProgress />
      </Layout.Header>
      <Layout>
        {hasDocument && (
          <Layout.Sider
            width={232}
            style={{ background: colorBgContainer }}
            breakpoint="lg"
            collapsedWidth={0}
          >
            <Menu
              mode="inline"
              selectedKeys={[page]}
              style={{ height: '100%', paddingTop: 8 }}
              items={pages.map((key) => ({ key, icon: pageIcons[key], label: t(`nav.${key}`) }))}
              onClick={({ key }) => store.getState().setPage(key as Page)}
            />
          </Layout.Sider>
        )}
        <GuardedContent page={hasDocument ? page : 'start'}>
          <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 120 }} />}>
            {!hasDocument ? (
              <StartScreen commands={commands} />
            ) : page === 'overview' ? (
              <OverviewPage />
            ) : page === 'audit' ? (
              <AuditPage />
            ) : page === 'options' ? (
              <OptionsPage />
            ) : page === 'flows' ? (
              <FlowsPage />
            ) : page === 'rollout' ? (
              <RolloutPage />
            ) : (
              <ReportPage />
            )}
          </Suspense>
        </GuardedContent>
      </Layout>
    </Layout>
  );
}
