import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/flows/auto-layout.ts';
import { loadTopology, topologies } from '../../../shared/flows/topologies.ts';
import { diagramGeometry, laneAt, laneBands } from '../../../shared/diagram/diagram-geometry.ts';
import { SYSTEM_NODE_SIZE } from '../../../shared/diagram/dimensions.ts';
import { bundleFlows } from '../../../shared/diagram/edge-bundles.ts';
import {
  boxesIntersect,
  type Box,
  type DiagramGeometry,
} from '../../../shared/diagram/geometry-types.ts';
import type { Point } from '../../../shared/diagram/scene-types.ts';
import type { Language, ProjectDocument } from '../../../shared/model/schema.ts';
import { exampleDocument } from '../shared/fixtures.ts';

type Flows = ProjectDocument['flows'];
const noPhases = new Set<string>();

/** The worked example and the three starting topologies, as shipped, in both languages. */
const shipped: [name: string, language: Language, flows: Flows][] = (
  ['en', 'zh-CN'] as const
).flatMap((language) => [
  ['worked example', language, exampleDocument(language).flows] as [string, Language, Flows],
  ...topologies.map(
    (t) => [t.id, language, loadTopology(t, language, noPhases)] as [string, Language, Flows],
  ),
]);

const labelBoxes = (g: DiagramGeometry) =>
  g.edges.flatMap((e) => (e.label && !e.label.isHidden ? [{ id: e.id, box: e.label }] : []));

const isOnBorder = (p: Point, b: Box) =>
  ((Math.abs(p.x - b.x) < 1 || Math.abs(p.x - b.x - b.width) < 1) &&
    p.y >= b.y - 1 &&
    p.y <= b.y + b.height + 1) ||
  ((Math.abs(p.y - b.y) < 1 || Math.abs(p.y - b.y - b.height) < 1) &&
    p.x >= b.x - 1 &&
    p.x <= b.x + b.width + 1);

const isOrthogonal = (points: Point[]) =>
  points.every(
    (p, i) =>
      i === 0 || Math.abs(p.x - points[i - 1]!.x) < 0.5 || Math.abs(p.y - points[i - 1]!.y) < 0.5,
  );

/** Geometry checks shared by the shipped diagrams and hand-moved ones. */
function expectReadable(g: DiagramGeometry) {
  const labels = labelBoxes(g);
  for (const [i, a] of labels.entries()) {
    for (const b of labels.slice(i + 1))
      expect(boxesIntersect(a.box, b.box), `labels ${a.id} and ${b.id} overlap`).toBe(false);
    for (const system of g.systems)
      expect(boxesIntersect(a.box, system), `label ${a.id} covers ${system.id}`).toBe(false);
    for (const note of g.notes)
      expect(boxesIntersect(a.box, note), `label ${a.id} covers note ${note.id}`).toBe(false);
  }
  const boxes = new Map(g.systems.map((s) => [s.id, s]));
  for (const edge of g.edges) {
    expect(isOrthogonal(edge.points), `${edge.id} is orthogonal`).toBe(true);
    expect(
      isOnBorder(edge.points[0]!, boxes.get(edge.sourceId)!),
      `${edge.id} leaves its source`,
    ).toBe(true);
    expect(
      isOnBorder(edge.points.at(-1)!, boxes.get(edge.targetId)!),
      `${edge.id} meets its target`,
    ).toBe(true);
  }
}

describe('diagram geometry of the shipped diagrams', () => {
  it.each(shipped)('%s (%s): ships laid out by auto-layout', async (_name, _language, flows) => {
    const positions = await autoLayout(flows);
    for (const item of [...flows.systems, ...flows.notes])
      expect(item.position, item.id).toEqual(positions.get(item.id));
  });

  it.each(shipped)(
    '%s (%s): ELK routes, no label on a label or a system',
    async (_n, language, flows) => {
      const g = await diagramGeometry(flows, language);
      expect(g.edges.every((e) => e.isElkRoute)).toBe(true);
      expect(g.edges.filter((e) => e.label?.isHidden)).toEqual([]);
      expect(labelBoxes(g).length).toBe(g.edges.filter((e) => e.label).length);
      expectReadable(g);
    },
  );

  it.each(shipped)('%s (%s): systems meet at distinct ports', async (_n, language, flows) => {
    const g = await diagramGeometry(flows, language);
    const ends = g.edges.flatMap((e) => [
      `${e.sourceId}@${e.points[0]!.x.toFixed(1)},${e.points[0]!.y.toFixed(1)}`,
      `${e.targetId}@${e.points.at(-1)!.x.toFixed(1)},${e.points.at(-1)!.y.toFixed(1)}`,
    ]);
    expect(new Set(ends).size).toBe(ends.length);
  });
});

describe('diagram geometry after a hand move', () => {
  const flows = exampleDocument('en').flows;
  const moved = (id: string, by: Point): Flows => ({
    ...flows,
    systems: flows.systems.map((s) =>
      s.id === id ? { ...s, position: { x: s.position.x + by.x, y: s.position.y + by.y } } : s,
    ),
  });

  it.each([
    ['sys-trace', { x: 0, y: 400 }],
    ['sys-erp', { x: 40, y: -300 }],
    ['sys-mes', { x: 600, y: 0 }],
    ['sys-customer', { x: -400, y: 200 }],
  ])('re-routes the edges of %s only, orthogonally, labels still clear', async (id, by) => {
    const g = await diagramGeometry(moved(id, by), 'en');
    for (const edge of g.edges) {
      const touches = edge.sourceId === id || edge.targetId === id;
      expect(edge.isElkRoute, edge.id).toBe(!touches);
    }
    expectReadable(g);
  });
});

describe('edge bundles', () => {
  const flows = exampleDocument('en').flows.flows;
  it('bundles flows between the same systems in the same direction, objects once', () => {
    const bundles = bundleFlows(flows);
    const erpToTrace = bundles.find((b) => b.sourceId === 'sys-erp' && b.targetId === 'sys-trace');
    expect(erpToTrace?.flowIds).toEqual(['flow-material-master', 'flow-purchase-orders']);
    expect(erpToTrace?.objectKeys).toEqual([
      'material-master',
      'supplier-master',
      'purchase-order',
    ]);
    expect(bundles.flatMap((b) => b.flowIds).sort()).toEqual(flows.map((f) => f.id).sort());
  });

  it('keeps opposite directions and two-way flows apart, drops self-loops', () => {
    const base = flows[0]!;
    const bundles = bundleFlows([
      { ...base, id: 'a', sourceId: 'x', targetId: 'y' },
      { ...base, id: 'b', sourceId: 'y', targetId: 'x' },
      { ...base, id: 'c', sourceId: 'x', targetId: 'y', direction: 'two-way' },
      { ...base, id: 'd', sourceId: 'x', targetId: 'x' },
    ]);
    expect(bundles.map((b) => b.flowIds)).toEqual([['a'], ['b'], ['c']]);
  });
});

describe('lanes', () => {
  const box = (id: string, lane: 'upstream' | 'internal' | 'downstream', x: number) => ({
    id,
    lane,
    x,
    y: 0,
    ...SYSTEM_NODE_SIZE,
  });
  const content = { x: 0, y: 0, width: 1000, height: SYSTEM_NODE_SIZE.height };

  it('are contiguous, ordered and enclose their systems', () => {
    const systems = [
      box('s', 'upstream', 0),
      box('p', 'internal', 400),
      box('c', 'downstream', 900),
    ];
    const lanes = laneBands(systems, content);
    expect(lanes.map((l) => l.lane)).toEqual(['upstream', 'internal', 'downstream']);
    for (let i = 1; i < lanes.length; i++)
      expect(lanes[i]!.x).toBeCloseTo(lanes[i - 1]!.x + lanes[i - 1]!.width);
    for (const s of systems) {
      const lane = lanes.find((l) => l.lane === s.lane)!;
      expect(s.x >= lane.x && s.x + s.width <= lane.x + lane.width).toBe(true);
      expect(laneAt(lanes, { x: s.x + s.width / 2, y: s.y + s.height / 2 })).toBe(s.lane);
    }
    expect(laneAt(lanes, { x: -1000, y: 0 })).toBeNull();
  });

  it('draw an empty lane as a drop target beside the others', () => {
    const lanes = laneBands([box('p', 'internal', 400)], content);
    expect(lanes.map((l) => [l.lane, l.isEmpty])).toEqual([
      ['upstream', true],
      ['internal', false],
      ['downstream', true],
    ]);
    expect(lanes[0]!.x + lanes[0]!.width).toBeCloseTo(lanes[1]!.x);
    expect(lanes[2]!.x).toBeCloseTo(lanes[1]!.x + lanes[1]!.width);
  });

  it('are none for an empty diagram', () => {
    expect(laneBands([], content)).toEqual([]);
  });
});
