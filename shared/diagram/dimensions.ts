/**
 * Sizes the diagram is laid out and drawn with, in CSS px at zoom 1 — the canvas's system node
 * and label chips keep to them, so the routes computed in shared/ meet the boxes drawn on screen.
 */

/**
 * A system box: a caption line (kind, product) over the name in up to two lines, large enough
 * to read when the worked example is fitted into a 1440×900 window (≥ 11 px on screen).
 */
export const SYSTEM_NODE_SIZE = { width: 168, height: 88 } as const;
export const SYSTEM_NAME_FONT_SIZE = 19;
export const SYSTEM_NAME_LINE_HEIGHT = 24;
export const SYSTEM_CAPTION_FONT_SIZE = 12;
/** Inner padding of a system box, left and right. */
export const SYSTEM_PADDING_X = 12;

/** An edge label: a stack of chips, one per data object, each {@link LABEL_ROW_HEIGHT} high. */
export const LABEL_WIDTH = 120;
export const LABEL_ROW_HEIGHT = 20;
export const LABEL_FONT_SIZE = 12;
/** Horizontal padding inside a chip. */
export const LABEL_PADDING_X = 6;

/** Lanes: padding around their systems and the height of the title strip on top. */
export const LANE_PADDING = 24;
export const LANE_HEADER_HEIGHT = 36;
export const LANE_TITLE_FONT_SIZE = 17;

/** A sticky note. */
export const NOTE_SIZE = { width: 180, minHeight: 60 } as const;
export const NOTE_FONT_SIZE = 12;

/** Where ports start and how far an edge leaves a box straight before it turns. */
export const EDGE_STUB = 16;
