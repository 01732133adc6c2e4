// Benchmarks of the diagram's layout and drawing in Node: ELK auto-layout with orthogonal
// routing, bundled edges and label placement, then the SVG scene, on a 200-system / 400-flow
// diagram and on the 1,000-system / 2,000-flow one. Baseline of each row: bare ELK layered on
// the same graph (no partitions, labels or routing options) — what auto-layout cost before it
// routed edges. A benchmark, not a test: nothing here fails a build.
//   npx tsx bench/diagram-layout.ts
import ELK from 'elkjs/lib/elk.bundled.js';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { diagramScene } from '../shared/diagram/diagram-scene.ts';
import { geometryFromPlacement } from '../shared/diagram/diagram-geometry.ts';
import { SYSTEM_NODE_SIZE } from '../shared/diagram/dimensions.ts';
import { layoutWithElk } from '../shared/diagram/elk-layout.ts';
import { sceneToSvg } from '../shared/diagram/scene-svg.ts';
import { autoLayout } from '../shared/flows/auto-layout.ts';
import type { ProjectDocument } from '../shared/model/schema.ts';
import { largeDiagram } from '../test/support/large-project.ts';

type Row = [name: string, ms: number, baselineMs: number];

/** Median wall time of an async `fn` over `runs` runs after one warm-up. */
async function measureAsync(fn: () => Promise<unknown>, runs = 3): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The first `systems` systems of the large diagram and `flows` flows among them. */
function slice(doc: ProjectDocument, systems: number, flows: number): ProjectDocument {
  const kept = doc.flows.systems.slice(0, systems);
  const ids = new Set(kept.map((s) => s.id));
  const among = doc.flows.flows
    .map((f, i) => ({
      ...f,
      sourceId: `sys-${i % systems}`,
      targetId: `sys-${(i * 7 + 1) % systems}`,
    }))
    .filter((f) => ids.has(f.sourceId) && ids.has(f.targetId) && f.sourceId !== f.targetId)
    .slice(0, flows);
  return { ...doc, flows: { ...doc.flows, systems: kept, flows: among, notes: [] } };
}

/** Bare ELK layered: nodes and edges only. */
const bare = new ELK();
function bareLayout(doc: ProjectDocument) {
  return bare.layout({
    id: 'root',
    layoutOptions: { 'elk.algorithm': 'layered', 'elk.direction': 'RIGHT' },
    children: doc.flows.systems.map((s) => ({ id: s.id, ...SYSTEM_NODE_SIZE })),
    edges: doc.flows.flows.map((f) => ({ id: f.id, sources: [f.sourceId], targets: [f.targetId] })),
  });
}

export async function runDiagramLayoutBench(): Promise<{ rows: Row[] }> {
  const rows: Row[] = [];
  const large = largeDiagram();
  for (const [systems, flows] of [
    [200, 400],
    [1000, 2000],
  ] as const) {
    const doc = systems === 1000 ? large : slice(large, systems, flows);
    const label = `${systems} systems / ${doc.flows.flows.length} flows`;
    const runs = systems === 1000 ? 1 : 3;
    const baseline = await measureAsync(() => bareLayout(doc), runs);
    rows.push([
      `layout: auto-layout (ELK, lanes, routes, labels), ${label}`,
      await measureAsync(() => autoLayout(doc.flows), runs),
      baseline,
    ]);
    const placement = await layoutWithElk(doc.flows);
    const laidOut: ProjectDocument = {
      ...doc,
      flows: {
        ...doc.flows,
        systems: doc.flows.systems.map((s) => ({ ...s, position: placement.positions.get(s.id)! })),
      },
    };
    rows.push([
      `layout: geometry from the placement (bundles, lanes), ${label}`,
      await measureAsync(
        () => Promise.resolve(geometryFromPlacement(laidOut.flows, 'en', placement)),
        runs,
      ),
      baseline,
    ]);
    rows.push([
      `layout: SVG of the laid-out diagram, ${label}`,
      await measureAsync(async () => sceneToSvg(await diagramScene(laidOut)), runs),
      baseline,
    ]);
  }
  return { rows };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { rows } = await runDiagramLayoutBench();
  for (const [name, ms, baseline] of rows)
    console.log(
      `${name.padEnd(80)} ${ms.toFixed(1).padStart(9)} ${baseline.toFixed(1).padStart(9)} ${(ms / baseline).toFixed(2)}×`,
    );
}
