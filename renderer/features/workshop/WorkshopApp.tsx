import { Layout, Result, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '../../i18n/index.ts';
import type { Platform } from '../../platform/platform.ts';
import type { AppStore } from '../../store/app-store.ts';
import type { WorkshopIdentity } from '../../store/workshop-connection.ts';
import { PlatformContext, StoreContext, useAppStoreApi } from '../../app/store-context.ts';
import { ThemedRoot } from '../../app/ThemedRoot.tsx';
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
          <Page>{link === 'incomplete' ? <InvalidLink /> : <Workshop link={link} />}</Page>
        </I18nextProvider>
      </PlatformContext.Provider>
    </StoreContext.Provider>
  );
}

/** The workshop's page: full height, in the store's language and theme. */
function Page({ children }: { children: React.ReactNode }) {
  return (
    <ThemedRoot>
      <Layout style={{ minHeight: '100vh' }}>{children}</Layout>
    </ThemedRoot>
  );
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
