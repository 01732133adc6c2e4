import { App as AntApp, ConfigProvider, Layout, Result, Spin, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../../i18n/index.ts';
import type { Platform } from '../../platform/platform.ts';
import type { AppStore } from '../../store/app-store.ts';
import type { WorkshopIdentity } from '../../store/workshop-connection.ts';
import { appTheme } from '../../app/theme.ts';
import { savePreferences } from '../../app/preferences.ts';
import {
  PlatformContext,
  StoreContext,
  useAppStore,
  useAppStoreApi,
} from '../../app/store-context.ts';
import { JoinPage } from './JoinPage.tsx';
import { WorkshopScreen } from './WorkshopScreen.tsx';
import { loadIdentity, saveIdentity, useWorkshopConnection } from './useWorkshopConnection.ts';
import type { WorkshopLink } from './workshop-link.ts';

type Props = { store: AppStore; platform: Platform; link: WorkshopLink | 'incomplete' };

/**
 * The web app opened from a workshop link (`/?workshop=…&token=…`): the join page, then the
 * participant's or the facilitator's screen on the shared document.
 */
export function WorkshopApp({ store, platform, link }: Props) {
  const i18n = useMemo(() => createI18n(store.getState().language), [store]);
  return (
    <StoreContext.Provider value={store}>
      <PlatformContext.Provider value={platform}>
        <I18nextProvider i18n={i18n}>
          <Themed>{link === 'incomplete' ? <InvalidLink /> : <Workshop link={link} />}</Themed>
        </I18nextProvider>
      </PlatformContext.Provider>
    </StoreContext.Provider>
  );
}

function Themed({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  const language = useAppStore((s) => s.language);
  const isDark = useAppStore((s) => s.isDark);
  const isCompact = useAppStore((s) => s.isCompact);
  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
    document.documentElement.style.colorScheme = isDark ? 'dark' : 'light';
    savePreferences({ language, isDark, isCompact });
  }, [i18n, language, isDark, isCompact]);
  const config = useMemo(
    () => appTheme({ isDark, isCompact, language }),
    [isDark, isCompact, language],
  );
  return (
    <ConfigProvider
      locale={language === 'zh-CN' ? zhCN : enUS}
      theme={config}
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <Page>{children}</Page>
      </AntApp>
    </ConfigProvider>
  );
}

function Page({ children }: { children: React.ReactNode }) {
  const { token } = theme.useToken();
  useEffect(() => {
    document.body.style.background = token.colorBgLayout;
  }, [token.colorBgLayout]);
  return <Layout style={{ minHeight: '100vh' }}>{children}</Layout>;
}

function InvalidLink() {
  const { t } = useTranslation();
  return <Result status="warning" title={t('workshop.join.invalidLink')} />;
}

function Workshop({ link }: { link: WorkshopLink }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [identity, setIdentity] = useState<WorkshopIdentity | null>(() =>
    loadIdentity(link.roomId),
  );
  const { connection, snapshot } = useWorkshopConnection(store, link, identity);
  const join = (next: WorkshopIdentity) => {
    saveIdentity(link.roomId, next);
    setIdentity(next);
  };
  if (snapshot.phase === 'needs-identity') {
    return <JoinPage initial={identity} onJoin={join} />;
  }
  if (snapshot.phase === 'denied') {
    return <Result status="error" title={t('workshop.status.denied')} />;
  }
  if (snapshot.phase === 'connecting' || !snapshot.role) {
    return (
      <div style={{ textAlign: 'center', marginTop: 120 }} data-testid="workshop-connecting">
        <Spin size="large" />
        <div>{t('workshop.status.connecting')}</div>
      </div>
    );
  }
  return <WorkshopScreen connection={connection} snapshot={snapshot} />;
}
