import { Card, Flex, Statistic, Tag, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store-context.ts';
import { selectPlanSummary, selectSchedule } from '../../store/rollout-selectors.ts';
import { formatDate } from './date-format.ts';

/**
 * Critical tasks named in the summary: a 5,000-task plan can have hundreds, and a tag for each
 * pushed the task table screens down; the rest are counted (they stay red in the table and Gantt).
 */
const MAX_CRITICAL_TAGS = 40;

/**
 * The plan at a glance, at the top of the Plan tab: start, finish (and its slip against the
 * baseline), working days, the critical path, gate status and the number of findings.
 */
export function PlanSummary({ findingCount }: { findingCount: number }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const { token } = theme.useToken();
  const summary = useAppStore(selectPlanSummary);
  const schedule = useAppStore(selectSchedule);
  const tasks = useAppStore((s) => s.doc?.rollout.tasks);
  const selectTask = useAppStore((s) => s.selectTask);
  if (!summary || !schedule) return null;
  const none = t('rolloutPlan.summary.none');
  const date = (iso: string | null) => (iso ? formatDate(iso, language) : none);
  const slip = summary.baselineSlip;
  const names = new Map(tasks?.map((task) => [task.id, task.name]));
  const statistic = { fontSize: 18 } as const;
  return (
    <Card size="small" data-testid="plan-summary">
      <Flex wrap align="flex-start" style={{ columnGap: 40, rowGap: 8 }}>
        <Statistic
          title={t('rolloutPlan.summary.start')}
          value={date(summary.start)}
          styles={{ content: statistic }}
        />
        <div>
          <Statistic
            title={t('rolloutPlan.summary.finish')}
            value={date(summary.finish)}
            styles={{ content: { ...statistic, color: token.colorPrimary } }}
            data-testid="plan-finish"
          />
          {slip !== null && (
            <Typography.Text type={slip > 0 ? 'danger' : slip < 0 ? 'success' : 'secondary'}>
              {slip > 0
                ? t('rolloutPlan.summary.slip', { days: slip })
                : slip < 0
                  ? t('rolloutPlan.summary.ahead', { days: -slip })
                  : t('rolloutPlan.summary.onBaseline')}
            </Typography.Text>
          )}
        </div>
        <Statistic
          title={t('rolloutPlan.summary.workingDays')}
          value={summary.workingDays}
          styles={{ content: statistic }}
          data-testid="plan-working-days"
        />
        <Statistic
          title={t('rolloutPlan.summary.critical')}
          value={`${summary.criticalCount} / ${summary.taskCount}`}
          styles={{ content: statistic }}
        />
        <Statistic
          title={t('rolloutPlan.summary.gates')}
          value={t('rolloutPlan.summary.gatesValue', summary.gates)}
          styles={{ content: statistic }}
        />
        <Statistic
          title={t('rolloutPlan.summary.findings')}
          value={findingCount}
          styles={{
            content: { ...statistic, color: findingCount > 0 ? token.colorWarning : undefined },
          }}
        />
      </Flex>
      {schedule.criticalPath.length > 0 && (
        <div style={{ marginTop: 12 }} data-testid="critical-path">
          <Typography.Text type="secondary" style={{ marginRight: 8 }}>
            {t('rolloutPlan.summary.criticalPath')}
          </Typography.Text>
          {schedule.criticalPath.slice(0, MAX_CRITICAL_TAGS).map((id) => (
            <Tooltip key={id} title={names.get(id)}>
              <Tag
                color="error"
                style={{ cursor: 'pointer', maxWidth: 220, marginBlock: 2 }}
                onClick={() => selectTask(id)}
                data-critical-task={id}
              >
                <Typography.Text ellipsis style={{ maxWidth: 200, color: 'inherit' }}>
                  {names.get(id)}
                </Typography.Text>
              </Tag>
            </Tooltip>
          ))}
          {schedule.criticalPath.length > MAX_CRITICAL_TAGS && (
            <Tag data-testid="critical-path-more" style={{ marginBlock: 2 }}>
              +{schedule.criticalPath.length - MAX_CRITICAL_TAGS}
            </Tag>
          )}
        </div>
      )}
    </Card>
  );
}
