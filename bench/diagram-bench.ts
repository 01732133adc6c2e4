// The diagram benchmark: the app's DiagramCanvas against bare React Flow, the same 1,000 systems
// and 2,000 flows, in real headless Chromium. A benchmark, not a test: nothing here fails.
//   npx tsx bench/diagram-bench.ts
import { chromium, type Browser, type Page } from 'playwright-core';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../test/e2e/support/harness.ts';
import { median, percentile } from './measure.ts';
import { DRAG_SYSTEM_ID, FLOW_COUNT, SYSTEM_COUNT } from './diagram/graph.ts';

type Mode = 'ours' | 'bare';
type Row = [name: string, ms: number, baselineMs: number];

// Chromium runs with the e2e harness's flags (CHROMIUM_ARGS) for Debian Chromium offline.
// Headless Chromium 156 paces requestAnimationFrame at 60 Hz with these, and
// `--disable-frame-rate-limit` and `--disable-gpu-vsync` do not change that (idle frames stay
// 16.7–17.1 ms apart), so they are not added: a frame interval is 16.7 ms or the time the
// frame's work took, if longer.
const RUNS = 3;
const DRAG_STEPS = 120;
/** Screen pixels the dragged system travels: well inside the canvas, so no auto-pan. */
const DRAG_BY = { x: 240, y: 120 };
const VIEWPORT = { width: 1280, height: 800 };

/** What the page records; read back through `window.__diagramBench`. */
type Probe = {
  /** First frame painted after all system nodes were in the DOM (ms from navigation start). */
  nodesMs: number | null;
  /** First frame painted with every node measured and visible and every edge drawn. */
  drawnMs: number | null;
  frames: number[];
  /** When the drag's pointerup reached the page: frames after it belong to the drop. */
  upMs: number;
  isRecording: boolean;
};
type ProbeWindow = Window & { __diagramBench?: Probe };

/** Runs in the page before its scripts: watches each frame for the diagram to be complete. */
function installProbe(expected: { nodes: number; edges: number }) {
  const probe: Probe = {
    nodesMs: null,
    drawnMs: null,
    frames: [],
    upMs: Infinity,
    isRecording: false,
  };
  (window as ProbeWindow).__diagramBench = probe;
  // A message posted from a rAF callback is handled after that frame is painted.
  const afterPaint = (record: (ms: number) => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(null);
  };
  let isNodesSeen = false;
  const watch = () => {
    const nodes = document.querySelectorAll('.react-flow__node').length;
    if (!isNodesSeen && nodes >= expected.nodes) {
      isNodesSeen = true;
      afterPaint((ms) => (probe.nodesMs = ms));
    }
    const isDrawn =
      isNodesSeen &&
      document.querySelectorAll('.react-flow__edge').length >= expected.edges &&
      document.querySelector('.react-flow__node[style*="visibility: hidden"]') === null;
    if (isDrawn) afterPaint((ms) => (probe.drawnMs = ms));
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  window.addEventListener('pointerup', () => (probe.upMs = performance.now()), { capture: true });
}

/** Records every frame's rAF timestamp until `stopFrames`. */
function startFrames() {
  const probe = (window as ProbeWindow).__diagramBench!;
  probe.frames = [];
  probe.upMs = Infinity;
  probe.isRecording = true;
  const tick = (time: number) => {
    probe.frames.push(time);
    if (probe.isRecording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** Lets two more frames land (the drop's), then stops recording and returns the timestamps. */
async function stopFrames(): Promise<Pick<Probe, 'frames' | 'upMs'>> {
  const probe = (window as ProbeWindow).__diagramBench!;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  probe.isRecording = false;
  return { frames: probe.frames, upMs: probe.upMs };
}

/** Waits for ten frames and an idle period, so the drag starts on a quiet page. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
}

type Sample = {
  /** When the page's scripts had all loaded and run (its `diagram-bench:modules-ready` mark). */
  modulesMs: number;
  firstRenderMs: number;
  drawnMs: number;
  dragMedianMs: number;
  dragP95Ms: number;
  frameCount: number;
  /** Frames longer than one and a half 60 Hz frames. */
  longFrames: number;
  /** The longest frame at or after the drop (pointerup): the commit to the store. */
  dropFrameMs: number;
  dragWallMs: number;
};

/** One cold load and one drag of `mode`'s page, in a fresh context (no cache, no storage). */
async function measureOnce(browser: Browser, url: string, mode: Mode): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // tsx compiles with esbuild's keepNames, so functions handed to the page call `__name`.
    await context.addInitScript('globalThis.__name = (target) => target;');
    await context.addInitScript(installProbe, { nodes: SYSTEM_COUNT, edges: FLOW_COUNT });
    await page.goto(`${url}?mode=${mode}`);
    const isDrawn = () => (window as ProbeWindow).__diagramBench?.drawnMs != null;
    await page.waitForFunction(isDrawn, null, { polling: 100, timeout: 120_000 });
    const { nodesMs, drawnMs } = await page.evaluate(() => (window as ProbeWindow).__diagramBench!);
    const modulesMs = await page.evaluate(
      () => performance.getEntriesByName('diagram-bench:modules-ready')[0]?.startTime ?? NaN,
    );
    await page.evaluate(settle);
    const drag = await dragSystem(page);
    if (problems.length > 0) throw new Error(`${mode} page failed: ${problems.join('; ')}`);
    return { modulesMs, firstRenderMs: nodesMs!, drawnMs: drawnMs!, ...drag };
  } finally {
    await context.close();
  }
}

/** A real mouse drag of one system; the frame intervals in between are the drag's frame times. */
async function dragSystem(page: Page) {
  const node = page.locator(`.react-flow__node[data-id="${DRAG_SYSTEM_ID}"]`);
  const before = await node.boundingBox();
  if (!before) throw new Error(`${DRAG_SYSTEM_ID} is not on the canvas`);
  const start = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.evaluate(startFrames);
  const wallStart = performance.now();
  await page.mouse.move(start.x + DRAG_BY.x, start.y + DRAG_BY.y, { steps: DRAG_STEPS });
  await page.mouse.up();
  const dragWallMs = performance.now() - wallStart;
  const { frames, upMs } = await page.evaluate(stopFrames);
  const after = await node.boundingBox();
  if (!after || Math.abs(after.x - before.x) < DRAG_BY.x / 2) {
    throw new Error(`the drag did not move ${DRAG_SYSTEM_ID}`);
  }
  const intervals = frames.slice(1).map((time, i) => time - frames[i]!);
  const dropIntervals = intervals.filter((_, i) => frames[i + 1]! >= upMs);
  return {
    dragMedianMs: median(intervals),
    dragP95Ms: percentile(intervals, 95),
    frameCount: intervals.length,
    longFrames: intervals.filter((ms) => ms > 25).length,
    dropFrameMs: Math.max(0, ...dropIntervals),
    dragWallMs,
  };
}

export type DiagramBenchOptions = {
  /** Added to the e2e flags, e.g. to try frame pacing flags (they change nothing in 156). */
  extraChromiumArgs?: readonly string[];
  runs?: number;
};

/**
 * Builds the bench pages (bench/diagram), serves them, and measures first render and drag frame
 * times of the app's canvas and of bare React Flow, interleaved, each the median of `runs`.
 */
export async function runDiagramBench(
  options: DiagramBenchOptions = {},
): Promise<{ rows: Row[]; notes: string[] }> {
  const runs = options.runs ?? RUNS;
  const configFile = fileURLToPath(new URL('./diagram/vite.config.ts', import.meta.url));
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({ configFile, logLevel: 'error' });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server did not report its address');
    const args = [...CHROMIUM_ARGS, ...(options.extraChromiumArgs ?? [])];
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args,
    });
    try {
      const samples: Record<Mode, Sample[]> = { ours: [], bare: [] };
      // Interleaved, so drift in a shared machine's load falls on both pages alike.
      for (let run = 0; run < runs; run++) {
        for (const mode of ['ours', 'bare'] as const) {
          samples[mode].push(await measureOnce(browser, url, mode));
        }
      }
      const mid = (mode: Mode, key: keyof Sample) => median(samples[mode].map((s) => s[key]));
      const rows: Row[] = [
        [
          'diagram: first render (1,000 systems / 2,000 flows)',
          mid('ours', 'firstRenderMs'),
          mid('bare', 'firstRenderMs'),
        ],
        [
          'diagram: drag frame time median',
          mid('ours', 'dragMedianMs'),
          mid('bare', 'dragMedianMs'),
        ],
        ['diagram: drag frame time p95', mid('ours', 'dragP95Ms'), mid('bare', 'dragP95Ms')],
      ];
      const notes = [
        `chromium ${browser.version()} ${args.join(' ')}`,
        ...(['ours', 'bare'] as const).map(
          (mode) =>
            `${mode}: scripts run by ${mid(mode, 'modulesMs').toFixed(0)} ms, ` +
            `fully drawn (nodes measured, ${FLOW_COUNT} edges) ${mid(mode, 'drawnMs').toFixed(0)} ms; ` +
            `drag of ${DRAG_STEPS} steps ${mid(mode, 'dragWallMs').toFixed(0)} ms ` +
            `(${(mid(mode, 'dragWallMs') / DRAG_STEPS).toFixed(1)} ms a step), ` +
            `${mid(mode, 'frameCount')} frames, ${mid(mode, 'longFrames')} over 25 ms, ` +
            `drop frame ${mid(mode, 'dropFrameMs').toFixed(1)} ms`,
        ),
      ];
      return { rows, notes };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const { rows, notes } = await runDiagramBench({
    extraChromiumArgs: process.env.DIAGRAM_BENCH_CHROMIUM_ARGS?.split(' ').filter(Boolean),
  });
  console.log('benchmark'.padEnd(52), '    ours ms', '    bare ms', ' ratio');
  for (const [name, ms, baseline] of rows) {
    console.log(
      name.padEnd(52),
      ms.toFixed(1).padStart(11),
      baseline.toFixed(1).padStart(11),
      `${(ms / baseline).toFixed(2)}×`.padStart(6),
    );
  }
  for (const note of notes) console.log(note);
}
