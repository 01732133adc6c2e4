import { exportText, fileSafeText } from '../text/file-safe-text.ts';
import type { Point, Scene, ScenePath, ScenePrimitive, SceneText } from './scene-types.ts';

/**
 * A scene as a standalone SVG 1.1 document: text as <text> (not outlines, not HTML in
 * <foreignObject>), fonts named with CJK fallbacks so Chinese renders in Inkscape, librsvg,
 * resvg, browsers and office suites; arrowheads as polygons rather than <marker>s, which some
 * office importers drop.
 */

/** Fonts named on every text, CJK first: Noto (Linux), PingFang (macOS), YaHei (Windows). */
export const DIAGRAM_FONT_FAMILY =
  "'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";

/**
 * Fonts for English text: Latin faces first, because CJK faces draw quotes and apostrophes
 * full-width ("supplier’ s"); CJK faces after them for any Chinese in an English diagram.
 */
export const DIAGRAM_LATIN_FONT_FAMILY =
  "'Helvetica Neue', Arial, 'Liberation Sans', 'Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/** Length and half-width of an arrowhead, in multiples of the stroke width (min 8 × 4 px). */
const ARROW = { length: 5, halfWidth: 2.4, minLength: 8, minHalfWidth: 4 } as const;

/**
 * `&`, `<`, `>`, quotes escaped for XML text and attribute values, and the characters XML 1.0
 * forbids left out (`fileSafeText`, shared/text/file-safe-text.ts), so the SVG is well-formed
 * whatever text reaches it.
 */
export function escapeXml(text: string): string {
  return fileSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const n = (value: number) => String(Math.round(value * 10) / 10);

/** The arrowhead at `tip` coming from `from`, and where the line should stop under it. */
export function arrowhead(from: Point, tip: Point, strokeWidth: number) {
  const length = Math.max(ARROW.minLength, ARROW.length * strokeWidth);
  const half = Math.max(ARROW.minHalfWidth, ARROW.halfWidth * strokeWidth);
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const base = { x: tip.x - ux * length, y: tip.y - uy * length };
  const corners: Point[] = [
    tip,
    { x: base.x - uy * half, y: base.y + ux * half },
    { x: base.x + uy * half, y: base.y - ux * half },
  ];
  // The line stops inside the head so its butt end does not show past the tip.
  return { corners, lineEnd: { x: tip.x - ux * length * 0.6, y: tip.y - uy * length * 0.6 } };
}

function pathSvg(path: ScenePath): string {
  const points = [...path.points];
  if (points.length < 2) return '';
  const heads: Point[][] = [];
  if (path.arrowEnd) {
    const head = arrowhead(points.at(-2)!, points.at(-1)!, path.strokeWidth);
    heads.push(head.corners);
    points[points.length - 1] = head.lineEnd;
  }
  if (path.arrowStart) {
    const head = arrowhead(points[1]!, points[0]!, path.strokeWidth);
    heads.push(head.corners);
    points[0] = head.lineEnd;
  }
  const dash = path.dash ? ` stroke-dasharray="${path.dash.map(n).join(' ')}"` : '';
  const line = `<polyline points="${points.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="none" stroke="${path.stroke}" stroke-width="${n(path.strokeWidth)}" stroke-linejoin="round"${dash}/>`;
  const polygons = heads.map(
    (corners) =>
      `<polygon points="${corners.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" fill="${path.stroke}"/>`,
  );
  return [line, ...polygons].join('');
}

function textSvg(text: SceneText): string {
  // Baselines computed rather than `dominant-baseline`, which librsvg and office apps ignore:
  // the middle of CJK and Latin capitals sits about 0.35 em above the baseline.
  const y = text.baseline === 'alphabetic' ? text.y : text.y + text.fontSize * 0.35;
  const weight = text.fontWeight === 'bold' ? ' font-weight="bold"' : '';
  const lang = text.lang ? ` xml:lang="${text.lang}"` : '';
  const family = text.lang === 'en' ? ` font-family="${DIAGRAM_LATIN_FONT_FAMILY}"` : '';
  const anchor = text.anchor === 'start' ? '' : ` text-anchor="${text.anchor}"`;
  return `<text x="${n(text.x)}" y="${n(y)}" font-size="${n(text.fontSize)}" fill="${text.fill}"${anchor}${weight}${family}${lang}>${escapeXml(text.text)}</text>`;
}

function primitiveSvg(item: ScenePrimitive): string {
  switch (item.type) {
    case 'rect': {
      const radius = item.radius ? ` rx="${n(item.radius)}"` : '';
      const stroke = item.stroke
        ? ` stroke="${item.stroke}" stroke-width="${n(item.strokeWidth ?? 1)}"`
        : '';
      const dash = item.dash ? ` stroke-dasharray="${item.dash.map(n).join(' ')}"` : '';
      return `<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}"${radius} fill="${item.fill ?? 'none'}"${stroke}${dash}/>`;
    }
    case 'path':
      return pathSvg(item);
    case 'text':
      return textSvg(item);
  }
}

/** The scene as SVG text (UTF-8, with an XML declaration). */
export function sceneToSvg(scene: Scene, title = ''): string {
  const { width, height } = scene;
  const background = scene.background
    ? `<rect width="${n(width)}" height="${n(height)}" fill="${scene.background}"/>`
    : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${DIAGRAM_FONT_FAMILY}">`,
    title ? `<title>${escapeXml(exportText(title, 'single-line'))}</title>` : '',
    background,
    ...scene.items.map(primitiveSvg),
    '</svg>',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}
