import { Table, type TableRef } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectPlanGroups } from '../../store/rollout-selectors.ts';
import { useTaskColumns, type TaskTableLine as Line } from './useTaskColumns.tsx';

/**
 * The task table, grouped by phase and edited in place: name, kind, duration, predecessors and
 * % complete; start, finish and float come from the schedule. Typing is one undo step a word.
 * Virtual: only the rows in view are mounted, so a 5,000-task plan opens in a second or two
 * instead of a minute and a half (every row holds an input, a select and two number inputs).
 */
export function TaskTable() {
  const groups = useAppStore(selectPlanGroups);
  const selectedTaskId = useAppStore((s) => s.selectedTaskId);
  const store = useAppStoreApi();
  const table = useRef<TableRef>(null);

  const lines = useMemo(
    () =>
      groups.flatMap((group): Line[] => [
        { kind: 'phase', key: `phase:${group.key}`, group },
        ...group.rows.map((row): Line => ({ kind: 'task', key: row.key, row })),
      ]),
    [groups],
  );

  useEffect(() => {
    // A task picked in the Gantt may be far outside the mounted rows: scroll the table to it.
    if (selectedTaskId) table.current?.scrollTo({ key: selectedTaskId });
  }, [selectedTaskId]);

  const columns = useTaskColumns();

  return (
    <Table<Line>
      ref={table}
      data-testid="task-table"
      virtual
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
