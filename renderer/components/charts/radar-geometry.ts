import { wrapLabel } from '../../../shared/text/wrap-label.ts';

/** Type metrics of the radar's axis labels, in px. */
export const RADAR_LABEL = {
  fontSize: 12,
  lineHeight: 15,
  /** Average width of one display column at 12 px (CJK characters count two). */
  columnPx: 6.6,
  /** Above the baseline / below it at 12 px: Noto Sans CJK's ascent is 1.16 em (14 px). */
  ascent: 14,
  descent: 4,
  /** Recharts draws each label this far beyond its axis end (the angle axis' tick size). */
  tickOffset: 8,
  /** Gap between a label's anchor and its text above or below it. */
  gapAbove: 4,
  gapBelow: 10,
} as const;

const MAX_LABEL_COLUMNS = 22;
const MIN_LABEL_COLUMNS = 9;
const MIN_RADIUS = 40;
/** Axis ends closer than this to the centre line count as beside it, not above or below. */
const SIDE_BAND = 8;

/** Where a label sits relative to its axis end, and the lines it is drawn in. */
export type RadarLabelPlacement = 'above' | 'below' | 'side';

export type RadarLayout = {
  cx: number;
  cy: number;
  radius: number;
  /** Display columns a label may take per line. */
  labelColumns: number;
  /** Each axis label broken into lines, in axis order. */
  labelLines: string[][];
};

/** Recharts' angle of axis i of n: the first points up, the rest follow clockwise. */
const axisSine = (i: number, n: number) => Math.sin(Math.PI / 2 - (2 * Math.PI * i) / n);

/** Which way a label grows from its axis end at vertical offset `dy` above the centre. */
export function labelPlacement(dy: number): RadarLabelPlacement {
  return dy > SIDE_BAND ? 'above' : dy < -SIDE_BAND ? 'below' : 'side';
}

/** The first line's baseline of a label of `lineCount` lines at an axis end at height `y`. */
export function labelTop(y: number, placement: RadarLabelPlacement, lineCount: number): number {
  const block = (lineCount - 1) * RADAR_LABEL.lineHeight;
  if (placement === 'above') return y - block - RADAR_LABEL.gapAbove;
  if (placement === 'below') return y + RADAR_LABEL.gapBelow;
  return y - block / 2 + RADAR_LABEL.gapAbove;
}

/**
 * Fits a radar with its wrapped axis labels into `width` × `plotHeight` (the chart's height less
 * its legend): the largest radius at which every label stays inside, left to right and top to
 * bottom, with the picture centred between the top label's first line and the bottom labels'
 * last. Labels wrap to at most three lines of a width that follows the chart's.
 */
export function fitRadar(
  width: number,
  plotHeight: number,
  labels: readonly string[],
): RadarLayout {
  const labelColumns = Math.max(
    MIN_LABEL_COLUMNS,
    Math.min(MAX_LABEL_COLUMNS, Math.floor((width * 0.22) / RADAR_LABEL.columnPx)),
  );
  const labelLines = labels.map((label) => wrapLabel(label, labelColumns));
  const n = labels.length;
  const labelPx = labelColumns * RADAR_LABEL.columnPx + 12;
  // How far the picture reaches above and below the centre at radius r.
  const reach = (r: number) => {
    let up = r;
    let down = r;
    labelLines.forEach((lines, i) => {
      const dy = (r + RADAR_LABEL.tickOffset) * axisSine(i, n);
      const top = labelTop(-dy, labelPlacement(dy), lines.length);
      up = Math.max(up, -(top - RADAR_LABEL.ascent));
      down = Math.max(
        down,
        top + (lines.length - 1) * RADAR_LABEL.lineHeight + RADAR_LABEL.descent,
      );
    });
    return { up, down };
  };
  let radius = Math.max(MIN_RADIUS, Math.floor(Math.min(width / 2 - labelPx, plotHeight / 2)));
  while (radius > MIN_RADIUS) {
    const { up, down } = reach(radius);
    if (up + down <= plotHeight) break;
    radius--;
  }
  const { up, down } = reach(radius);
  return {
    cx: width / 2,
    cy: up + Math.max(0, (plotHeight - up - down) / 2),
    radius,
    labelColumns,
    labelLines,
  };
}
