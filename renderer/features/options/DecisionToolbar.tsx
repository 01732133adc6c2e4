import { Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectDecisionRaterId } from '../../store/options-selectors.ts';
import { ScopePicker } from './ScopePicker.tsx';

const GROUP = '__group__';

/** Which evaluation (options or vendors) and whose view (one rater or the group). */
export function DecisionToolbar({ hasRater = true }: { hasRater?: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const raterId = useAppStore(selectDecisionRaterId);
  const raters = useAppStore((s) => s.doc?.decision.raters);
  return (
    <Flex gap={16} wrap align="center">
      <ScopePicker />
      {hasRater && (
        <Flex gap={8} align="center">
          <Typography.Text>{t('options.rater.label')}</Typography.Text>
          <Select
            style={{ minWidth: 260 }}
            aria-label={t('options.rater.label')}
            data-testid="rater-picker"
            value={raterId ?? GROUP}
            options={[
              { value: GROUP, label: t('options.rater.group') },
              ...(raters ?? []).map((r) => ({
                value: r.id,
                label: `${r.name || t('options.rater.unnamed')} · ${t(`department.${r.department}`)}`,
              })),
            ]}
            onChange={(value) => store.getState().setDecisionRater(value === GROUP ? null : value)}
          />
        </Flex>
      )}
    </Flex>
  );
}
