import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Badge, theme, type GlobalToken } from 'antd';
import { memo, type CSSProperties } from 'react';
import { SYSTEM_NODE_SIZE } from '../../../shared/flows/auto-layout.ts';
import type { SystemNode as SystemNodeType } from './diagram-view.ts';

const laneColors = { upstream: '#7c5cff', internal: '#0e7c66', downstream: '#d46b08' } as const;

/**
 * What `<Typography.Text type="secondary">` draws here (antd's typography styles), without its
 * two dozen hooks per instance: on a 1,000-system diagram they took about a quarter of the first
 * render (bench/diagram-bench.ts).
 */
const captionStyle = (token: GlobalToken): CSSProperties => ({
  color: token.colorTextDescription,
  fontSize: 11,
  lineHeight: token.lineHeight,
  wordBreak: 'break-word',
});
/** Typography's single-line CSS ellipsis (`ellipsis` with no tooltip sets no title either). */
const ellipsisStyle: CSSProperties = {
  display: 'inline-block',
  maxWidth: '100%',
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
  verticalAlign: 'bottom',
};

/** A system on the canvas: kind, name, product and owner; a badge when it has findings. */
export const SystemNode = memo(function SystemNode({ data, selected }: NodeProps<SystemNodeType>) {
  const { token } = theme.useToken();
  const { system, kindLabel, laneLabel, ownerLabel, findingCount } = data;
  const caption = captionStyle(token);
  const box = (
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
      <span style={caption}>
        {kindLabel} · {laneLabel}
      </span>
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
      {(system.product || ownerLabel) && (
        <span style={{ ...caption, ...ellipsisStyle }}>
          {[system.product, ownerLabel].filter(Boolean).join(' · ')}
        </span>
      )}
      <Handle type="source" position={Position.Right} />
    </div>
  );
  // The badge only where there is something to count: 1,000 empty badges cost ~0.3 s to render.
  return findingCount > 0 ? (
    <Badge count={findingCount} size="small" offset={[-6, 6]}>
      {box}
    </Badge>
  ) : (
    box
  );
});
