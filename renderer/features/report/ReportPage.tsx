import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { suggestedFileName } from '../../../shared/model/file-names.ts';
import type { Language } from '../../../shared/model/schema.ts';
import { useAppStore, usePlatform } from '../../app/store-context.ts';
import { ReportOptionsForm } from './ReportOptionsForm.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import { useReportBuild } from './useReportBuild.ts';

/** The Report page: options kept in the document, a preview of the real PDF, and export. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const platform = usePlatform();
  const { message, modal } = App.useApp();
  const doc = useAppStore((s) => s.doc);
  const { build, start } = useReportBuild();
  if (!doc) return null;
  const isBusy = build.phase === 'fonts' || build.phase === 'building';
  const isStale = build.report !== null && build.source !== doc;

  const exportPdf = async () => {
    const report = build.report && !isStale ? build.report : await start();
    if (!report) return;
    const name = suggestedFileName(doc.meta.title, 'report').replace(/\.trplan$/, '.pdf');
    const result = await platform.exportFile({
      suggestedName: name,
      mimeType: 'application/pdf',
      content: new Uint8Array(report.bytes),
    });
    if (result.status === 'saved')
      void message.success(t('report.exported', { name: result.name }));
    if (result.status === 'failed') {
      modal.error({
        title: t('report.exportFailed'),
        content: result.message[i18n.language as Language],
      });
    }
  };

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('report.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('report.intro')}</Typography.Text>
      </div>
      <Row gutter={[24, 24]}>
        <Col xs={24} lg={10} xl={9}>
          <Card title={t('report.options')}>
            <ReportOptionsForm options={doc.report} />
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={15}>
          <Card
            title={t('report.preview')}
            extra={
              <Space wrap>
                <Button icon={<EyeOutlined />} disabled={isBusy} onClick={() => void start()}>
                  {t('report.build')}
                </Button>
                <Button
                  type="primary"
                  icon={<DownloadOutlined />}
                  loading={isBusy}
                  onClick={() => void exportPdf()}
                >
                  {t('report.export')}
                </Button>
              </Space>
            }
          >
            <ReportPreview build={build} isStale={isStale} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
