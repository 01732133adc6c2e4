import { exportedDocument } from '../text/document-text.ts';
import { systemKindLabels } from '../flows/system-kinds.ts';
import { localized } from '../i18n/localized.ts';
import type { Language, ProjectDocument } from '../model/schema.ts';
import {
  LABEL_FONT_SIZE,
  LABEL_PADDING_X,
  LABEL_ROW_HEIGHT,
  LANE_HEADER_HEIGHT,
  LANE_TITLE_FONT_SIZE,
  NOTE_FONT_SIZE,
  SYSTEM_CAPTION_FONT_SIZE,
  SYSTEM_NAME_FONT_SIZE,
  SYSTEM_NAME_LINE_HEIGHT,
  SYSTEM_PADDING_X,
} from './dimensions.ts';
import { diagramGeometry } from './diagram-geometry.ts';
import type { DiagramGeometry, EdgeLabel } from './geometry-types.ts';
import { lightPalette, type DiagramPalette } from './palette.ts';
import type { Scene, ScenePrimitive } from './scene-types.ts';
import { shortenToWidth, textWidth, wrapText } from './text-metrics.ts';

/** Lane titles, as the canvas shows them. */
export const laneTitles = {
  upstream: localized('Upstream (suppliers)', '上游（供应商）'),
  internal: localized('Plant', '工厂内部'),
  downstream: localized('Downstream (customers)', '下游（客户）'),
} as const;

/** White space around the drawing in an export, px. */
const MARGIN = 16;

/** What a diagram scene shows and how. */
export type DiagramSceneOptions = {
  /** Language of lane titles, kinds and data objects; the project's by default. */
  language?: Language;
  /** `transparent` leaves the background out (PNG/SVG over a slide). Default white. */
  background?: 'white' | 'transparent';
};

/** "+2 more" under an edge label's chips. */
const moreText = (count: number, language: Language) =>
  language === 'zh-CN' ? `另 ${count} 项` : `+${count} more`;

/** Chips of an edge label, one per data object, centred in the label's box. */
export function labelChips(
  label: EdgeLabel,
  language: Language,
  palette: DiagramPalette,
): ScenePrimitive[] {
  const texts = [...label.rows.map((r) => r.text)];
  if (label.moreCount > 0) texts.push(moreText(label.moreCount, language));
  return texts.flatMap((text, i): ScenePrimitive[] => {
    const width = Math.min(label.width, textWidth(text, LABEL_FONT_SIZE) + 2 * LABEL_PADDING_X);
    const top = label.y + 1 + i * LABEL_ROW_HEIGHT;
    const cx = label.x + label.width / 2;
    const isMore = label.moreCount > 0 && i === texts.length - 1;
    return [
      {
        type: 'rect',
        x: cx - width / 2,
        y: top,
        width,
        height: LABEL_ROW_HEIGHT - 2,
        radius: 4,
        fill: palette.chipFill,
        stroke: palette.chipStroke,
        strokeWidth: 1,
        dash: isMore ? [3, 2] : undefined,
      },
      {
        type: 'text',
        x: cx,
        y: top + (LABEL_ROW_HEIGHT - 2) / 2,
        text,
        fontSize: LABEL_FONT_SIZE,
        fill: palette.chipText,
        anchor: 'middle',
        lang: language,
      },
    ];
  });
}

/**
 * The primitives of a laid-out diagram, in drawing order: lanes, edges, systems, labels, notes.
 * No UI state (selection, finding badges): this is the picture for paper and slides.
 */
export function geometryToPrimitives(
  doc: ProjectDocument,
  geometry: DiagramGeometry,
  language: Language,
  palette: DiagramPalette,
): ScenePrimitive[] {
  const items: ScenePrimitive[] = [];
  for (const lane of geometry.lanes) {
    items.push(
      {
        type: 'rect',
        ...lane,
        fill: palette.laneFill[lane.lane],
        stroke: palette.laneStroke,
        strokeWidth: 1,
        dash: lane.isEmpty ? [6, 4] : undefined,
      },
      {
        type: 'text',
        x: lane.x + lane.width / 2,
        y: lane.y + LANE_HEADER_HEIGHT / 2 + 4,
        text: shortenToWidth(
          laneTitles[lane.lane][language],
          lane.width - 16,
          LANE_TITLE_FONT_SIZE,
          true,
        ),
        fontSize: LANE_TITLE_FONT_SIZE,
        fontWeight: 'bold',
        fill: palette.laneAccent[lane.lane],
        anchor: 'middle',
        lang: language,
      },
    );
  }
  for (const edge of geometry.edges) {
    const flows = doc.flows.flows.filter((f) => edge.flowIds.includes(f.id));
    const isUnreasoned = edge.isTwoWay && flows.some((f) => f.reason.trim() === '');
    items.push({
      type: 'path',
      points: edge.points,
      stroke: isUnreasoned ? palette.edgeWarning : palette.edge,
      strokeWidth: edge.isCore ? 2 : 1.25,
      dash: edge.isCore ? undefined : [6, 4],
      arrowEnd: true,
      arrowStart: edge.isTwoWay,
    });
  }
  const systems = new Map(doc.flows.systems.map((s) => [s.id, s]));
  for (const box of geometry.systems) {
    const system = systems.get(box.id)!;
    const kind = systemKindLabels[system.kind][language];
    // The caption and name start after the lane bar; the right margin can be narrower.
    const innerWidth = box.width - SYSTEM_PADDING_X - 8;
    const caption = [kind, system.product].filter(Boolean).join(' · ');
    const nameLines = wrapText(system.name || kind, innerWidth, SYSTEM_NAME_FONT_SIZE, 2, true);
    const nameTop = box.y + 30 + ((2 - nameLines.length) * SYSTEM_NAME_LINE_HEIGHT) / 2;
    items.push(
      {
        type: 'rect',
        ...box,
        radius: 8,
        fill: palette.nodeFill,
        stroke: palette.nodeStroke,
        strokeWidth: 1.5,
      },
      {
        type: 'rect',
        x: box.x,
        y: box.y + 8,
        width: 5,
        height: box.height - 16,
        radius: 2,
        fill: palette.laneAccent[system.lane],
      },
      {
        type: 'text',
        x: box.x + SYSTEM_PADDING_X,
        y: box.y + 17,
        text: shortenToWidth(caption, innerWidth, SYSTEM_CAPTION_FONT_SIZE),
        fontSize: SYSTEM_CAPTION_FONT_SIZE,
        fill: palette.caption,
        anchor: 'start',
        lang: language,
      },
      ...nameLines.map((line, i): ScenePrimitive => ({
        type: 'text',
        x: box.x + SYSTEM_PADDING_X,
        y: nameTop + (i + 0.5) * SYSTEM_NAME_LINE_HEIGHT,
        text: line,
        fontSize: SYSTEM_NAME_FONT_SIZE,
        fontWeight: 'bold',
        fill: palette.name,
        anchor: 'start',
        lang: language,
      })),
    );
  }
  for (const edge of geometry.edges) {
    if (edge.label && !edge.label.isHidden)
      items.push(...labelChips(edge.label, language, palette));
  }
  for (const note of geometry.notes) {
    items.push({
      type: 'rect',
      ...note,
      radius: 4,
      fill: palette.noteFill,
      stroke: palette.noteStroke,
      strokeWidth: 1,
    });
    wrapText(note.text, note.width - 16, NOTE_FONT_SIZE).forEach((line, i) =>
      items.push({
        type: 'text',
        x: note.x + 8,
        y: note.y + 8 + (i + 0.5) * NOTE_FONT_SIZE * 1.5,
        text: line,
        fontSize: NOTE_FONT_SIZE,
        fill: palette.noteText,
        anchor: 'start',
        lang: language,
      }),
    );
  }
  return items;
}

/** Moves every primitive by (dx, dy). */
function translate(items: ScenePrimitive[], dx: number, dy: number): ScenePrimitive[] {
  return items.map((item) =>
    item.type === 'path'
      ? { ...item, points: item.points.map((p) => ({ x: p.x + dx, y: p.y + dy })) }
      : { ...item, x: item.x + dx, y: item.y + dy },
  );
}

/**
 * The project's data-flow diagram as a scene, in the light palette, sized to its content: lanes,
 * systems, routed edges and their labels, notes — what the SVG/PNG exports and the PDF report
 * draw. Async because the routes come from ELK.
 */
export async function diagramScene(
  input: ProjectDocument,
  options: DiagramSceneOptions = {},
): Promise<Scene> {
  // Drawn from the document as exported (shared/text/document-text.ts): SVG, PNG and PDF alike.
  const doc = exportedDocument(input);
  const language = options.language ?? doc.meta.language;
  const geometry = await diagramGeometry(doc.flows, language);
  const { bounds } = geometry;
  const items = geometryToPrimitives(doc, geometry, language, lightPalette);
  return {
    width: Math.ceil(bounds.width + 2 * MARGIN),
    height: Math.ceil(bounds.height + 2 * MARGIN),
    background: options.background === 'transparent' ? undefined : lightPalette.background,
    items: translate(items, MARGIN - bounds.x, MARGIN - bounds.y),
  };
}
