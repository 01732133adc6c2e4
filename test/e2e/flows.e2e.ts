import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { useApp } from './support/lifecycle.ts';
import { diagramPage, keys, startScreen } from './support/screens.ts';

const app = useApp();

describe('data-flow diagram', () => {
  it('drags two systems, connects them, flags a two-way flow without reason, undoes, exports OpenAPI', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    const diagram = diagramPage(page);
    await diagram.open();

    await diagram.dragFromPalette('erp', { x: 150, y: 150 });
    await diagram.dragFromPalette('traceability', { x: 300, y: 400 });
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
    const finding = page.getByTestId('finding-system.no-flows');
    await finding.getByRole('button', { name: '定位' }).click();
    await expect
      .poll(() => page.locator('.react-flow__node.selected').getAttribute('data-id'))
      .toBe('sys-suppliers');
  });
});
