import { App, Button, Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { GanttChart } from './GanttChart.tsx';
import { GanttLegend } from './GanttLegend.tsx';
import { PlanFindings } from './PlanFindings.tsx';
import { PlanSummary } from './PlanSummary.tsx';
import { PlanToolbar } from './PlanToolbar.tsx';
import { TaskTable } from './TaskTable.tsx';
import { selectPlanFindings } from '../../store/rollout-selectors.ts';

/**
 * Step 3's Plan tab: the plan at a glance (finish, critical path, gates, findings), the task
 * table grouped by phase and the Gantt. An empty plan leads to generating one from steps 1
 * and 2. Every number comes from `scheduleRollout` through memoised selectors.
 */
export function PlanTab() {
  const { t } = useTranslation();
  const hasTasks = useAppStore((s) => (s.doc?.rollout.tasks.length ?? 0) > 0);
  const findings = useAppStore(selectPlanFindings);
  if (!hasTasks) return <PlanEmpty />;
  return (
    <Flex vertical gap={16}>
      <PlanSummary findingCount={findings.length} />
      <PlanFindings findings={findings} />
      <PlanToolbar />
      <TaskTable />
      <Card
        size="small"
        title={t('rolloutPlan.gantt.title')}
        extra={<GanttLegend />}
        styles={{ body: { padding: 8 } }}
      >
        <GanttChart />
        <Typography.Paragraph type="secondary" style={{ margin: '8px 4px 0' }}>
          {t('rolloutPlan.gantt.dragHint')}
        </Typography.Paragraph>
      </Card>
    </Flex>
  );
}

/** The blank starter's Rollout page: one clear way to a first plan. */
function PlanEmpty() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const store = useAppStoreApi();
  const firstPhaseId = useAppStore((s) => s.doc?.rollout.phases[0]?.id ?? null);
  const generate = () => {
    store.getState().generatePlan();
    const rollout = store.getState().doc?.rollout;
    if (rollout)
      void message.success(
        t('rolloutPlan.generate.created', {
          count: rollout.tasks.length,
          phases: rollout.phases.length,
        }),
      );
  };
  return (
    <Card>
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={
          <Flex vertical gap={8} align="center">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('rolloutPlan.empty.title')}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ maxWidth: 640, margin: 0 }}>
              {t('rolloutPlan.empty.body')}
            </Typography.Paragraph>
          </Flex>
        }
      >
        <Flex vertical gap={8} align="center">
          <Button type="primary" size="large" onClick={generate} data-testid="generate-plan">
            {t('rolloutPlan.empty.generate')}
          </Button>
          <Button
            type="link"
            onClick={() => store.getState().addTask(firstPhaseId, t('rolloutPlan.toolbar.newTask'))}
          >
            {t('rolloutPlan.empty.addTask')}
          </Button>
        </Flex>
      </Empty>
    </Card>
  );
}
