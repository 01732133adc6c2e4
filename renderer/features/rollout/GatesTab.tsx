import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Step 3 — GatesTab (being built). */
export function GatesTab() {
  const { t } = useTranslation();
  return <Empty description={t('rolloutTeam.placeholder')} />;
}
