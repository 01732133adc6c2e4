import {
  MoonOutlined,
  QrcodeOutlined,
  RedoOutlined,
  SunOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Button, Flex, Modal, Switch, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { JoinLinks } from './JoinLinks.tsx';
import { PresenceList } from './PresenceList.tsx';
import { useWorkshop } from './workshop-context.ts';

/**
 * The workshop's top bar: project, who this is, connection state, presence; the facilitator
 * also gets anonymous mode and the join links; language and dark mode for everyone. Wraps onto
 * two lines on a phone.
 */
export function WorkshopHeader() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const workshop = useWorkshop();
  const { role, isOnline, session } = workshop;
  const title = useAppStore((s) => s.doc?.meta.title ?? '');
  const language = useAppStore((s) => s.language);
  const isDark = useAppStore((s) => s.isDark);
  const [isLinksOpen, setLinksOpen] = useState(false);
  const who =
    role.kind === 'participant'
      ? t('workshop.participant.greeting', {
          name: role.name,
          department: t(`department.${role.department}`),
        })
      : t('workshop.role.facilitator');
  return (
    <Flex justify="space-between" align="center" gap={8} wrap style={{ paddingBlock: 8 }}>
      <Flex vertical style={{ minWidth: 0 }}>
        <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
          {title || t('workshop.title')}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="workshop-who">
          {who}
        </Typography.Text>
      </Flex>
      <Flex gap={8} align="center" wrap>
        {!isOnline && (
          <Tooltip title={t('workshop.status.offline')}>
            <Tag color="warning">{t('workshop.status.connecting')}</Tag>
          </Tooltip>
        )}
        <PresenceList />
        <Tooltip title={t('workshop.undoOwn')}>
          <Button
            icon={<UndoOutlined />}
            aria-label={t('action.undo')}
            onClick={() => store.getState().undo()}
          />
        </Tooltip>
        <Button
          icon={<RedoOutlined />}
          aria-label={t('action.redo')}
          onClick={() => store.getState().redo()}
        />
        {role.kind === 'facilitator' && (
          <>
            <Tooltip title={t('workshop.facilitator.anonymousHint')}>
              <Flex gap={6} align="center">
                <Switch
                  size="small"
                  checked={session.isAnonymous}
                  onChange={workshop.setAnonymous}
                  aria-label={t('workshop.facilitator.anonymous')}
                  data-testid="anonymous-switch"
                />
                <Typography.Text>{t('workshop.facilitator.anonymous')}</Typography.Text>
              </Flex>
            </Tooltip>
            {workshop.joinUrl && (
              <Button icon={<QrcodeOutlined />} onClick={() => setLinksOpen(true)}>
                {t('workshop.facilitator.joinLink')}
              </Button>
            )}
          </>
        )}
        <Button
          onClick={() => store.getState().setLanguage(language === 'en' ? 'zh-CN' : 'en')}
          aria-label={t('action.language')}
        >
          {language === 'en' ? '中文' : 'EN'}
        </Button>
        <Button
          icon={isDark ? <SunOutlined /> : <MoonOutlined />}
          aria-label={t('action.darkMode')}
          onClick={() => store.getState().setDark(!isDark)}
        />
      </Flex>
      {workshop.joinUrl && (
        <Modal
          open={isLinksOpen}
          onCancel={() => setLinksOpen(false)}
          footer={null}
          title={t('workshop.title')}
          width={640}
        >
          <JoinLinks joinUrl={workshop.joinUrl} facilitatorUrl={workshop.facilitatorUrl} />
        </Modal>
      )}
    </Flex>
  );
}
