import { List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store-context.ts';
import type { ResultsView } from '../../store/options-view-selectors.ts';
import { percent } from './format.ts';

/** The rank-reversal threshold of every criterion, as the sentence decision makers ask for. */
export function ThresholdList({ view }: { view: ResultsView }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  return (
    <List
      size="small"
      dataSource={view.evaluation.thresholds}
      locale={{ emptyText: t('options.results.noThresholds') }}
      renderItem={(threshold) => (
        <List.Item data-testid="threshold-sentence">
          <Typography.Text>
            <Typography.Text strong>
              {t('options.results.criterionWithWeight', {
                criterion: view.labelOf[threshold.criterionId],
                weight: percent(threshold.currentWeight),
              })}
            </Typography.Text>
            {' — '}
            {threshold.sentence[language]}
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
