import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { existsSync } from 'node:fs';

/** Flags for Debian Chromium on a machine whose network is closed (see the developers' brief). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Harness = { url: string; browser: Browser; close(): Promise<void> };

/** Serves the built renderer (dist/renderer, from `npm run e2e`) and starts Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync('dist/renderer/index.html')) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` (npm run e2e does)');
  }
  const server: PreviewServer = await preview({
    logLevel: 'error',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export type AppPage = { page: Page; context: BrowserContext; problems: string[] };

/**
 * A fresh browser context (its own storage) and page with console errors collected. With
 * `withoutFilePickers`, the File System Access pickers are removed so saving falls back to a
 * download and opening to a file chooser — paths Playwright can drive.
 */
export async function openApp(
  harness: Harness,
  options: { locale?: string; withoutFilePickers?: boolean; context?: BrowserContext } = {},
): Promise<AppPage> {
  const context =
    options.context ??
    (await harness.browser.newContext({
      locale: options.locale ?? 'en-US',
      acceptDownloads: true,
      viewport: { width: 1440, height: 900 },
    }));
  if (options.withoutFilePickers !== false && !options.context) {
    await context.addInitScript(() => {
      for (const name of ['showOpenFilePicker', 'showSaveFilePicker']) {
        Object.defineProperty(window, name, { value: undefined, configurable: true });
      }
    });
  }
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(harness.url);
  return { page, context, problems };
}

/** Console errors and uncaught exceptions of a page; every e2e test expects none. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}
