import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { XMLValidator } from 'fast-xml-parser';
import { decode } from 'fast-png';
import type { Page } from 'playwright-core';
import { useApp } from './support/lifecycle.ts';
import { diagramPage, keys, startScreen } from './support/screens.ts';

const app = useApp();

/** The diagram page's own controls, beyond the shared page helpers. */
const diagramControls = (page: Page) => ({
  showChecks: () => page.getByTestId('diagram-validation-toggle').click(),
  fitView: () => page.getByRole('button', { name: /Fit to view|适应视图|适合视图/ }).click(),
  /** Waits for the laid-out geometry: lane bands and routed edges drawn. */
  laidOut: () => page.getByTestId('lane-internal').waitFor(),
  zoom: () =>
    page.evaluate(() => {
      const transform =
        document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform;
      return Number(/scale\(([\d.]+)\)/.exec(transform ?? '')?.[1] ?? 0);
    }),
  nameFontSizes: () =>
    page
      .locator('.diagram-system-name')
      .evaluateAll((names) => names.map((n) => parseFloat(getComputedStyle(n).fontSize))),
  exportAs: async (label: RegExp) => {
    await page.getByTestId('diagram-export').hover();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: label }).click(),
    ]);
    return download;
  },
});

/** Opens the worked example's diagram in a 1440×900 window. */
async function openExample(language: 'en' | 'zh-CN' = 'en') {
  const opened = await app.open({ locale: language === 'en' ? 'en-US' : 'zh-CN' });
  await startScreen(opened.page).createFromTemplate('food-plant');
  await diagramPage(opened.page).open();
  const controls = diagramControls(opened.page);
  await controls.laidOut();
  return { ...opened, controls };
}

describe('data-flow diagram', () => {
  it('drags two systems, connects them, flags a two-way flow without reason, undoes, exports OpenAPI', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    const diagram = diagramPage(page);
    await diagram.open();
    await diagramControls(page).showChecks();

    await diagram.dragFromPalette('erp', { x: 150, y: 150 });
    await diagram.dragFromPalette('traceability', { x: 480, y: 400 });
    expect(await diagram.nodes().count()).toBe(2);

    await diagram.connect(0, 1);
    await expect.poll(() => diagram.edges().count()).toBe(1);
    await diagram.clickEdge(0);
    await page.getByTestId('inspector').getByText('Two-way sync').click();
    await page.getByTestId('finding-flow.two-way-without-reason').waitFor();

    await keys.undo(page);
    await expect
      .poll(() => page.getByTestId('finding-flow.two-way-without-reason').count())
      .toBe(0);
    await page.getByTestId('finding-flow.no-owner').waitFor(); // the flow itself is still there

    await page.getByTestId('diagram-export').hover();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: /OpenAPI 3.1/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.openapi\.json$/);
    const spec = JSON.parse(await readFile(await download.path(), 'utf8')) as { openapi: string };
    expect(spec.openapi).toBe('3.1.0');
  });

  it('starts a blank project from the iPaaS topology, finding-free, and undoes it', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    const diagram = diagramPage(page);
    await diagram.open();
    await diagramControls(page).showChecks();
    await page.getByTestId('diagram-topology').hover();
    await page.getByRole('menuitem', { name: /iPaaS integration bus/ }).click();
    await expect.poll(() => diagram.nodes().count()).toBe(8);
    await page.getByText('No findings: the diagram passes every check.').waitFor();
    await keys.undo(page);
    await expect.poll(() => diagram.nodes().count()).toBe(0);
  });

  it('shows the worked example with its finding, and locates it', async () => {
    const { page } = await app.open({ locale: 'zh-CN' });
    await startScreen(page).createFromTemplate('food-plant');
    const diagram = diagramPage(page);
    await diagram.open();
    await expect.poll(() => diagram.nodes().count()).toBe(9); // 8 systems and a note
    await diagramControls(page).showChecks();
    const finding = page.getByTestId('finding-system.no-flows');
    await finding.getByRole('button', { name: '定位' }).click();
    await expect
      .poll(() => page.locator('.react-flow__node.selected').getAttribute('data-id'))
      .toBe('sys-suppliers');
  });

  it('fits the worked example legibly at 1440×900, the canvas taking most of the window', async () => {
    const { page, controls } = await openExample('en');
    await controls.fitView();
    await expect.poll(async () => (await controls.zoom()) > 0).toBe(true);
    const zoom = await controls.zoom();
    const sizes = await controls.nameFontSizes();
    expect(sizes).toHaveLength(8);
    for (const size of sizes) expect(size * zoom).toBeGreaterThanOrEqual(11);
    const canvas = await page.getByTestId('diagram-canvas').boundingBox();
    expect(canvas!.width).toBeGreaterThanOrEqual(0.6 * 1440);
    // Routed edges, one per bundle, labelled with a chip per data object.
    await expect
      .poll(() => page.getByTestId('flow-label-flow-material-master').textContent())
      .toContain('Material master');
  });

  it('keeps the panels the user chose, and a focus mode that gives the canvas the window', async () => {
    const { page } = await openExample('en');
    const canvasWidth = async () => (await page.getByTestId('diagram-canvas').boundingBox())!.width;
    const before = await canvasWidth();
    await page.getByRole('button', { name: 'Hide the systems palette' }).click();
    await expect.poll(() => page.getByTestId('diagram-palette').count()).toBe(0);
    expect(await canvasWidth()).toBeGreaterThan(before);
    const stored = await page.evaluate(() => localStorage.getItem('traceready:diagram-panels'));
    expect(JSON.parse(stored!)).toMatchObject({ isPaletteOpen: false });
    await page.getByTestId('diagram-focus').click();
    await expect.poll(canvasWidth).toBeGreaterThan(1400);
    await page.keyboard.press('Escape');
    await expect.poll(canvasWidth).toBeLessThan(1400);
  });

  it('moves a system dropped in another lane into that lane, in one undo step', async () => {
    const { page } = await openExample('en');
    const wms = page.getByTestId('system-sys-wms');
    const lane = await page.getByTestId('lane-upstream').boundingBox();
    const box = await wms.boundingBox();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
    await page.mouse.down();
    await page.mouse.move(lane!.x + lane!.width / 2, lane!.y + lane!.height - 60, { steps: 15 });
    await page.mouse.up();
    await expect.poll(() => wms.getAttribute('title')).toContain('Upstream (suppliers)');
    await keys.undo(page);
    await expect.poll(() => wms.getAttribute('title')).toContain('Plant');
  });

  it('draws edges that show in dark mode', async () => {
    const { page } = await openExample('en');
    await page.getByRole('button', { name: 'Dark mode' }).click(); // the header's dark-mode switch
    await page.getByTestId('lane-internal').waitFor();
    // The middle of a long horizontal run of the ERP → MES edge, in screen pixels.
    const point = await page.evaluate(() => {
      const path = document.querySelector<SVGPathElement>(
        '.react-flow__edge[data-id="flow-work-orders"] path.react-flow__edge-path',
      );
      if (!path) return null;
      const at = path.getPointAtLength(path.getTotalLength() / 2);
      const matrix = path.getScreenCTM()!;
      return { x: at.x * matrix.a + matrix.e, y: at.y * matrix.d + matrix.f };
    });
    expect(point).not.toBeNull();
    const png = decode(
      await page.screenshot({ clip: { x: point!.x - 3, y: point!.y - 3, width: 7, height: 7 } }),
    );
    let brightest = 0;
    for (let i = 0; i < png.data.length; i += png.channels) {
      const luminance =
        0.2126 * png.data[i]! + 0.7152 * png.data[i + 1]! + 0.0722 * png.data[i + 2]!;
      brightest = Math.max(brightest, luminance);
    }
    expect(brightest).toBeGreaterThan(120); // a light stroke on the dark canvas (~20)
  });

  it('exports the diagram as true SVG and as PNG drawn from it', async () => {
    const { controls } = await openExample('zh-CN');
    const svgFile = await controls.exportAs(/SVG/);
    expect(svgFile.suggestedFilename()).toMatch(/\.svg$/);
    const svg = await readFile(await svgFile.path(), 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/foreignObject/i);
    expect(svg).toContain('追溯平台');
    const pngFile = await controls.exportAs(/PNG.*透明|PNG.*transparent/);
    const png = decode(await readFile(await pngFile.path()));
    const [, width] = /<svg[^>]* width="(\d+)"/.exec(svg) ?? [];
    expect(png.width).toBe(2 * Number(width));
    expect(png.channels).toBe(4);
  });

  it('bundles the flows between two systems into one edge, a chip per data object selecting its flow', async () => {
    const { page } = await openExample('en');
    // ERP → traceability platform: two flows (masters, purchase orders), one drawn edge.
    await expect.poll(() => page.locator('.react-flow__edge-path').count()).toBe(9);
    await page.getByTestId('flow-chip-flow-purchase-orders-purchase-order').click();
    await expect
      .poll(() => page.locator('.react-flow__edge.selected').getAttribute('data-id'))
      .toBe('flow-purchase-orders');
    await page.getByTestId('inspector').getByText('Flow', { exact: true }).waitFor();
  });
});
