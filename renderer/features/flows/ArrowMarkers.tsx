import { useContext } from 'react';
import { arrowMarkerId, DiagramPaletteContext, type ArrowTone } from './diagram-context.ts';

/**
 * The arrow heads every edge points at, defined once for the canvas (three colours), instead of
 * one <marker> per edge: 2,000 edges meant 2,000 marker definitions to lay out.
 */
export function ArrowMarkers() {
  const palette = useContext(DiagramPaletteContext);
  const colors: Record<ArrowTone, string> = {
    normal: palette.edge,
    warning: palette.edgeWarning,
    selected: palette.edgeSelected,
  };
  return (
    <svg aria-hidden style={{ position: 'absolute', width: 0, height: 0 }}>
      <defs>
        {(Object.keys(colors) as ArrowTone[]).map((tone) => (
          <marker
            key={tone}
            id={arrowMarkerId(tone)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={colors[tone]} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
