// The synthetic diagram both bench pages draw: 1,000 systems on a grid over the three lanes and
// 2,000 flows between near neighbours, from a seeded PRNG so every run draws the same picture.
import { dataObjectCatalogue } from '../../shared/flows/data-objects.ts';
import { systemKindLabels, type SystemKind } from '../../shared/flows/system-kinds.ts';
import {
  departments,
  type Flow,
  type ProjectDocument,
  type TraceSystem,
} from '../../shared/model/schema.ts';

export const SYSTEM_COUNT = 1000;
export const FLOW_COUNT = 2000;

/** 40 columns × 25 rows: suppliers in the first 8 columns, customers in the last 8. */
const COLUMNS = 40;
const ROWS = SYSTEM_COUNT / COLUMNS;
const UPSTREAM_COLUMNS = 8;
const DOWNSTREAM_COLUMNS = 8;
/** Multiples of the canvas's 20 px grid; a system box is 200 × 72 (SYSTEM_NODE_SIZE). */
const COLUMN_GAP = 260;
const ROW_GAP = 120;
const LANE_GAP = 160;
const SEED = 20_240_601;

const internalKinds: readonly SystemKind[] = [
  'erp',
  'mes',
  'qms',
  'wms',
  'lims',
  'traceability',
  'ipaas',
  'labeling',
  'iot',
  'warehouse-bi',
  'custom',
];
const products = ['', '', 'SAP S/4HANA 2023', 'Siemens Opcenter', 'Infor WMS', 'LabWare 8'];

/** The system the drag benchmark picks up: mid-grid, inside the plant's lane. */
export const DRAG_SYSTEM_ID = systemId(12 * COLUMNS + 20);

function systemId(index: number): string {
  return `sys-${index}`;
}

/** mulberry32: a small, fast, seeded PRNG with uniform output in [0, 1). */
export function createPrng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function laneOfColumn(column: number): TraceSystem['lane'] {
  if (column < UPSTREAM_COLUMNS) return 'upstream';
  if (column >= COLUMNS - DOWNSTREAM_COLUMNS) return 'downstream';
  return 'internal';
}

function columnX(column: number): number {
  const lanesCrossed =
    (column >= UPSTREAM_COLUMNS ? 1 : 0) + (column >= COLUMNS - DOWNSTREAM_COLUMNS ? 1 : 0);
  return column * COLUMN_GAP + lanesCrossed * LANE_GAP;
}

function makeSystems(random: () => number): TraceSystem[] {
  return Array.from({ length: SYSTEM_COUNT }, (_, index) => {
    const column = index % COLUMNS;
    const row = Math.floor(index / COLUMNS);
    const lane = laneOfColumn(column);
    const kind: SystemKind =
      lane === 'upstream'
        ? pick(random, ['supplier', 'srm'] as const)
        : lane === 'downstream'
          ? 'customer'
          : pick(random, internalKinds);
    return {
      id: systemId(index),
      kind,
      name: `${systemKindLabels[kind].en} ${index}`,
      product: pick(random, products),
      owner: random() < 0.5 ? pick(random, departments) : null,
      location: '',
      lane,
      position: { x: columnX(column), y: row * ROW_GAP },
      isOutOfScope: false,
      outOfScopeReason: '',
    };
  });
}

/** A flow from `source` to a system at most three columns right and three rows away. */
function makeFlow(random: () => number, index: number, sourceIndex: number, targetIndex: number) {
  const isTwoWay = random() < 0.1;
  const objectCount = 1 + Math.floor(random() * 3);
  const objects = new Set(
    Array.from({ length: objectCount }, () => pick(random, dataObjectCatalogue).key),
  );
  return {
    id: `flow-${index}`,
    sourceId: systemId(sourceIndex),
    targetId: systemId(targetIndex),
    direction: isTwoWay ? 'two-way' : 'one-way',
    objects: [...objects],
    // Half the two-way flows lack a reason, so the warning colour shows up too.
    reason: isTwoWay && random() < 0.5 ? 'Disposition must reach the supplier portal' : '',
    trigger: pick(random, ['event', 'scheduled', 'manual'] as const),
    frequency: '',
    volumePerDay: null,
    latency: '',
    protocol: pick(random, ['rest', 'odata', 'file', 'edi', 'mqtt'] as const),
    owner: null,
    phaseId: null,
    isCore: random() < 0.25,
  } satisfies Flow;
}

function makeFlows(random: () => number): Flow[] {
  const flows: Flow[] = [];
  const pairs = new Set<string>();
  while (flows.length < FLOW_COUNT) {
    const source = Math.floor(random() * SYSTEM_COUNT);
    const column = (source % COLUMNS) + 1 + Math.floor(random() * 3);
    const row = Math.floor(source / COLUMNS) + Math.floor(random() * 7) - 3;
    if (column >= COLUMNS || row < 0 || row >= ROWS) continue;
    const target = row * COLUMNS + column;
    const pair = `${source}>${target}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    flows.push(makeFlow(random, flows.length, source, target));
  }
  return flows;
}

/** The benchmark's diagram: the same 1,000 systems and 2,000 flows on every call. */
export function syntheticDiagram(): ProjectDocument['flows'] {
  const random = createPrng(SEED);
  const systems = makeSystems(random);
  return { systems, flows: makeFlows(random), customObjects: [], notes: [] };
}
