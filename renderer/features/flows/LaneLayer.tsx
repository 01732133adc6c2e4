import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_HEADER_HEIGHT, LANE_TITLE_FONT_SIZE } from '../../../shared/diagram/dimensions.ts';
import type { LaneBand } from '../../../shared/diagram/geometry-types.ts';
import { DiagramPaletteContext } from './diagram-context.ts';

const selectTransform = (s: ReactFlowState) => s.transform;

/**
 * The swim lanes — suppliers, plant, customers — as labelled bands behind edges and systems:
 * a layer under React Flow's renderer that follows its viewport (pan and zoom only: dragging a
 * system does not re-render it).
 */
export const LaneLayer = memo(function LaneLayer({ lanes }: { lanes: readonly LaneBand[] }) {
  const { t } = useTranslation();
  const palette = useContext(DiagramPaletteContext);
  const [x, y, zoom] = useStore(selectTransform);
  return (
    <div
      aria-hidden
      style={{
        position: 'absolute',
        inset: 0,
        overflow: 'hidden',
        pointerEvents: 'none',
        zIndex: 1,
      }}
    >
      <div
        style={{ transform: `translate(${x}px, ${y}px) scale(${zoom})`, transformOrigin: '0 0' }}
      >
        {lanes.map((lane) => (
          <div
            key={lane.lane}
            data-testid={`lane-${lane.lane}`}
            style={{
              position: 'absolute',
              left: lane.x,
              top: lane.y,
              width: lane.width,
              height: lane.height,
              background: palette.laneFill[lane.lane],
              border: `1px ${lane.isEmpty ? 'dashed' : 'solid'} ${palette.laneStroke}`,
              boxSizing: 'border-box',
            }}
          >
            <div
              style={{
                height: LANE_HEADER_HEIGHT,
                lineHeight: `${LANE_HEADER_HEIGHT}px`,
                textAlign: 'center',
                fontSize: LANE_TITLE_FONT_SIZE,
                fontWeight: 600,
                color: palette.laneAccent[lane.lane],
                whiteSpace: 'nowrap',
                overflow: 'hidden',
                textOverflow: 'ellipsis',
                padding: '0 8px',
              }}
            >
              {t(`diagram.lane.${lane.lane}`)}
            </div>
          </div>
        ))}
      </div>
    </div>
  );
});
