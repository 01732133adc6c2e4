import { TeamOutlined } from '@ant-design/icons';
import { Badge, Button, List, Popover, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWorkshop } from './workshop-context.ts';

const pageKeys = ['audit', 'weights', 'scores', 'comments', 'votes', 'results'] as const;
type PageKey = (typeof pageKeys)[number];
const isPageKey = (page: string): page is PageKey => (pageKeys as readonly string[]).includes(page);

/** Who is here (Yjs awareness) and on which page, behind a count button. */
export function PresenceList() {
  const { t } = useTranslation();
  const { presence } = useWorkshop();
  const list = (
    <List
      size="small"
      style={{ minWidth: 240, maxWidth: 320 }}
      dataSource={presence}
      renderItem={(person) => (
        <List.Item key={person.clientId}>
          <List.Item.Meta
            title={
              <span>
                {person.name || t('workshop.role.facilitator')}
                {person.isSelf && (
                  <Typography.Text type="secondary">
                    {' '}
                    ({t('workshop.presence.you')})
                  </Typography.Text>
                )}
              </span>
            }
            description={
              <>
                {person.role === 'facilitator' ? (
                  <Tag color="gold">{t('workshop.role.facilitator')}</Tag>
                ) : (
                  person.department && <Tag>{t(`department.${person.department}`)}</Tag>
                )}
                {isPageKey(person.page) &&
                  t('workshop.presence.onPage', { page: t(`workshop.page.${person.page}`) })}
              </>
            }
          />
        </List.Item>
      )}
    />
  );
  return (
    <Popover content={list} title={t('workshop.presence.title')} trigger="click">
      <Button icon={<TeamOutlined />} data-testid="presence-button">
        <Badge status="success" />
        {t('workshop.presence.count', { count: presence.length })}
      </Button>
    </Popover>
  );
}
