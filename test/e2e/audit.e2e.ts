import { describe, expect, it } from 'vitest';
import { findTemplate, loadTemplateDocument } from '../../shared/templates/catalog.ts';
import { parseProject } from '../../shared/model/parse.ts';
import { useApp } from './support/lifecycle.ts';
import { auditPage, header, keys, saveByDownload, startScreen } from './support/screens.ts';

const app = useApp();

describe('step 1 self-audit', () => {
  it('answers a section, shows readiness, the radar and a red flag, in both languages', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    const audit = auditPage(page);
    await audit.open();
    await audit.section('Business ownership and governance');
    expect(await audit.sectionProgress('sec-governance')).toBe('0/6');

    await audit.choose('gov.business-owner', 'No');
    await audit.choose('gov.sponsor', 'Yes, and actively steering');
    await audit.check('gov.task-force', ['IT', 'Quality control']);
    expect(await audit.sectionProgress('sec-governance')).toBe('3/6');

    await audit.results();
    await page.getByTestId('red-flag-no-business-owner').waitFor();
    expect(await page.locator('.recharts-radar').count()).toBe(2); // current and target
    // gov.business-owner (weight 2) = 0, gov.task-force (2) = 1, gov.sponsor (1) = 5:
    // (0·2 + 1·2 + 5·1) / 5 = 1.4 → 28 for the one dimension answered.
    expect(await page.getByTestId('readiness-index').textContent()).toContain('28');

    await header(page).switchLanguage('中文');
    await page.getByText('没有业务负责人：IT 打通的数据可能无人需要，最终系统被闲置。').waitFor();

    await page.getByRole('tab', { name: '问卷' }).click();
    expect(await audit.isChosen('gov.business-owner', '没有')).toBe(true);

    const saved = await saveByDownload(page);
    const parsed = parseProject(saved.text);
    const answer = parsed.ok
      ? parsed.document.audit.answers.find((a) => a.questionId === 'gov.business-owner')
      : null;
    expect(answer?.value).toBe('no');
  });

  it('undoes an answer, and hides serial-level questions for lot-level granularity', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    const audit = auditPage(page);
    await audit.open();
    await audit.choose('goal.granularity', 'Batch / lot level');
    expect(await page.locator('[data-question-id="goal.serial-labels"]').count()).toBe(0);
    await audit.choose('goal.granularity', 'Unit / serial level');
    await page.locator('[data-question-id="goal.serial-labels"]').waitFor();

    await keys.undo(page);
    await expect
      .poll(() => page.locator('[data-question-id="goal.serial-labels"]').count())
      .toBe(0);
    expect(await audit.isChosen('goal.granularity', 'Batch / lot level')).toBe(true);
  });

  // The example's plan already holds every cleansing task step 1 asks for: accepting records the
  // decision and adds no duplicates.
  it('accepts the worked example’s cleansing tasks without duplicating the planned ones', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const audit = auditPage(page);
    await audit.open();
    await audit.results();
    await page.getByTestId('red-flag-interface-count').waitFor();
    await page.getByTestId('accept-rollout').click();
    await page.getByText('Accepted').waitFor();
    const saved = await saveByDownload(page);
    const parsed = parseProject(saved.text);
    const planned = loadTemplateDocument(findTemplate('food-plant')!, 'en').rollout.tasks;
    if (!parsed.ok) throw new Error('the saved project does not parse');
    expect(parsed.document.rollout.tasks.map((t) => t.id)).toEqual(planned.map((t) => t.id));
    expect(parsed.document.audit.handoffs).toContainEqual(
      expect.objectContaining({ handoff: 'rollout', status: 'accepted' }),
    );
  });
});
