import { Card, Col, Empty, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DecisionScope } from '../../../shared/decision/decision-scope.ts';
import { useAppStore } from '../../app/store-context.ts';
import { selectResultsView } from '../../store/options-view-selectors.ts';
import { ContributionChart } from './ContributionChart.tsx';
import { RankingTables } from './RankingTables.tsx';
import { RankProbabilityChart } from './RankProbabilityChart.tsx';
import { RaterRankings } from './RaterRankings.tsx';
import { SubjectRadar } from './SubjectRadar.tsx';
import { ThresholdList } from './ThresholdList.tsx';
import { TornadoChart } from './TornadoChart.tsx';
import { WarningList } from './WarningList.tsx';

/**
 * Tabs 5 and 6: the ranking of the options (or of the vendors) by weighted sum and TOPSIS, how
 * robust it is (thresholds, tornado, Monte Carlo) and how each rater would rank.
 */
export function ResultsTab({ scope }: { scope: DecisionScope }) {
  const { t } = useTranslation();
  const view = useAppStore(selectResultsView[scope]);
  const language = useAppStore((s) => s.language);
  if (!view) return null;
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
