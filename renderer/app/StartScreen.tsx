import { FileTextOutlined, FolderOpenOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, List, Row, Segmented, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/model/schema.ts';
import { projectTemplates } from '../../shared/templates/catalog.ts';
import type { RecentEntry } from '../platform/platform.ts';
import { useAppStore, usePlatform } from './store-context.ts';
import type { ProjectCommands } from './useProjectCommands.ts';

/** The empty state: start from a template, open a file, or reopen a recent project. */
export function StartScreen({ commands }: { commands: ProjectCommands }) {
  const { t } = useTranslation();
  const platform = usePlatform();
  const uiLanguage = useAppStore((s) => s.language);
  // Follows the UI language until the user picks one for the project.
  const [chosenLanguage, setProjectLanguage] = useState<Language | null>(null);
  const projectLanguage = chosenLanguage ?? uiLanguage;
  const [recent, setRecent] = useState<RecentEntry[]>([]);

  useEffect(() => {
    void platform.listRecent().then(setRecent);
  }, [platform]);

  return (
    <Flex vertical gap={24} style={{ maxWidth: 1080, margin: '0 auto' }}>
      <div>
        <Typography.Title level={2}>{t('start.title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('start.subtitle')}</Typography.Paragraph>
      </div>
      <Flex align="center" gap={12}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('start.templates')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('start.projectLanguage')}</Typography.Text>
        <Segmented
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'English', value: 'en' },
          ]}
          value={projectLanguage}
          onChange={(value) => setProjectLanguage(value as Language)}
        />
      </Flex>
      <Row gutter={[16, 16]}>
        {projectTemplates.map((template) => (
          <Col xs={24} md={12} key={template.id}>
            <Card
              style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
              styles={{ body: { flex: 1 } }}
              title={template.name[uiLanguage]}
              extra={
                <Tag color={template.kind === 'example' ? 'green' : 'blue'}>
                  {t(template.kind === 'example' ? 'start.example' : 'start.starter')}
                </Tag>
              }
              actions={[
                <Button
                  key="create"
                  type="primary"
                  data-testid={`create-${template.id}`}
                  onClick={() => void commands.newFromTemplate(template, projectLanguage)}
                >
                  {t('start.create')}
                </Button>,
              ]}
            >
              <Typography.Paragraph>{template.description[uiLanguage]}</Typography.Paragraph>
            </Card>
          </Col>
        ))}
      </Row>
      <Card
        title={t('start.recent')}
        extra={
          <Button icon={<FolderOpenOutlined />} onClick={() => void commands.open()}>
            {t('start.openFile')}
          </Button>
        }
      >
        {recent.length === 0 ? (
          <Empty description={t('start.recentEmpty')} />
        ) : (
          <List
            dataSource={recent}
            renderItem={(entry) => (
              <List.Item
                actions={[
                  <Button key="open" type="link" onClick={() => void commands.openRecent(entry)}>
                    {t('action.open')}
                  </Button>,
                ]}
              >
                <List.Item.Meta
                  avatar={<FileTextOutlined />}
                  title={entry.name}
                  description={new Date(entry.openedAt).toLocaleString(uiLanguage)}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Flex>
  );
}
