import { Button, Card, Flex, Spin } from 'antd';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { openProgress } from '../platform/parse-project-off-thread.ts';

/**
 * "Reading… / Checking…" with a cancel button while a large project file is parsed in a worker
 * (parse-project-off-thread.ts). Floats over the page, which stays usable.
 */
export function OpenProgress() {
  const { t } = useTranslation();
  const progress = useSyncExternalStore(openProgress.subscribe, openProgress.get);
  if (!progress) return null;
  return (
    <Card
      size="small"
      role="status"
      data-testid="open-progress"
      style={{ position: 'fixed', right: 24, bottom: 24, zIndex: 1000, maxWidth: 420 }}
    >
      <Flex align="center" gap={12}>
        <Spin size="small" />
        <span style={{ overflowWrap: 'anywhere' }}>
          {t(progress.stage === 'reading' ? 'work.open.reading' : 'work.open.checking', {
            name: progress.name,
          })}
        </span>
        <Button size="small" onClick={progress.cancel} data-testid="open-cancel">
          {t('work.open.cancel')}
        </Button>
      </Flex>
    </Card>
  );
}
