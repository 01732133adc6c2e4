import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store-context.ts';
import type { ResultsView } from '../../store/options-view-selectors.ts';

/** What the evaluation filled in or the user should look at (evaluateDecision's warnings). */
export function WarningList({ view }: { view: ResultsView }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const { warnings } = view.evaluation;
  if (warnings.length === 0)
    return <Typography.Text type="success">{t('options.results.noWarnings')}</Typography.Text>;
  return (
    <Flex vertical gap={8}>
      {warnings.map((w, i) => (
        <Alert
          key={`${w.code}-${i}`}
          type={w.severity === 'warning' ? 'warning' : 'info'}
          showIcon
          title={w.message[language]}
        />
      ))}
    </Flex>
  );
}
