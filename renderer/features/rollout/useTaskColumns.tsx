import { DeleteOutlined, PlusOutlined, PushpinFilled } from '@ant-design/icons';
import {
  Button,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { taskKinds, type Language } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import type { PhaseGroup, TaskRow } from '../../store/rollout-selectors.ts';
import { DependencyEditor } from './DependencyEditor.tsx';
import { formatShortDate } from './date-format.ts';

/** A line of the task table: a phase heading or a task. */
export type TaskTableLine = (
  { kind: 'phase'; group: PhaseGroup } | { kind: 'task'; row: TaskRow }
) & {
  key: string;
};

const COLUMN_COUNT = 11;

/**
 * The task table's columns: a phase heading spans the row; a task's name, kind, duration,
 * predecessors and % complete are edited in place (a typed word is one undo step), its start,
 * finish and float come from the schedule, dates in the UI language.
 */
export function useTaskColumns(): TableColumnsType<TaskTableLine> {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const store = useAppStoreApi();
  return useMemo((): TableColumnsType<TaskTableLine> => {
    const actions = store.getState();
    const kindOptions = taskKinds.map((kind) => ({
      value: kind,
      label: t(`rolloutPlan.kinds.${kind}`),
    }));
    const taskCell =
      (render: (row: TaskRow) => React.ReactNode) => (_: unknown, line: TaskTableLine) =>
        line.kind === 'task' ? render(line.row) : null;
    const spanPhase = (line: TaskTableLine) => ({ colSpan: line.kind === 'phase' ? 0 : 1 });
    const date = (iso: string | undefined) => (iso ? formatShortDate(iso, language) : '—');
    return [
      {
        title: t('rolloutPlan.table.number'),
        key: 'number',
        width: 52,
        fixed: 'start',
        onCell: (line) => ({ colSpan: line.kind === 'phase' ? COLUMN_COUNT : 1 }),
        render: (_, line) =>
          line.kind === 'phase' ? (
            <PhaseHeading group={line.group} language={language} />
          ) : (
            line.row.number
          ),
      },
      {
        title: t('rolloutPlan.table.name'),
        key: 'name',
        width: 300,
        fixed: 'start',
        onCell: spanPhase,
        render: taskCell(({ task, number, scheduled }) => (
          <Input
            size="small"
            variant="borderless"
            aria-label={t('rolloutPlan.table.nameLabel', { number })}
            maxLength={200}
            value={task.name}
            style={{ color: scheduled?.isCritical ? 'var(--ant-color-error)' : undefined }}
            onChange={(e) =>
              actions.updateTask(task.id, { name: e.target.value }, { key: `task.${task.id}.name` })
            }
          />
        )),
      },
      {
        title: t('rolloutPlan.table.kind'),
        key: 'kind',
        width: 164,
        onCell: spanPhase,
        render: taskCell(({ task, number }) => (
          <Select
            size="small"
            variant="borderless"
            aria-label={t('rolloutPlan.table.kindLabel', { number })}
            style={{ width: '100%' }}
            value={task.kind}
            options={kindOptions}
            popupMatchSelectWidth={false}
            onChange={(kind) => actions.updateTask(task.id, { kind })}
          />
        )),
      },
      {
        title: t('rolloutPlan.table.duration'),
        key: 'duration',
        width: 80,
        onCell: spanPhase,
        render: taskCell(({ task, number }) => (
          <InputNumber
            size="small"
            aria-label={t('rolloutPlan.table.durationLabel', { number })}
            min={0}
            max={3650}
            precision={0}
            value={task.durationDays}
            style={{ width: 64 }}
            onChange={(value) =>
              value !== null &&
              actions.updateTask(
                task.id,
                { durationDays: value },
                { key: `task.${task.id}.duration` },
              )
            }
          />
        )),
      },
      {
        title: t('rolloutPlan.table.predecessors'),
        key: 'predecessors',
        width: 120,
        onCell: spanPhase,
        render: taskCell(({ task, number, predecessorsLabel }) => (
          <DependencyEditor task={task} number={number} label={predecessorsLabel} />
        )),
      },
      {
        title: t('rolloutPlan.table.start'),
        key: 'start',
        width: 130,
        onCell: spanPhase,
        render: taskCell(({ task, scheduled }) => (
          <span style={{ whiteSpace: 'nowrap' }}>
            {date(scheduled?.start)}
            {task.startNoEarlierThan && (
              <Tooltip
                title={t('rolloutPlan.table.pinned', { date: date(task.startNoEarlierThan) })}
              >
                <Button
                  size="small"
                  type="text"
                  icon={<PushpinFilled />}
                  aria-label={t('rolloutPlan.table.pinned', {
                    date: date(task.startNoEarlierThan),
                  })}
                  onClick={() => actions.updateTask(task.id, { startNoEarlierThan: null })}
                />
              </Tooltip>
            )}
          </span>
        )),
      },
      {
        title: t('rolloutPlan.table.finish'),
        key: 'finish',
        width: 120,
        onCell: spanPhase,
        render: taskCell(({ scheduled, baselineFinish }) => (
          <Tooltip
            title={
              baselineFinish
                ? t('rolloutPlan.table.baselineFinish', { date: date(baselineFinish) })
                : undefined
            }
          >
            <span style={{ whiteSpace: 'nowrap' }}>{date(scheduled?.finish)}</span>
          </Tooltip>
        )),
      },
      {
        title: t('rolloutPlan.table.float'),
        key: 'float',
        width: 90,
        onCell: spanPhase,
        render: taskCell(({ scheduled }) =>
          !scheduled ? (
            <Tag color="warning">{t('rolloutPlan.table.notScheduled')}</Tag>
          ) : scheduled.isCritical ? (
            <Tag color="error">{t('rolloutPlan.table.critical')}</Tag>
          ) : (
            scheduled.totalFloat
          ),
        ),
      },
      {
        title: t('rolloutPlan.table.complete'),
        key: 'complete',
        width: 84,
        onCell: spanPhase,
        render: taskCell(({ task, number }) => (
          <InputNumber
            size="small"
            aria-label={t('rolloutPlan.table.completeLabel', { number })}
            min={0}
            max={100}
            value={task.percentComplete}
            style={{ width: 66 }}
            onChange={(value) =>
              value !== null &&
              actions.updateTask(
                task.id,
                { percentComplete: value },
                { key: `task.${task.id}.complete` },
              )
            }
          />
        )),
      },
      {
        title: t('rolloutPlan.table.raci'),
        key: 'raci',
        width: 180,
        onCell: spanPhase,
        render: taskCell(({ raciLabel }) => (
          <Typography.Text ellipsis={{ tooltip: raciLabel }} style={{ maxWidth: 164 }}>
            {raciLabel}
          </Typography.Text>
        )),
      },
      {
        title: '',
        key: 'actions',
        width: 48,
        onCell: spanPhase,
        render: taskCell(({ task }) => (
          <Popconfirm
            title={t('rolloutPlan.table.removeConfirm')}
            onConfirm={() => actions.removeTask(task.id)}
          >
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('rolloutPlan.table.remove')}
            />
          </Popconfirm>
        )),
      },
    ];
  }, [t, language, store]);
}

function PhaseHeading({ group, language }: { group: PhaseGroup; language: Language }) {
  const { t } = useTranslation();
  const addTask = useAppStore((s) => s.addTask);
  const dates =
    group.start && group.finish
      ? `${formatShortDate(group.start, language)} – ${formatShortDate(group.finish, language)}`
      : '';
  return (
    <span style={{ display: 'inline-flex', gap: 12, alignItems: 'center' }}>
      <Typography.Text strong>{group.name || t('rolloutPlan.gantt.noPhase')}</Typography.Text>
      <Typography.Text type="secondary">{dates}</Typography.Text>
      <Button
        size="small"
        type="link"
        icon={<PlusOutlined />}
        onClick={() => addTask(group.phaseId, t('rolloutPlan.toolbar.newTask'))}
      >
        {t('rolloutPlan.table.addInPhase')}
      </Button>
    </span>
  );
}
