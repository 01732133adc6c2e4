import { FilePdfOutlined } from '@ant-design/icons';
import { Card, List, Result, Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../shared/overview/progress.ts';
import { useAppStore } from '../../app/store-context.ts';
import { selectSummary } from '../../store/selectors.ts';
import type { Page } from '../../store/ui-slice.ts';

type PlaceholderPageKey = Exclude<Page, 'overview' | 'audit' | 'options' | 'flows' | 'rollout'>;

/** Which document counts each step's page shows while its editor is being built. */
const countsByPage: Record<PlaceholderPageKey, (keyof DocumentSummary)[]> = {
  report: ['answers', 'candidates', 'flows', 'tasks'],
};

/**
 * A page whose editor lands with a later issue: says what it will do and shows what the open
 * project already holds for it (the data is in the document and survives save and reload).
 */
export function PlaceholderPage({ page }: { page: PlaceholderPageKey }) {
  const { t } = useTranslation();
  const summary = useAppStore(selectSummary);
  const { token } = theme.useToken();
  return (
    <Card>
      {/* A page icon, not the "!" of an info result: nothing is wrong, the editor is coming. */}
      <Result
        icon={<FilePdfOutlined style={{ color: token.colorTextTertiary }} />}
        title={
          <>
            {t(`nav.${page}`)}{' '}
            <Tag style={{ verticalAlign: 'middle' }}>{t('placeholder.inDevelopment')}</Tag>
          </>
        }
        subTitle={t(`placeholder.${page}`)}
      />
      {summary && (
        <List
          header={t('placeholder.inDocument')}
          bordered
          size="small"
          dataSource={countsByPage[page]}
          renderItem={(key) => (
            <List.Item>{t(`placeholder.counts.${key}`, { count: summary[key] })}</List.Item>
          )}
        />
      )}
    </Card>
  );
}
