import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { loadReportFonts } from '../../cli/report-command.ts';
import { buildReportModel } from '../../shared/report/model.ts';
import { renderReportPdf } from '../../shared/report/render-pdf.ts';
import { findTemplate, loadTemplateDocument } from '../../shared/templates/catalog.ts';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/lifecycle.ts';
import { startScreen } from './support/screens.ts';

const app = useApp();

describe('report', () => {
  it('builds the worked example’s report with its page list, then exports a PDF pdfinfo accepts', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    await page.getByRole('menuitem', { name: 'Report' }).click();
    await page.getByRole('heading', { name: 'Report' }).waitFor();

    await page.locator('.ant-segmented-item', { hasText: 'Letter' }).click();
    await page.getByLabel('Report date').fill('2026-11-30');
    await page.getByRole('button', { name: 'Build preview' }).click();
    await page.getByTestId('report-page-count').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('report-page-count').textContent()).toMatch(/^\d+ pages · /);
    await page.getByText('Executive summary').first().waitFor();

    // Thumbnails of the real PDF: one per page, each an image with ink on it (not a blank page).
    const pageCount = Number(
      /^(\d+)/.exec((await page.getByTestId('report-page-count').textContent()) ?? '')?.[1],
    );
    const thumbnails = page.getByTestId('report-thumbnail');
    await thumbnails.nth(pageCount - 1).waitFor({ timeout: 60_000 });
    expect(await thumbnails.count()).toBe(pageCount);
    const inked = await thumbnails.evaluateAll((images) =>
      (images as HTMLImageElement[]).map((image) => {
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4)
          if (data[i]! + data[i + 1]! + data[i + 2]! < 600) dark++;
        return { width: image.naturalWidth, height: image.naturalHeight, dark };
      }),
    );
    for (const image of inked) {
      expect(image.width).toBeGreaterThan(0);
      expect(image.height).toBeGreaterThan(image.width);
      expect(image.dark).toBeGreaterThan(50);
    }
    await page.getByRole('button', { name: /^Show page 3 larger/ }).click();
    const large = page.getByRole('dialog').getByRole('img', { name: 'Page 3 of the PDF' });
    await large.waitFor({ timeout: 30_000 });
    expect(
      await large.evaluate((image) => (image as HTMLImageElement).naturalWidth),
    ).toBeGreaterThan(inked[2]!.width);
    await page.keyboard.press('Escape');
    await large.waitFor({ state: 'detached' });

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Export PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const info = execFileSync('pdfinfo', [await download.path()], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+\d+/);
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);

    // The same bytes as the CLI's renderer in Node for the same document and options.
    const doc = loadTemplateDocument(findTemplate('food-plant')!, 'en');
    const options = { ...doc.report, paper: 'letter' as const, date: '2026-11-30' };
    const node = renderReportPdf(
      await buildReportModel({ ...doc, report: options }, {}, '2026-11-30'),
      await loadReportFonts(),
    );
    const browser = await readFile(await download.path());
    expect(Buffer.from(node).equals(browser)).toBe(true);
  });
});
