import { Card, Col, Empty, Flex, Row, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionScope } from '../../../shared/decision/decision-scope.ts';
import { useAppStore } from '../../app/store-context.ts';
import { buildResultsView, type ResultsView } from '../../store/options-view-selectors.ts';
import { EvaluationStatus } from './EvaluationStatus.tsx';
import { ContributionChart } from './ContributionChart.tsx';
import { RankingTables } from './RankingTables.tsx';
import { RankProbabilityChart } from './RankProbabilityChart.tsx';
import { RaterRankings } from './RaterRankings.tsx';
import { SubjectRadar } from './SubjectRadar.tsx';
import { ThresholdList } from './ThresholdList.tsx';
import { TornadoChart } from './TornadoChart.tsx';
import { useWorkerEvaluation } from './useWorkerEvaluation.ts';
import { WarningList } from './WarningList.tsx';

/**
 * Tabs 5 and 6: the ranking of the options (or of the vendors) by weighted sum and TOPSIS, how
 * robust it is (thresholds, tornado, Monte Carlo) and how each rater would rank. Evaluated in a
 * worker: while a new evaluation runs, the previous one stays on screen, greyed, under its
 * progress (a skeleton the first time).
 */
export function ResultsTab({ scope }: { scope: DecisionScope }) {
  const doc = useAppStore((s) => s.doc);
  const language = useAppStore((s) => s.language);
  const run = useWorkerEvaluation(doc, scope);
  const { evaluation, evaluatedDoc } = run;
  const view = useMemo(
    () =>
      evaluation && evaluatedDoc
        ? buildResultsView(evaluatedDoc, scope, language, evaluation)
        : null,
    [evaluation, evaluatedDoc, scope, language],
  );
  if (!doc) return null;
  if (!view)
    return (
      <Flex vertical gap={16} data-testid={`results-${scope}-pending`}>
        <EvaluationStatus run={run} />
        <Skeleton active paragraph={{ rows: 8 }} />
      </Flex>
    );
  return (
    <Flex vertical gap={16}>
      <EvaluationStatus run={run} />
      <div
        aria-busy={!run.isCurrent}
        style={run.isCurrent ? undefined : { opacity: 0.45, transition: 'opacity 0.2s 0.15s' }}
      >
        <ResultsBody scope={scope} view={view} />
      </div>
    </Flex>
  );
}

function ResultsBody({ scope, view }: { scope: DecisionScope; view: ResultsView }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const { evaluation } = view;
  if (evaluation.subjects.length === 0)
    return (
      <Empty
        description={
          scope === 'option' ? t('options.empty.candidates') : t('options.empty.vendors')
        }
      />
    );
  if (evaluation.leafIds.length === 0) return <Empty description={t('options.empty.criteria')} />;
  if (!view.hasScores) return <Empty description={t('options.empty.scores')} />;
  const chart = (key: string, title: string, body: React.ReactNode, extra?: React.ReactNode) => (
    <Col key={key} xs={24} xl={12}>
      <Card title={title} extra={extra} style={{ height: '100%' }}>
        {body}
      </Card>
    </Col>
  );
  return (
    <Flex vertical gap={16} data-testid={`results-${scope}`}>
      <RankingTables view={view} />
      <Row gutter={[16, 16]}>
        {chart(
          'contributions',
          t('options.results.contributions'),
          <ContributionChart view={view} />,
        )}
        {chart('radar', t('options.results.radar'), <SubjectRadar view={view} />)}
        {chart('thresholds', t('options.results.thresholds'), <ThresholdList view={view} />)}
        {chart('tornado', t('options.results.tornado'), <TornadoChart view={view} />)}
        {chart(
          'probability',
          t('options.results.probability'),
          <RankProbabilityChart view={view} />,
          t('options.results.seed', {
            seed: evaluation.monteCarlo.seed,
            samples: evaluation.monteCarlo.samples.toLocaleString(language),
          }),
        )}
        {chart('raters', t('options.results.perRater'), <RaterRankings view={view} />)}
      </Row>
      <Card title={t('options.results.warnings')}>
        <WarningList view={view} />
      </Card>
    </Flex>
  );
}
