import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Badge, Typography, theme } from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { SYSTEM_NODE_SIZE } from '../../../shared/flows/auto-layout.ts';
import type { SystemNode as SystemNodeType } from './diagram-view.ts';

const laneColors = { upstream: '#7c5cff', internal: '#0e7c66', downstream: '#d46b08' } as const;

/** A system on the canvas: kind, name, product and owner; a badge when it has findings. */
export const SystemNode = memo(function SystemNode({ data, selected }: NodeProps<SystemNodeType>) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { system, kindLabel, findingCount } = data;
  return (
    <Badge count={findingCount} size="small" offset={[-6, 6]}>
      <div
        data-testid={`system-${system.id}`}
        style={{
          width: SYSTEM_NODE_SIZE.width,
          minHeight: SYSTEM_NODE_SIZE.height,
          padding: '8px 12px',
          borderRadius: 8,
          background: token.colorBgContainer,
          border: `2px solid ${selected ? token.colorPrimary : token.colorBorder}`,
          borderLeft: `6px solid ${laneColors[system.lane]}`,
          boxShadow: selected ? token.boxShadow : undefined,
        }}
      >
        <Handle type="target" position={Position.Left} />
        <Typography.Text type="secondary" style={{ fontSize: 11 }}>
          {kindLabel} · {t(`flows.lane.${system.lane}`)}
        </Typography.Text>
        <div
          style={{
            fontWeight: 600,
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            whiteSpace: 'nowrap',
          }}
        >
          {system.name || kindLabel}
        </div>
        {(system.product || system.owner) && (
          <Typography.Text type="secondary" style={{ fontSize: 11 }} ellipsis>
            {[system.product, system.owner ? t(`department.${system.owner}`) : '']
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        )}
        <Handle type="source" position={Position.Right} />
      </div>
    </Badge>
  );
});
