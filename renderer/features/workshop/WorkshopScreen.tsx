import { Alert, Layout, theme } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import type { ConnectionSnapshot, WorkshopConnection } from '../../store/workshop-connection.ts';
import { FacilitatorView } from './FacilitatorView.tsx';
import { ParticipantView } from './ParticipantView.tsx';
import { WorkshopContext, type WorkshopContextValue } from './workshop-context.ts';
import { WorkshopHeader } from './WorkshopHeader.tsx';
import { useWorkshopUndoKeys } from './useWorkshopUndoKeys.ts';

type Props = { connection: WorkshopConnection; snapshot: ConnectionSnapshot };

/** The connected workshop: the context every view reads, the header, the role's view. */
export function WorkshopScreen({ connection, snapshot }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const language = useAppStore((s) => s.language);
  useWorkshopUndoKeys(useAppStoreApi());
  const { session, role } = snapshot;
  const value = useMemo((): WorkshopContextValue | null => {
    if (!role) return null;
    return {
      role,
      isOnline: snapshot.isOnline,
      session: {
        focusedItemId: session.focus,
        lockedItemIds: new Set(session.locked),
        revealedItemIds: new Set(session.revealed),
        isAnonymous: session.anonymous,
      },
      presence: snapshot.presence,
      joinUrl: snapshot.joinUrl,
      facilitatorUrl: role.kind === 'facilitator' ? window.location.href : null,
      setPage: connection.setPage,
      setLocked: connection.setLocked,
      setRevealed: connection.setRevealed,
      setFocused: connection.setFocused,
      setAnonymous: connection.setAnonymous,
    };
  }, [connection, role, session, snapshot.isOnline, snapshot.presence, snapshot.joinUrl]);
  if (!value || !role) return null;
  const isFacilitator = role.kind === 'facilitator';
  return (
    <WorkshopContext.Provider value={value}>
      <Layout.Header
        style={{
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: isFacilitator ? 24 : 12,
          height: 'auto',
          lineHeight: 'normal',
        }}
      >
        <WorkshopHeader />
      </Layout.Header>
      <Layout.Content
        style={{
          padding: isFacilitator ? 24 : 12,
          width: '100%',
          maxWidth: isFacilitator ? undefined : 720,
          marginInline: 'auto',
        }}
      >
        {snapshot.rejected && (
          <Alert
            type="error"
            showIcon
            closable
            style={{ marginBottom: 12 }}
            title={t('workshop.status.rejected')}
            description={snapshot.rejected[0]?.message[language]}
          />
        )}
        {role.kind === 'participant' ? (
          <ParticipantView participant={role} />
        ) : (
          <FacilitatorView setPage={connection.setPage} />
        )}
      </Layout.Content>
    </WorkshopContext.Provider>
  );
}
