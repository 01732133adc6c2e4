import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/lifecycle.ts';
import { header, startScreen } from './support/screens.ts';

const app = useApp();

/** The team tabs of the Rollout page (task force & RACI, gates, risks, training). */
const teamTabs = (page: Page) => ({
  open: () => page.getByRole('menuitem', { name: /3 Rollout|第三步/ }).click(),
  tab: (name: RegExp) => page.getByRole('tab', { name }).click(),
  cell: (workstreamId: string, memberId: string) =>
    page.getByTestId(`raci-${workstreamId}-${memberId}`),
  findings: (rule: string) => page.getByTestId('team-findings').locator(`[data-rule="${rule}"]`),
  undo: () => page.getByRole('button', { name: /^(Undo|撤销)$/ }).click(),
  itemStatus: (itemId: string) => page.getByTestId(`gate-item-status-${itemId}`),
  signer: (itemId: string) => page.getByTestId(`signoff-${itemId}`).getByRole('combobox'),
});

describe('step 3 task force, RACI and gates', () => {
  it('a second A raises the "exactly one A" finding, R clears it, undo brings it back; a UAT is signed and unsigned', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const team = teamTabs(page);
    await team.open();
    await team.tab(/Task force|项目组/);

    // The worked example's master-data row: procurement A, IT and warehouse R.
    const warehouse = team.cell('ws-data', 'm-warehouse');
    expect(await warehouse.getAttribute('data-role')).toBe('R');
    expect(await team.findings('raci.accountable-count').count()).toBe(0);

    await warehouse.click(); // R → A: two Accountables on the row
    await expect.poll(() => warehouse.getAttribute('data-role')).toBe('A');
    await team.findings('raci.accountable-count').first().waitFor();
    expect(await team.findings('raci.accountable-count').first().textContent()).toContain(
      'Zhao Lei',
    );
    expect(await warehouse.getAttribute('data-problem')).toBe('true');

    await warehouse.press('r'); // back to R from the keyboard
    await expect.poll(() => team.findings('raci.accountable-count').count()).toBe(0);
    expect(await warehouse.getAttribute('data-problem')).toBe('false');

    await team.undo(); // the R press
    await expect.poll(() => warehouse.getAttribute('data-role')).toBe('A');
    await team.findings('raci.accountable-count').first().waitFor();
    await team.undo(); // the click
    await expect.poll(() => warehouse.getAttribute('data-role')).toBe('R');
    await expect.poll(() => team.findings('raci.accountable-count').count()).toBe(0);

    // Phase 1's UAT item: signed by the production manager (a business owner) it passes.
    await team.tab(/^Gates$/);
    await expect.poll(() => team.itemStatus('gate-1-uat').textContent()).toContain('not signed');
    await team.signer('gate-1-uat').click();
    await page.getByRole('option', { name: /Liu Qiang/ }).click();
    await expect.poll(() => team.itemStatus('gate-1-uat').textContent()).toContain('Passed');
    await team.undo();
    await expect.poll(() => team.itemStatus('gate-1-uat').textContent()).toContain('not signed');

    // The same in Chinese, and the SOP opens in a print view.
    await header(page).switchLanguage('中文');
    await expect.poll(() => team.itemStatus('gate-1-uat').textContent()).toContain('尚未签字');
    await team.tab(/^培训$/);
    await page.getByTestId('print-sop').click();
    await expect
      .poll(() => page.getByTestId('sop-sheet').first().textContent())
      .toContain('扫码失败或标签无法识别时');
  });
});
