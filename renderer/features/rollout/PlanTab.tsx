import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Step 3 — PlanTab (being built). */
export function PlanTab() {
  const { t } = useTranslation();
  return <Empty description={t('rolloutPlan.placeholder')} />;
}
