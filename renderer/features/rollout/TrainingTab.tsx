import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Step 3 — TrainingTab (being built). */
export function TrainingTab() {
  const { t } = useTranslation();
  return <Empty description={t('rolloutTeam.placeholder')} />;
}
