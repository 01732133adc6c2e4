import type { Scene, ScenePrimitive } from '../diagram/scene-types.ts';
import { systemLabel, interfaceReference } from '../flows/flow-labels.ts';
import { laneLabels } from '../flows/spec-labels.ts';
import type { Language, ProjectDocument, TraceSystem } from '../model/schema.ts';

/**
 * SEAM: a simple picture of the data-flow diagram — lane bands, system boxes at their saved
 * positions, straight arrows labelled with the interface reference — until `diagramScene`
 * (shared/diagram/, diagram branch) replaces it with routed edges and placed labels.
 */

const BOX = { width: 170, height: 56 };
const PAD = 40;
const laneOrder: TraceSystem['lane'][] = ['upstream', 'internal', 'downstream'];
const laneFill = { upstream: '#eef5fb', internal: '#f3f7f5', downstream: '#fbf3ea' } as const;

/** Where a segment from the box centre towards `toward` leaves the box. */
function borderPoint(c: { x: number; y: number }, toward: { x: number; y: number }) {
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const sx = dx === 0 ? Infinity : BOX.width / 2 / Math.abs(dx);
  const sy = dy === 0 ? Infinity : BOX.height / 2 / Math.abs(dy);
  const s = Math.min(sx, sy);
  return { x: c.x + dx * s, y: c.y + dy * s };
}

/** The data-flow diagram of the document as a Scene, in the report's language. */
export function flowDiagramScene(doc: ProjectDocument, language: Language): Scene {
  const systems = doc.flows.systems;
  if (systems.length === 0) return { width: 1, height: 1, items: [] };
  const xs = systems.map((s) => s.position.x);
  const ys = systems.map((s) => s.position.y);
  const minX = Math.min(...xs) - PAD;
  const minY = Math.min(...ys) - PAD - 24;
  const width = Math.max(...xs) + BOX.width + PAD - minX;
  const height = Math.max(...ys) + BOX.height + PAD - minY;
  const at = (s: TraceSystem) => ({ x: s.position.x - minX, y: s.position.y - minY });
  const items: ScenePrimitive[] = [];
  for (const lane of laneOrder) {
    const members = systems.filter((s) => s.lane === lane);
    if (members.length === 0) continue;
    const left = Math.min(...members.map((s) => at(s).x)) - PAD / 2;
    const right = Math.max(...members.map((s) => at(s).x)) + BOX.width + PAD / 2;
    items.push(
      {
        type: 'rect',
        x: left,
        y: 4,
        width: right - left,
        height: height - 8,
        radius: 8,
        fill: laneFill[lane],
      },
      {
        type: 'text',
        x: (left + right) / 2,
        y: 20,
        text: laneLabels[lane][language],
        fontSize: 14,
        fill: '#6c757d',
        anchor: 'middle',
        fontWeight: 'bold',
        lang: language,
      },
    );
  }
  const centre = new Map(
    systems.map((s) => [s.id, { x: at(s).x + BOX.width / 2, y: at(s).y + BOX.height / 2 }]),
  );
  doc.flows.flows.forEach((flow, i) => {
    const a = centre.get(flow.sourceId);
    const b = centre.get(flow.targetId);
    if (!a || !b) return;
    const from = borderPoint(a, b);
    const to = borderPoint(b, a);
    items.push({
      type: 'path',
      points: [from, to],
      stroke: flow.isCore ? '#0e7c66' : '#6c757d',
      strokeWidth: flow.isCore ? 2 : 1.3,
      arrowEnd: true,
      arrowStart: flow.direction === 'two-way',
    });
    const mid = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    items.push(
      {
        type: 'rect',
        x: mid.x - 16,
        y: mid.y - 8,
        width: 32,
        height: 16,
        radius: 3,
        fill: '#ffffff',
        stroke: '#ced4da',
        strokeWidth: 0.8,
      },
      {
        type: 'text',
        x: mid.x,
        y: mid.y,
        text: interfaceReference(i),
        fontSize: 10,
        fill: '#212529',
        anchor: 'middle',
      },
    );
  });
  for (const system of systems) {
    const p = at(system);
    items.push(
      {
        type: 'rect',
        x: p.x,
        y: p.y,
        width: BOX.width,
        height: BOX.height,
        radius: 6,
        fill: system.isOutOfScope ? '#f1f3f5' : '#ffffff',
        stroke: '#0e7c66',
        strokeWidth: 1.4,
        dash: system.isOutOfScope ? [4, 3] : undefined,
      },
      {
        type: 'text',
        x: p.x + BOX.width / 2,
        y: p.y + BOX.height / 2 - (system.product ? 8 : 0),
        text: systemLabel(system)[language],
        fontSize: 13,
        fill: '#212529',
        anchor: 'middle',
        fontWeight: 'bold',
        lang: language,
      },
    );
    if (system.product) {
      items.push({
        type: 'text',
        x: p.x + BOX.width / 2,
        y: p.y + BOX.height / 2 + 11,
        text: system.product,
        fontSize: 10,
        fill: '#6c757d',
        anchor: 'middle',
        lang: language,
      });
    }
  }
  return { width, height, background: '#ffffff', items };
}
