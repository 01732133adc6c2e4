import { Handle, Position, type NodeProps } from '@xyflow/react';
import { Badge } from 'antd';
import { memo, useContext, type CSSProperties } from 'react';
import {
  SYSTEM_CAPTION_FONT_SIZE,
  SYSTEM_NAME_FONT_SIZE,
  SYSTEM_NAME_LINE_HEIGHT,
  SYSTEM_NODE_SIZE,
  SYSTEM_PADDING_X,
} from '../../../shared/diagram/dimensions.ts';
import { DiagramPaletteContext } from './diagram-context.ts';
import type { SystemNode as SystemNodeType } from './diagram-view.ts';

/** One line, cut with an ellipsis (the full text is the box's tooltip). */
const ellipsisStyle: CSSProperties = {
  overflow: 'hidden',
  whiteSpace: 'nowrap',
  textOverflow: 'ellipsis',
};
/** Up to two lines of name, then an ellipsis. */
const nameStyle: CSSProperties = {
  fontWeight: 700,
  fontSize: SYSTEM_NAME_FONT_SIZE,
  lineHeight: `${SYSTEM_NAME_LINE_HEIGHT}px`,
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  wordBreak: 'break-word',
};

/**
 * A system on the canvas, exactly {@link SYSTEM_NODE_SIZE} (the routes in shared/diagram meet
 * its border): a caption with kind and product, the name in large type (legible when the whole
 * diagram is fitted to the window), a bar in its lane's colour; a badge when it has findings.
 * Plain elements and the diagram palette, no antd typography: a 1,000-system diagram renders
 * a thousand of these (bench/diagram-bench.ts).
 */
export const SystemNode = memo(function SystemNode({ data, selected }: NodeProps<SystemNodeType>) {
  const palette = useContext(DiagramPaletteContext);
  const { system, kindLabel, laneLabel, ownerLabel, findingCount } = data;
  const caption = [kindLabel, system.product].filter(Boolean).join(' · ');
  const box = (
    <div
      data-testid={`system-${system.id}`}
      title={[system.name, caption, laneLabel, ownerLabel].filter(Boolean).join('\n')}
      style={{
        width: SYSTEM_NODE_SIZE.width,
        height: SYSTEM_NODE_SIZE.height,
        boxSizing: 'border-box',
        padding: `6px ${SYSTEM_PADDING_X - 2}px 6px ${SYSTEM_PADDING_X}px`,
        borderRadius: 8,
        background: palette.nodeFill,
        color: palette.name,
        border: `${selected ? 2 : 1.5}px solid ${selected ? palette.edgeSelected : palette.nodeStroke}`,
        boxShadow: `inset 5px 0 0 ${palette.laneAccent[system.lane]}`,
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'flex-start',
        gap: 2,
      }}
    >
      <Handle type="target" position={Position.Left} />
      <div
        style={{
          ...ellipsisStyle,
          color: palette.caption,
          fontSize: SYSTEM_CAPTION_FONT_SIZE,
          lineHeight: '16px',
        }}
      >
        {caption}
      </div>
      <div style={{ flex: 1, display: 'flex', alignItems: 'center', minHeight: 0 }}>
        <div className="diagram-system-name" style={nameStyle}>
          {system.name || kindLabel}
        </div>
      </div>
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
