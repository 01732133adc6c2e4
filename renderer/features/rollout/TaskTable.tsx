import { Table } from 'antd';
import { useEffect, useMemo } from 'react';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectPlanGroups } from '../../store/rollout-selectors.ts';
import { useTaskColumns, type TaskTableLine as Line } from './useTaskColumns.tsx';

/**
 * The task table, grouped by phase and edited in place: name, kind, duration, predecessors and
 * % complete; start, finish and float come from the schedule. Typing is one undo step a word.
 */
export function TaskTable() {
  const groups = useAppStore(selectPlanGroups);
  const selectedTaskId = useAppStore((s) => s.selectedTaskId);
  const store = useAppStoreApi();

  const lines = useMemo(
    () =>
      groups.flatMap((group): Line[] => [
        { kind: 'phase', key: `phase:${group.key}`, group },
        ...group.rows.map((row): Line => ({ kind: 'task', key: row.key, row })),
      ]),
    [groups],
  );

  useEffect(() => {
    if (!selectedTaskId) return;
    document
      .querySelector(`[data-testid="task-table"] [data-row-key="${CSS.escape(selectedTaskId)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedTaskId]);

  const columns = useTaskColumns();

  return (
    <Table<Line>
      data-testid="task-table"
      size="small"
      bordered
      pagination={false}
      columns={columns}
      dataSource={lines}
      scroll={{ x: 1368, y: 440 }}
      rowClassName={(line) =>
        line.kind === 'task' && line.row.key === selectedTaskId ? 'ant-table-row-selected' : ''
      }
      onRow={(line) => ({
        onClick: () => line.kind === 'task' && store.getState().selectTask(line.row.key),
      })}
    />
  );
}
