import { DownloadOutlined, MergeCellsOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store-context.ts';
import { DecisionToolbar } from './DecisionToolbar.tsx';
import { useScoreSpreadsheet } from './useScoreSpreadsheet.tsx';

/** Tab 7: score sheets out to Excel/CSV and back, and merging raters' copies of the project. */
export function SpreadsheetTab() {
  const { t } = useTranslation();
  const scope = useAppStore((s) => s.decisionScope);
  const projectLanguage = useAppStore((s) => s.doc?.meta.language ?? 'zh-CN');
  const sheet = useScoreSpreadsheet();
  return (
    <Flex vertical gap={16}>
      <DecisionToolbar hasRater={false} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <Card title={t('options.sheet.exportTitle')} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">
              {t('options.sheet.exportBody', {
                language: projectLanguage === 'zh-CN' ? '中文' : 'English',
              })}
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              <Button
                type="primary"
                icon={<DownloadOutlined />}
                data-testid="export-xlsx"
                onClick={() => void sheet.exportWorkbook(scope)}
              >
                {t('options.sheet.exportXlsx')}
              </Button>
              <Button icon={<DownloadOutlined />} onClick={() => void sheet.exportCsv(scope)}>
                {t('options.sheet.exportCsv')}
              </Button>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('options.sheet.importTitle')} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">
              {t('options.sheet.importBody')}
            </Typography.Paragraph>
            <Flex gap={8} wrap>
              <Button
                icon={<UploadOutlined />}
                data-testid="import-xlsx"
                onClick={() => void sheet.importWorkbook(scope)}
              >
                {t('options.sheet.importXlsx')}
              </Button>
              <Button icon={<UploadOutlined />} onClick={() => void sheet.importCsv(scope)}>
                {t('options.sheet.importCsv')}
              </Button>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title={t('options.merge.title')} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('options.merge.body')}</Typography.Paragraph>
            <Button icon={<MergeCellsOutlined />} onClick={() => void sheet.mergeCopy()}>
              {t('options.merge.open')}
            </Button>
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
