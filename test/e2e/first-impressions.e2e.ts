import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, watchConsole, type Harness } from './support/harness.ts';
import { findLayoutDefects } from './support/layout-check.ts';

/**
 * The screenshot pass of issue 12: every page and tab — the shell, steps 1–3, the diagram and the
 * report — in
 * both languages and both themes at 1280×800 and 1920×1080, must have no horizontal
 * scrollbar, no body margin, no text spilling out of its box and no i18n key shown as text.
 * With LAYOUT_SHOTS=<folder> it also saves a PNG of every stop for a human review.
 */

type Stop = { name: string; go: (page: Page) => Promise<void> };

const sider = (page: Page) => page.locator('.ant-layout-sider .ant-menu-item');
const topTabs = (page: Page) => page.locator('.ant-tabs-nav').first().locator('.ant-tabs-tab');
const settle = (page: Page) => page.waitForTimeout(250);

const optionTabs = ['setup', 'weights', 'scores', 'tco', 'results', 'vendors', 'spreadsheet'];
const rolloutTabs = ['plan', 'team', 'gates', 'risks', 'training', 'calendar'];

/** The stops of the pass, in order; each brings the page there from the previous stop. */
const stops: Stop[] = [
  { name: 'start', go: (page) => page.getByTestId('create-food-plant').waitFor() },
  {
    name: 'overview',
    go: async (page) => {
      await page.getByTestId('create-food-plant').click();
      await page.getByTestId('project-title').waitFor();
    },
  },
  {
    name: 'audit-questionnaire',
    go: async (page) => {
      await sider(page).nth(1).click();
      await page.locator('[data-question-id]').first().waitFor();
    },
  },
  {
    name: 'audit-results',
    go: async (page) => {
      await topTabs(page).nth(1).click();
      await page.getByTestId('readiness-index').waitFor();
    },
  },
  ...optionTabs.map((tab, i) => ({
    name: `options-${tab}`,
    go: async (page: Page) => {
      if (i === 0) await sider(page).nth(2).click();
      await topTabs(page).nth(i).click();
      await topTabs(page).nth(i).and(page.locator('.ant-tabs-tab-active')).waitFor();
    },
  })),
  {
    name: 'flows',
    go: async (page) => {
      await sider(page).nth(3).click();
      await page.locator('.react-flow__node').first().waitFor();
    },
  },
  ...rolloutTabs.map((tab, i) => ({
    name: `rollout-${tab}`,
    go: async (page: Page) => {
      if (i === 0) await sider(page).nth(4).click();
      await topTabs(page).nth(i).click();
      await topTabs(page).nth(i).and(page.locator('.ant-tabs-tab-active')).waitFor();
    },
  })),
  {
    name: 'report',
    go: async (page) => {
      await sider(page).nth(5).click();
      await settle(page);
    },
  },
];

const combos = (['en', 'zh-CN'] as const).flatMap((language) =>
  [false, true].flatMap((isDark) =>
    [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ].map((viewport) => ({ language, isDark, viewport })),
  ),
);

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

async function openWith(combo: (typeof combos)[number]): Promise<BrowserContext> {
  const context = await harness.browser.newContext({
    locale: combo.language === 'en' ? 'en-US' : 'zh-CN',
    viewport: combo.viewport,
  });
  await context.addInitScript(
    (preferences) => {
      localStorage.setItem('traceready:preferences', JSON.stringify(preferences));
    },
    { language: combo.language, isDark: combo.isDark, isCompact: false },
  );
  return context;
}

describe('first impressions: the layout of every page', () => {
  it.each(combos)(
    '$language, dark $isDark, $viewport.width×$viewport.height',
    async (combo) => {
      const context = await openWith(combo);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const problems = watchConsole(page);
      await page.goto(harness.url);
      const shots = process.env.LAYOUT_SHOTS;
      if (shots) await mkdir(shots, { recursive: true });
      const label = `${combo.language}-${combo.isDark ? 'dark' : 'light'}-${combo.viewport.width}`;
      const defects: string[] = [];
      for (const stop of stops) {
        await stop.go(page);
        await settle(page);
        for (const defect of await findLayoutDefects(page)) defects.push(`${stop.name}: ${defect}`);
        if (shots) {
          await page.screenshot({ path: `${shots}/${label}-${stop.name}.png`, fullPage: true });
        }
      }
      await context.close();
      expect(defects).toEqual([]);
      expect(problems).toEqual([]);
    },
    120_000,
  );
});

describe('first impressions: behaviour', () => {
  it('shows an empty TCO chart with a sentence until costs exist, and the tab title names the project', async () => {
    const context = await openWith(combos[0]!);
    const page = await context.newPage();
    const problems = watchConsole(page);
    await page.goto(harness.url);
    await page.getByTestId('create-blank').click();
    await page.getByTestId('project-title').waitFor();
    expect(await page.title()).toBe('New traceability integration project (unsaved) — TraceReady');
    await sider(page).nth(2).click();
    await topTabs(page).nth(3).click();
    await page.getByTestId('chart-empty').getByText('Add cost items below').waitFor();
    expect(await page.locator('.recharts-line').count()).toBe(0);
    await context.close();
    expect(problems).toEqual([]);
  });
});
