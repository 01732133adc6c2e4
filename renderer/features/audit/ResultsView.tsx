import {
  Alert,
  Card,
  Col,
  Empty,
  InputNumber,
  List,
  Row,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditAssessment } from '../../../shared/audit/assessment.ts';
import type { DimensionReadiness } from '../../../shared/audit/readiness.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectAudit } from '../../store/selectors.ts';
import { HandoffsPanel } from './HandoffsPanel.tsx';
import { ReadinessRadar } from './ReadinessRadar.tsx';

const percent = (value: number | null) => (value === null ? '—' : Math.round(value));

/** Step 1's results: readiness radar and table, red flags, gap list, preconditions, hand-offs. */
export function ResultsView({ onGoToQuestion }: { onGoToQuestion: (questionId: string) => void }) {
  const { t } = useTranslation();
  const audit = useAppStore(selectAudit);
  const language = useAppStore((s) => s.language);
  if (!audit) return null;
  if (audit.readiness.overall === null) {
    return <Empty description={t('audit.results.noAnswers')} />;
  }
  const names = new Map(audit.questionnaire.dimensions.map((d) => [d.id, d.name]));

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={12}>
        <Card title={t('audit.results.radarTitle')} style={{ height: '100%' }}>
          <Statistic
            title={t('audit.results.overall')}
            value={Math.round(audit.readiness.overall)}
            suffix="/ 100"
            data-testid="readiness-index"
          />
          <Typography.Text type="secondary">
            {t('audit.results.confidence', {
              percent: Math.round(audit.readiness.confidence * 100),
            })}
          </Typography.Text>
          <ReadinessRadar audit={audit} />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <DimensionTable audit={audit} names={names} />
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('audit.results.redFlags')} style={{ height: '100%' }}>
          {audit.redFlags.length === 0 ? (
            <Typography.Text type="success">{t('audit.results.noRedFlags')}</Typography.Text>
          ) : (
            <List
              dataSource={audit.redFlags}
              renderItem={(flag) => (
                <List.Item data-testid={`red-flag-${flag.id}`}>
                  <Alert
                    style={{ width: '100%' }}
                    type={flag.severity === 'high' ? 'error' : 'warning'}
                    showIcon
                    message={<Tag>{t(`audit.results.pitfall.${flag.pitfall}`)}</Tag>}
                    description={flag.message[language]}
                    action={
                      <Typography.Link onClick={() => onGoToQuestion(flag.questionIds[0] ?? '')}>
                        {t('audit.results.goToQuestion')}
                      </Typography.Link>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('audit.results.preconditions')} style={{ height: '100%' }}>
          <List
            dataSource={audit.preconditions}
            locale={{ emptyText: t('audit.results.noPreconditions') }}
            renderItem={(p) => (
              <List.Item>
                <Typography.Text type="warning">⚠</Typography.Text>&nbsp;{p.text}
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col span={24}>
        <Card title={t('audit.results.gaps')}>
          <Table
            size="small"
            rowKey="questionId"
            pagination={false}
            dataSource={audit.recommendations}
            locale={{ emptyText: t('audit.results.noGaps') }}
            columns={[
              {
                title: t('audit.results.priority'),
                dataIndex: 'priority',
                width: 90,
                render: (p: number) => p.toFixed(1),
              },
              {
                title: t('audit.results.columns.dimension'),
                dataIndex: 'dimensionId',
                width: 200,
                render: (id: string) => names.get(id),
              },
              {
                title: t('audit.results.recommendation'),
                dataIndex: 'text',
                render: (text: string, row) => (
                  <Typography.Link onClick={() => onGoToQuestion(row.questionId)}>
                    {text}
                  </Typography.Link>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col span={24}>
        <HandoffsPanel audit={audit} />
      </Col>
    </Row>
  );
}

function DimensionTable({ audit, names }: { audit: AuditAssessment; names: Map<string, string> }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <Card title={t('audit.results.dimensionsTitle')} style={{ height: '100%' }}>
      <Table<DimensionReadiness>
        size="small"
        tableLayout="auto"
        // Column titles stay on one line ("准备度", not "准备 / 度"); in a narrow card the table
        // scrolls inside it rather than spilling over its edge.
        onHeaderRow={() => ({ style: { whiteSpace: 'nowrap' } })}
        scroll={{ x: 'max-content' }}
        rowKey="dimensionId"
        pagination={false}
        dataSource={audit.readiness.dimensions}
        columns={[
          {
            title: t('audit.results.columns.dimension'),
            dataIndex: 'dimensionId',
            render: (id: string) => names.get(id),
          },
          { title: t('audit.results.columns.readiness'), dataIndex: 'readiness', render: percent },
          {
            title: t('audit.results.columns.target'),
            dataIndex: 'target',
            render: (target: number, row) => (
              <InputNumber
                size="small"
                style={{ width: 52 }}
                min={0}
                max={5}
                step={1}
                value={target / 20}
                aria-label={`${t('audit.results.columns.target')} ${names.get(row.dimensionId)}`}
                onChange={(level) =>
                  typeof level === 'number' &&
                  store.getState().setAuditTarget(row.dimensionId, level)
                }
              />
            ),
          },
          { title: t('audit.results.columns.gap'), dataIndex: 'gap', render: percent },
          {
            // "7/7", plus how many were "don't know" when any: one column, so the table fits.
            title: t('audit.results.columns.answered'),
            key: 'answered',
            render: (_: unknown, row) =>
              row.unknownQuestionIds.length === 0
                ? `${row.answered}/${row.applicable}`
                : t('audit.results.answeredWithUnknown', {
                    answered: `${row.answered}/${row.applicable}`,
                    count: row.unknownQuestionIds.length,
                  }),
          },
          {
            title: t('audit.results.columns.confidence'),
            dataIndex: 'confidence',
            render: (c: number) => `${Math.round(c * 100)}%`,
          },
        ]}
      />
    </Card>
  );
}
