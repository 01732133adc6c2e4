// The Gantt benchmark: the app's GanttChart against a bare SVG page drawing every row, the same
// 500-task plan, in real headless Chromium. A benchmark, not a test: nothing here fails.
//   npx tsx bench/gantt-bench.ts
import { chromium, type Browser, type Page } from 'playwright-core';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS } from '../test/e2e/support/harness.ts';
import { median, percentile } from './measure.ts';
import { GANTT_TASK_COUNT } from './gantt/plan.ts';

type Mode = 'ours' | 'bare';
type Row = [name: string, ms: number, baselineMs: number];

// Chromium runs with the e2e harness's flags (CHROMIUM_ARGS); see diagram-bench.ts on pacing.
const RUNS = 3;
/** Wheel steps of the scroll, and pixels each: 60 × 150 px runs through all 500+ rows. */
const SCROLL_STEPS = 60;
const SCROLL_BY = 150;
const VIEWPORT = { width: 1280, height: 800 };

type Probe = { drawnMs: number | null; frames: number[]; isRecording: boolean };
type ProbeWindow = Window & { __ganttBench?: Probe };

/** Runs in the page before its scripts: notes the first frame painted with bars in it. */
function installProbe() {
  const probe: Probe = { drawnMs: null, frames: [], isRecording: false };
  (window as ProbeWindow).__ganttBench = probe;
  const watch = () => {
    if (document.querySelector('[data-task-bar]')) {
      // A message posted from a rAF callback is handled after that frame is painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.drawnMs = performance.now());
      channel.port2.postMessage(null);
    } else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

function startFrames() {
  const probe = (window as ProbeWindow).__ganttBench!;
  probe.frames = [];
  probe.isRecording = true;
  const tick = (time: number) => {
    probe.frames.push(time);
    if (probe.isRecording) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function stopFrames(): Promise<number[]> {
  const probe = (window as ProbeWindow).__ganttBench!;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  probe.isRecording = false;
  return probe.frames;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
}

type Sample = {
  modulesMs: number;
  firstRenderMs: number;
  scrollMedianMs: number;
  scrollP95Ms: number;
  longFrames: number;
  barsInDom: number;
};

/** Scrolls the chart down with the mouse wheel; the frame intervals are the scroll's. */
async function scrollChart(page: Page) {
  const chart = page.getByTestId('gantt');
  const box = await chart.boundingBox();
  if (!box) throw new Error('the chart is not on the page');
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
  await page.evaluate(startFrames);
  for (let i = 0; i < SCROLL_STEPS; i++) {
    await page.mouse.wheel(0, SCROLL_BY);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  }
  const frames = await page.evaluate(stopFrames);
  const top = await chart.evaluate((el) => el.scrollTop);
  if (top < SCROLL_BY * 10) throw new Error(`the chart did not scroll (scrollTop ${top})`);
  const intervals = frames.slice(1).map((time, i) => time - frames[i]!);
  return {
    scrollMedianMs: median(intervals),
    scrollP95Ms: percentile(intervals, 95),
    longFrames: intervals.filter((ms) => ms > 25).length,
  };
}

async function measureOnce(browser: Browser, url: string, mode: Mode): Promise<Sample> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    // tsx compiles with esbuild's keepNames, so functions handed to the page call `__name`.
    await context.addInitScript('globalThis.__name = (target) => target;');
    await context.addInitScript(installProbe);
    await page.goto(`${url}?mode=${mode}`);
    await page.waitForFunction(() => (window as ProbeWindow).__ganttBench?.drawnMs != null, null, {
      polling: 100,
      timeout: 120_000,
    });
    const firstRenderMs = await page.evaluate(() => (window as ProbeWindow).__ganttBench!.drawnMs!);
    const modulesMs = await page.evaluate(
      () => performance.getEntriesByName('gantt-bench:modules-ready')[0]?.startTime ?? NaN,
    );
    const barsInDom = await page.locator('[data-task-bar]').count();
    await page.evaluate(settle);
    const scroll = await scrollChart(page);
    if (problems.length > 0) throw new Error(`${mode} page failed: ${problems.join('; ')}`);
    return { modulesMs, firstRenderMs, barsInDom, ...scroll };
  } finally {
    await context.close();
  }
}

/**
 * Builds the bench pages (bench/gantt), serves them, and measures first render and scroll frame
 * times of the app's Gantt and of the bare page, interleaved, each the median of `runs`.
 */
export async function runGanttBench(runs = RUNS): Promise<{ rows: Row[]; notes: string[] }> {
  const configFile = fileURLToPath(new URL('./gantt/vite.config.ts', import.meta.url));
  await build({ configFile, logLevel: 'warn' });
  const server = await preview({ configFile, logLevel: 'error' });
  try {
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('the preview server did not report its address');
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    try {
      const samples: Record<Mode, Sample[]> = { ours: [], bare: [] };
      for (let run = 0; run < runs; run++) {
        for (const mode of ['ours', 'bare'] as const) {
          samples[mode].push(await measureOnce(browser, url, mode));
        }
      }
      const mid = (mode: Mode, key: keyof Sample) => median(samples[mode].map((s) => s[key]));
      const rows: Row[] = [
        [
          `gantt: first render (${GANTT_TASK_COUNT} tasks)`,
          mid('ours', 'firstRenderMs'),
          mid('bare', 'firstRenderMs'),
        ],
        [
          'gantt: scroll frame time median',
          mid('ours', 'scrollMedianMs'),
          mid('bare', 'scrollMedianMs'),
        ],
        ['gantt: scroll frame time p95', mid('ours', 'scrollP95Ms'), mid('bare', 'scrollP95Ms')],
      ];
      const notes = (['ours', 'bare'] as const).map(
        (mode) =>
          `${mode}: scripts run by ${mid(mode, 'modulesMs').toFixed(0)} ms, ` +
          `${mid(mode, 'barsInDom')} bars in the DOM, ` +
          `${mid(mode, 'longFrames')} scroll frames over 25 ms`,
      );
      return { rows, notes };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const { rows, notes } = await runGanttBench();
  console.log('benchmark'.padEnd(44), '    ours ms', '    bare ms', ' ratio');
  for (const [name, ms, baseline] of rows) {
    console.log(
      name.padEnd(44),
      ms.toFixed(1).padStart(11),
      baseline.toFixed(1).padStart(11),
      `${(ms / baseline).toFixed(2)}×`.padStart(6),
    );
  }
  for (const note of notes) console.log(note);
}
