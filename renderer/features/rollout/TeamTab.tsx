import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';

/** Step 3 — TeamTab (being built). */
export function TeamTab() {
  const { t } = useTranslation();
  return <Empty description={t('rolloutTeam.placeholder')} />;
}
