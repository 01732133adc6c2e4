import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Step 3 — CalendarTab (being built). */
export function CalendarTab() {
  const { t } = useTranslation();
  return <Empty description={t('rolloutPlan.placeholder')} />;
}
