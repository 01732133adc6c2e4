import { Alert, Empty, List, Progress, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageThumbnails } from './PageThumbnails.tsx';
import type { ReportBuild } from './useReportBuild.ts';

/**
 * Each page's title: the first cover, contents, chapter or subsection starting on it, else the
 * last one started before it (a page that continues a section).
 */
const pageTitles = (pages: { title: string; page: number }[], pageCount: number): string[] =>
  Array.from(
    { length: pageCount },
    (_, i) =>
      (pages.find((entry) => entry.page === i + 1) ?? pages.filter((e) => e.page <= i + 1).at(-1))
        ?.title ?? '',
  );

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(2)} MB`
    : `${Math.round(bytes / 1024)} KB`;

/**
 * The pages of the PDF last built — cover, contents, then each chapter and subsection at the
 * page it really starts on — and the characters the font could not draw.
 */
export function ReportPreview({ build, isStale }: { build: ReportBuild; isStale: boolean }) {
  const { t } = useTranslation();
  if (build.phase === 'fonts' || build.phase === 'building') {
    return (
      <div role="status" style={{ padding: 24 }}>
        <Typography.Text>
          {build.phase === 'fonts'
            ? t('report.loadingFonts')
            : t('report.building', { percent: build.percent })}
        </Typography.Text>
        <Progress percent={build.percent} status="active" />
      </div>
    );
  }
  if (build.phase === 'failed') {
    return (
      <Alert type="error" showIcon message={t('report.buildFailed')} description={build.error} />
    );
  }
  const { report } = build;
  if (!report) return <Empty description={t('report.empty')} />;
  const pages = [
    { title: t('report.cover'), page: 1, level: 1 },
    { title: t('report.contents'), page: 2, level: 1 },
    ...report.outline,
  ];
  return (
    <div>
      {isStale && (
        <Alert type="info" showIcon message={t('report.stale')} style={{ marginBottom: 12 }} />
      )}
      <Typography.Paragraph strong data-testid="report-page-count">
        {t('report.pages', { count: report.pageCount, size: size(report.bytes.length) })}
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'thumbnails',
            label: t('report.thumbnails'),
            children: (
              <PageThumbnails
                bytes={report.bytes}
                pageCount={report.pageCount}
                titles={pageTitles(pages, report.pageCount)}
              />
            ),
          },
          {
            key: 'outline',
            label: t('report.outline'),
            children: (
              <List
                size="small"
                bordered
                dataSource={pages}
                renderItem={(entry) => (
                  <List.Item extra={t('report.page', { page: entry.page })}>
                    <Typography.Text
                      strong={entry.level === 1}
                      style={{ paddingLeft: entry.level === 1 ? 0 : 16 }}
                    >
                      {entry.title}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
      {report.warnings.length > 0 && (
        <Alert
          style={{ marginTop: 12 }}
          type="warning"
          showIcon
          message={t('report.warningsTitle')}
          description={report.warnings
            .map((w) => `${w.character} (${w.places.join(', ')})`)
            .join('; ')}
        />
      )}
    </div>
  );
}
