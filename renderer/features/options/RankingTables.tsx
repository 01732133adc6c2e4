import { Card, Col, Flex, Row, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RankedSubject } from '../../../shared/decision/evaluate.ts';
import { formatNumber } from '../../../shared/decision/decision-text.ts';
import type { ResultsView } from '../../store/options-view-selectors.ts';

/** Weighted sum and TOPSIS side by side, with how far they agree. */
export function RankingTables({ view }: { view: ResultsView }) {
  const { t } = useTranslation();
  const { evaluation } = view;
  const { agreement } = evaluation;
  const ranking = (method: 'weightedSum' | 'topsis', scoreTitle: string) => (
    <div data-testid={`ranking-${method}`}>
      <Table<RankedSubject>
        size="small"
        rowKey="subjectId"
        pagination={false}
        dataSource={evaluation[method]}
        columns={[
          { title: '#', dataIndex: 'rank', width: 48 },
          {
            title: t('options.results.subject'),
            dataIndex: 'name',
            render: (name: string, row) => (
              <Flex gap={6} align="center">
                {name}
                {agreement.differingSubjectIds.includes(row.subjectId) && (
                  <Tag color="orange">{t('options.results.differs')}</Tag>
                )}
              </Flex>
            ),
          },
          {
            title: scoreTitle,
            dataIndex: 'score',
            width: 120,
            render: (score: number) => formatNumber(score * 100, 1),
          },
        ]}
      />
    </div>
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Card title={t('options.results.weightedSum')} style={{ height: '100%' }}>
          {ranking('weightedSum', t('options.results.score'))}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('options.results.topsis')} style={{ height: '100%' }}>
          {ranking('topsis', t('options.results.closeness'))}
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('options.results.agreement')} style={{ height: '100%' }}>
          <Flex vertical gap={12}>
            <Statistic
              title={t('options.results.spearman')}
              value={agreement.spearman === null ? '—' : formatNumber(agreement.spearman, 2)}
            />
            <Typography.Text
              type={agreement.hasSameTop ? 'success' : 'warning'}
              data-testid="same-top"
            >
              {agreement.hasSameTop
                ? t('options.results.sameTop')
                : t('options.results.differentTop')}
            </Typography.Text>
            <Typography.Text type="secondary">
              {agreement.differingSubjectIds.length === 0
                ? t('options.results.noDifferences')
                : t('options.results.differing', {
                    names: agreement.differingSubjectIds
                      .map((id) => view.nameOf[id] ?? id)
                      .join(', '),
                  })}
            </Typography.Text>
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}
