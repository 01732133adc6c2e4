import { describe, expect, it } from 'vitest';
import { parseProject } from '../../shared/model/parse.ts';
import { useApp } from './support/lifecycle.ts';
import { auditPage, diagramPage, keys, saveByDownload, startScreen } from './support/screens.ts';

const app = useApp();

/** Issue 14 end to end: a share entered as a count, and a supplier left out of scope on purpose. */
describe('rules that speak about this project', () => {
  it('answers a percentage as a count of a total, keeps it, and shows the derived share', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    const audit = auditPage(page);
    await audit.open();
    await audit.section('Existing systems: ERP and MES');
    const input = page.getByTestId('count-of-total-systems.batch-managed');
    await input.getByText('Count of total').click();
    await input.getByLabel('raw materials with batch management on').fill('82');
    await input.getByLabel('raw materials', { exact: true }).fill('120');
    await input.getByLabel('raw materials', { exact: true }).blur();
    await expect
      .poll(() => input.getByTestId('count-of-total-percent').textContent())
      .toBe('= 68.3%');

    const saved = await saveByDownload(page);
    const parsed = parseProject(saved.text);
    const answer = parsed.ok
      ? parsed.document.audit.answers.find((a) => a.questionId === 'systems.batch-managed')
      : undefined;
    expect(answer).toMatchObject({ status: 'answered', value: null, count: 82, total: 120 });
  });

  it('turns a supplier’s gap into a decision once it is out of scope with a reason', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const diagram = diagramPage(page);
    await diagram.open();
    await page.getByTestId('diagram-validation-toggle').click(); // the checks panel starts closed
    await page.getByTestId('finding-system.no-flows').waitFor();
    await page.locator('.react-flow__node[data-id="sys-suppliers"]').click();
    const block = page.getByTestId('out-of-scope');
    await block.getByRole('switch').click();
    await block.getByLabel('Reason (the team’s decision)').fill('Reached through the portal');
    await page.getByTestId('finding-chain.upstream-missing').waitFor();
    const finding = page.getByTestId('finding-chain.upstream-missing');
    expect(await finding.textContent()).toContain(
      'Raw-material suppliers is out of scope by decision (“Reached through the portal”)',
    );
    expect(await page.getByTestId('finding-system.no-flows').count()).toBe(0);

    await keys.undo(page); // the typed reason is one step
    await expect.poll(() => page.getByTestId('finding-system.no-flows').count()).toBe(1);
  });
});
