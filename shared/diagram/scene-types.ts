/**
 * A drawing as a list of vector primitives in one coordinate space (points = CSS px at 1×).
 * One scene, several writers: SVG for the diagram export (shared/diagram/), jsPDF for the
 * report (shared/report/), so the picture is the same everywhere. Colours are CSS hex strings.
 */
export type Point = { x: number; y: number };

export type SceneRect = {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  radius?: number;
  fill?: string;
  stroke?: string;
  strokeWidth?: number;
  dash?: number[];
};

/** An open polyline (orthogonal or straight routes), with optional arrowheads. */
export type ScenePath = {
  type: 'path';
  points: Point[];
  stroke: string;
  strokeWidth: number;
  dash?: number[];
  arrowStart?: boolean;
  arrowEnd?: boolean;
};

/** One line of text; `lang` picks the font (Simplified Chinese glyphs for zh-CN). */
export type SceneText = {
  type: 'text';
  x: number;
  y: number;
  text: string;
  fontSize: number;
  fill: string;
  anchor: 'start' | 'middle' | 'end';
  /** The y coordinate is the text's vertical middle (default) or its baseline. */
  baseline?: 'middle' | 'alphabetic';
  fontWeight?: 'normal' | 'bold';
  lang?: 'zh-CN' | 'en';
};

export type ScenePrimitive = SceneRect | ScenePath | SceneText;

export type Scene = {
  width: number;
  height: number;
  /** `undefined`: transparent. */
  background?: string;
  items: ScenePrimitive[];
};
