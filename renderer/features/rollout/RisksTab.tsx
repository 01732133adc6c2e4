import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Step 3 — RisksTab (being built). */
export function RisksTab() {
  const { t } = useTranslation();
  return <Empty description={t('rolloutTeam.placeholder')} />;
}
