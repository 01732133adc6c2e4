import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Popover, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { dependencyTypes, type Task } from '../../../shared/model/schema.ts';
import { useAppStore } from '../../app/store-context.ts';

type Props = { task: Task; number: number; label: string };

/** One empty list, so the selector returns the same value while there is no document. */
const NO_TASKS: readonly Task[] = [];

/** The predecessors of one task, edited in a popover: task, link type and lag for each. */
export function DependencyEditor({ task, number, label }: Props) {
  const { t } = useTranslation();
  return (
    <Popover
      trigger="click"
      destroyOnHidden
      title={t('rolloutPlan.deps.title', { name: task.name })}
      content={<DependencyList task={task} />}
    >
      <Button
        size="small"
        type="text"
        aria-label={t('rolloutPlan.deps.edit', { number })}
        title={label || undefined}
        style={{ minWidth: 48, maxWidth: '100%', justifyContent: 'flex-start' }}
      >
        {/* A long list ends in an ellipsis inside its column (the popover lists them all). */}
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{label || '—'}</span>
      </Button>
    </Popover>
  );
}

function DependencyList({ task }: { task: Task }) {
  const { t } = useTranslation();
  const tasks = useAppStore((s) => s.doc?.rollout.tasks ?? NO_TASKS);
  const setDependency = useAppStore((s) => s.setDependency);
  const removeDependency = useAppStore((s) => s.removeDependency);
  const replaceDependency = useAppStore((s) => s.replaceDependency);
  const numbers = new Map(tasks.map((x, i) => [x.id, i + 1]));
  const options = tasks
    .filter((x) => x.id !== task.id)
    .map((x) => ({ value: x.id, label: `${numbers.get(x.id)}. ${x.name}` }));
  const unlinked = options.find((o) => !task.predecessors.some((p) => p.taskId === o.value))?.value;
  const typeOptions = dependencyTypes.map((type) => ({
    value: type,
    label: `${type} — ${t(`rolloutPlan.deps.types.${type}`)}`,
  }));
  return (
    <Flex vertical gap={8} style={{ width: 520, maxWidth: '80vw' }}>
      {task.predecessors.length === 0 && (
        <Typography.Text type="secondary">{t('rolloutPlan.deps.none')}</Typography.Text>
      )}
      {task.predecessors.map((link) => (
        <Flex key={link.taskId} gap={6} align="center">
          <Select
            aria-label={t('rolloutPlan.deps.task')}
            style={{ flex: 1, minWidth: 0 }}
            value={link.taskId}
            options={options}
            showSearch={{ optionFilterProp: 'label' }}
            onChange={(taskId) => replaceDependency(task.id, link.taskId, { ...link, taskId })}
          />
          <Select
            aria-label={t('rolloutPlan.deps.type')}
            style={{ width: 150 }}
            value={link.type}
            options={typeOptions}
            onChange={(type) => setDependency(task.id, { ...link, type })}
          />
          <InputNumber
            aria-label={t('rolloutPlan.deps.lag')}
            title={t('rolloutPlan.deps.lag')}
            style={{ width: 72 }}
            value={link.lagDays}
            min={-365}
            max={365}
            precision={0}
            onChange={(lagDays) => {
              if (lagDays !== null)
                setDependency(
                  task.id,
                  { ...link, lagDays },
                  { key: `dep.${task.id}.${link.taskId}.lag` },
                );
            }}
          />
          <Button
            aria-label={t('rolloutPlan.deps.remove')}
            icon={<DeleteOutlined />}
            onClick={() => removeDependency(task.id, link.taskId)}
          />
        </Flex>
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={unlinked === undefined}
        onClick={() =>
          unlinked && setDependency(task.id, { taskId: unlinked, type: 'FS', lagDays: 0 })
        }
      >
        {t('rolloutPlan.deps.add')}
      </Button>
    </Flex>
  );
}
