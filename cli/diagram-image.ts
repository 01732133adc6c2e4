import { Resvg } from '@resvg/resvg-js';
import { diagramScene } from '../shared/diagram/diagram-scene.ts';
import { sceneToSvg } from '../shared/diagram/scene-svg.ts';
import { localized, type Localized } from '../shared/i18n/localized.ts';
import type { ProjectDocument } from '../shared/model/schema.ts';

/** The picture formats of `traceready spec`, beside the specification formats. */
export const diagramImageFormats = ['svg', 'png'] as const;
export type DiagramImageFormat = (typeof diagramImageFormats)[number];

export const isDiagramImageFormat = (value: string): value is DiagramImageFormat =>
  (diagramImageFormats as readonly string[]).includes(value);

/** PNGs are drawn at twice the diagram's CSS size, for print and high-density screens. */
const PNG_SCALE = 2;

/**
 * The diagram as SVG (the same text the app exports), in the project's language, or as PNG rasterised from that SVG by
 * resvg with the system's fonts (Noto Sans CJK from fonts-noto-cjk renders the Chinese).
 */
export async function renderDiagramImage(
  doc: ProjectDocument,
  format: DiagramImageFormat,
): Promise<{ content: string | Uint8Array; summary: Localized }> {
  const scene = await diagramScene(doc, { language: doc.meta.language });
  const svg = sceneToSvg(scene, doc.meta.title);
  const size = `${scene.width}×${scene.height}`;
  if (format === 'svg') {
    return {
      content: svg,
      summary: localized(`SVG diagram, ${size} px`, `SVG 数据流图，${size} 像素`),
    };
  }
  const png = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
  })
    .render()
    .asPng();
  const pixels = `${scene.width * PNG_SCALE}×${scene.height * PNG_SCALE}`;
  return {
    content: new Uint8Array(png),
    summary: localized(`PNG diagram, ${pixels} px`, `PNG 数据流图，${pixels} 像素`),
  };
}
