import { theme } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { ROW_HEIGHT, type GanttRow } from './gantt-layout.ts';

type Props = { rows: GanttRow[]; height: number; width: number };

/** The pinned name column of the Gantt: phase headings and task names of the rows in view. */
export const GanttNames = memo(function GanttNames({ rows, height, width }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const store = useAppStoreApi();
  const phases = useAppStore((s) => s.doc?.rollout.phases);
  const selectedTaskId = useAppStore((s) => s.selectedTaskId);
  return (
    <div
      style={{
        position: 'sticky',
        left: 0,
        zIndex: 2,
        width,
        height,
        flex: 'none',
        background: token.colorBgContainer,
        borderRight: `1px solid ${token.colorBorderSecondary}`,
      }}
    >
      {rows.map((row) => {
        const isPhase = row.kind === 'phase';
        const label = isPhase
          ? (phases?.find((p) => p.id === row.phaseId)?.name ?? t('rolloutPlan.gantt.noPhase'))
          : row.name;
        const isSelected = !isPhase && row.taskId === selectedTaskId;
        return (
          <div
            key={row.key}
            onClick={isPhase ? undefined : () => store.getState().selectTask(row.taskId)}
            style={{
              position: 'absolute',
              top: row.index * ROW_HEIGHT,
              left: 0,
              right: 0,
              height: ROW_HEIGHT,
              lineHeight: `${ROW_HEIGHT}px`,
              paddingInline: isPhase ? 8 : 20,
              cursor: isPhase ? 'default' : 'pointer',
              background: isSelected ? token.colorPrimaryBg : undefined,
            }}
          >
            {/* A plain span with CSS ellipsis: Typography's measuring ellipsis costs a layout
                per row on every scroll frame. */}
            <span
              title={label}
              style={{
                display: 'block',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                whiteSpace: 'nowrap',
                fontWeight: isPhase ? 600 : undefined,
                fontSize: isPhase ? 13 : 12.5,
                color: !isPhase && row.isCritical ? token.colorError : token.colorText,
              }}
            >
              {label}
            </span>
          </div>
        );
      })}
    </div>
  );
});
