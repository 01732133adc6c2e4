import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkshopServer, type WorkshopHandle } from '../../cli/workshop/server.ts';
import { parseProject } from '../../shared/model/parse.ts';
import { serializeProject } from '../../shared/model/serialize.ts';
import { findTemplate, loadTemplateDocument } from '../../shared/templates/catalog.ts';
import { voteItemId } from '../../shared/workshop/live-votes.ts';
import { CHROMIUM_ARGS, watchConsole } from './support/harness.ts';
import { findLayoutDefects } from './support/layout-check.ts';
import { startScreen } from './support/screens.ts';

/**
 * Issue 13 end to end: a real workshop server on the worked example serves the built web app;
 * the facilitator and a participant open it in two Chromium pages, the participant votes a
 * pairwise comparison, the facilitator sees it arrive and locks it, and the .trplan file on
 * disk has the vote after the quiet second.
 */

const ROW = 'crit-initial-cost';
const COL = 'crit-maintenance-cost';
const PAIR_KEY = voteItemId({ kind: 'pair', scope: 'option', rowId: ROW, colId: COL });

let browser: Browser;
let handle: WorkshopHandle;
let folder: string;
let file: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'workshop-e2e-'));
  file = join(folder, 'huaxin.trplan');
  await writeFile(file, serializeProject(loadTemplateDocument(findTemplate('food-plant')!, 'en')));
  handle = await startWorkshopServer({
    file,
    port: 0,
    staticDir: 'dist/renderer',
    quietMs: 1000,
    log: () => {},
  });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await handle?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** A page of its own (own storage) at a size and language, console errors collected. */
async function openPage(
  url: string,
  viewport: { width: number; height: number },
  locale = 'en-US',
) {
  const context = await browser.newContext({ viewport, locale, hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  const problems = watchConsole(page);
  await page.goto(url);
  return { page, problems };
}

/** The participant's screens. */
const participantScreen = (page: Page) => ({
  async join(name: string, department: string) {
    await page.getByLabel('Your name').fill(name);
    await page.getByLabel('Department').click();
    await page.getByTitle(department, { exact: true }).click();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByTestId('workshop-who').waitFor();
  },
  async showPairwise() {
    await page.getByText('Pairwise', { exact: true }).click();
  },
  pair: (rowId: string, colId: string) => page.locator(`[data-pair="${rowId}|${colId}"]`),
});

/** The facilitator's live-vote board. */
const facilitatorScreen = (page: Page) => ({
  async showPairwise() {
    await page.getByTestId('live-vote-card').first().waitFor();
    await page.getByText('Pairwise', { exact: true }).click();
  },
  card: (itemKey: string) => page.locator(`[data-testid="live-vote-card"][data-item="${itemKey}"]`),
});

describe('live workshop in two browsers', () => {
  it('carries a participant’s pairwise vote to the facilitator, the lock back, and the file', async () => {
    const facilitator = await openPage(handle.facilitatorUrl, { width: 1280, height: 800 });
    const board = facilitatorScreen(facilitator.page);
    await board.showPairwise();
    const card = board.card(PAIR_KEY);
    // The worked example: the IT manager alone has judged (maintenance cost 2 × initial cost).
    await expect.poll(() => card.getByTestId('vote-count').textContent()).toBe('1 of 4 voted');
    await expect.poll(() => card.getByTestId('vote-result').textContent()).toBe('1/2');
    expect(await findLayoutDefects(facilitator.page)).toEqual([]);

    const phone = await openPage(handle.joinUrl, { width: 390, height: 844 });
    const participant = participantScreen(phone.page);
    await participant.join('Li Na', 'Warehouse');
    await participant.showPairwise();
    const slider = participant.pair(ROW, COL).getByRole('slider');
    // Home: the handle all the way to the row's side — initial cost extremely more important.
    await slider.focus();
    await slider.press('Home');
    await expect
      .poll(() => participant.pair(ROW, COL).getByTestId('saaty-reading').textContent())
      .toBe('“Initial cost”: Extreme importance (9)');
    expect(await findLayoutDefects(phone.page)).toEqual([]);

    // Live on the facilitator's screen: a second vote, and the geometric mean √(½ × 9) ≈ 2.12.
    await expect.poll(() => card.getByTestId('vote-count').textContent()).toBe('2 of 5 voted');
    await expect.poll(() => card.getByTestId('vote-result').textContent()).toBe('2.12');
    await expect.poll(() => card.getByTestId('vote-voters').textContent()).toContain('Li Na: 9');

    await card.getByRole('button', { name: 'Lock' }).click();
    await participant.pair(ROW, COL).getByTestId('locked-tag').waitFor();
    expect(await slider.getAttribute('aria-disabled')).toBe('true');
    await slider.press('End').catch(() => undefined);
    await expect
      .poll(() => participant.pair(ROW, COL).getByTestId('saaty-reading').textContent())
      .toBe('“Initial cost”: Extreme importance (9)');
    expect(await card.getByTestId('vote-result').textContent()).toBe('2.12');

    // Anonymous mode: the count and the result stay, the names go.
    await facilitator.page.getByTestId('anonymous-switch').click();
    await card.getByTestId('vote-voters').waitFor({ state: 'detached' });
    expect(await card.getByTestId('vote-count').textContent()).toBe('2 of 5 voted');

    // After the quiet second the file on disk has the participant's vote.
    await expect
      .poll(
        async () => {
          const parsed = parseProject(await readFile(file, 'utf8'));
          if (!parsed.ok) return null;
          const rater = parsed.document.decision.raters.find((r) => r.name === 'Li Na');
          if (!rater) return null;
          return parsed.document.decision.judgements
            .filter((j) => j.raterId === rater.id)
            .map((j) => [j.rowId, j.colId, j.value]);
        },
        { timeout: 10_000 },
      )
      .toEqual([[ROW, COL, 9]]);
    expect(facilitator.problems).toEqual([]);
    expect(phone.problems).toEqual([]);
  });

  it('tells a web user how to host a workshop, since a browser tab cannot', async () => {
    const root = new URL('/', handle.joinUrl).href;
    const { page, problems } = await openPage(root, { width: 1280, height: 800 });
    await startScreen(page).createFromTemplate('food-plant');
    await page.getByTestId('start-workshop').click();
    await expect
      .poll(() => page.getByTestId('serve-command').textContent())
      .toContain('traceready serve');
    expect(await findLayoutDefects(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
