import { Alert, Card, Col, Empty, Flex, Row, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WeightMethod } from '../../../shared/decision/decision-edits.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectWeightsView } from '../../store/options-selectors.ts';
import { AhpJudgements } from './AhpJudgements.tsx';
import { ConsistencyCard } from './ConsistencyCard.tsx';
import { DecisionToolbar } from './DecisionToolbar.tsx';
import { DirectWeights } from './DirectWeights.tsx';
import { RankOrderWeights } from './RankOrderWeights.tsx';
import { SuggestedWeightsCard } from './SuggestedWeightsCard.tsx';

const methods: WeightMethod[] = ['direct', 'ahp', 'rank'];

/** Tab 2: criterion weights by direct percentages, AHP judgements or rank order. */
export function WeightsTab() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const view = useAppStore(selectWeightsView);
  const scope = useAppStore((s) => s.decisionScope);
  const hasRaters = useAppStore((s) => (s.doc?.decision.raters.length ?? 0) > 0);
  if (!view) return null;
  const method = view.evaluation.weightMethod;
  return (
    <Flex vertical gap={16}>
      <DecisionToolbar />
      <Card
        title={t('options.weights.method')}
        extra={
          <Segmented<WeightMethod>
            value={method}
            options={methods.map((m) => ({ value: m, label: t(`options.weights.methods.${m}`) }))}
            onChange={(m) => store.getState().setWeightMethod(m)}
          />
        }
      >
        <Typography.Paragraph type="secondary">
          {t(`options.weights.explain.${method}`)}
        </Typography.Paragraph>
        {!hasRaters ? (
          <Empty description={t('options.empty.raters')} />
        ) : view.rows.length === 0 ? (
          <Empty description={t('options.empty.criteria')} />
        ) : (
          <Flex vertical gap={12}>
            {view.raterId === null && (
              <Alert type="info" showIcon title={t('options.weights.groupReadOnly')} />
            )}
            {method === 'direct' && <DirectWeights view={view} />}
            {method === 'ahp' && <AhpJudgements view={view} />}
            {method === 'rank' && <RankOrderWeights view={view} />}
          </Flex>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ConsistencyCard view={view} />
        </Col>
        {scope === 'option' && (
          <Col xs={24} xl={12}>
            <SuggestedWeightsCard />
          </Col>
        )}
      </Row>
    </Flex>
  );
}
