import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DecisionScope } from '../../../shared/decision/decision-scope.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

/** Integration options or vendors: which of step 2's two evaluations the page shows. */
export function ScopePicker({ block = false }: { block?: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const scope = useAppStore((s) => s.decisionScope);
  return (
    <Segmented<DecisionScope>
      block={block}
      value={scope}
      onChange={(value) => store.getState().setDecisionScope(value)}
      options={[
        { value: 'option', label: t('options.scope.option') },
        { value: 'vendor', label: t('options.scope.vendor') },
      ]}
    />
  );
}
