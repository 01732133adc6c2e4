import { Alert, Button, Flex, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkerEvaluation } from './useWorkerEvaluation.ts';

/**
 * Where the worker's evaluation stands, above the results: progress of the Monte Carlo draws
 * with a cancel button while it runs; after a cancel or a failure, a way to run it again.
 * Nothing once the results are current.
 */
export function EvaluationStatus({ run }: { run: WorkerEvaluation }) {
  const { t, i18n } = useTranslation();
  if (run.isCurrent) return null;
  const number = (n: number) => n.toLocaleString(i18n.language);
  if (run.status === 'running') {
    const { progress } = run;
    const percent =
      progress && progress.total > 0 ? (100 * progress.completed) / progress.total : 0;
    return (
      <Alert
        type="info"
        data-testid="evaluation-progress"
        role="status"
        title={
          <Flex vertical gap={4}>
            <span>
              {progress
                ? t('work.evaluation.running', {
                    completed: number(progress.completed),
                    total: number(progress.total),
                  })
                : t('work.evaluation.preparing')}
            </span>
            {run.evaluation && <span>{t('work.evaluation.stale')}</span>}
            <Progress percent={Math.floor(percent)} size="small" status="active" />
          </Flex>
        }
        action={
          <Button size="small" onClick={run.cancel} data-testid="evaluation-cancel">
            {t('work.evaluation.cancel')}
          </Button>
        }
      />
    );
  }
  const message =
    run.status === 'error'
      ? t('work.evaluation.failed', { message: run.error ?? '' })
      : run.evaluation
        ? t('work.evaluation.cancelled')
        : t('work.evaluation.cancelledEmpty');
  return (
    <Alert
      type={run.status === 'error' ? 'error' : 'warning'}
      data-testid="evaluation-stopped"
      title={message}
      action={
        <Button size="small" onClick={run.retry} data-testid="evaluation-retry">
          {t('work.evaluation.recalculate')}
        </Button>
      }
    />
  );
}
