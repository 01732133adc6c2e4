import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { useApp } from './support/lifecycle.ts';
import { header, keys, rolloutPage, startScreen } from './support/screens.ts';

const app = useApp();

describe('step 3 rollout plan', () => {
  it('reschedules the worked example when a task grows, undoes it, speaks Chinese and exports ICS', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const rollout = rolloutPage(page);
    await rollout.open();

    await page.getByTestId('gantt').waitFor();
    const finish = await rollout.finish();
    const criticalPath = await rollout.criticalPath();
    expect(criticalPath.length).toBeGreaterThan(0);

    // A task with float grows far past it: it joins the critical path and the finish moves.
    const [floating] = await rollout.floatingTasks();
    if (!floating) throw new Error('the example has no task with float');
    expect(criticalPath).not.toContain(floating);
    await rollout.reveal(floating);
    await rollout.durationInput(floating).fill('300');
    await expect.poll(() => rollout.criticalPath()).toContain(floating);
    await expect.poll(() => rollout.finish()).not.toBe(finish);
    expect(await page.locator(`[data-task-bar="${floating}"]`).getAttribute('data-critical')).toBe(
      'true',
    );

    // One typed number is one undo step: the plan is back as it was.
    await keys.undo(page);
    await expect.poll(() => rollout.finish()).toBe(finish);
    expect(await rollout.criticalPath()).toEqual(criticalPath);

    // A critical task that grows moves the finish by the same working days.
    const last = criticalPath.at(-1)!;
    await rollout.reveal(last);
    const days = Number(await rollout.durationInput(last).inputValue());
    await rollout.durationInput(last).fill(String(days + 5));
    await expect.poll(() => rollout.finish()).not.toBe(finish);
    await keys.undo(page);
    await expect.poll(() => rollout.finish()).toBe(finish);

    await header(page).switchLanguage('中文');
    await page.getByRole('tab', { name: '工作日历' }).waitFor();
    await page.getByText('关键路径', { exact: true }).first().waitFor();
    await page.getByRole('columnheader', { name: '前置任务' }).waitFor();
    await page.getByText('甘特图', { exact: true }).waitFor();

    const ics = await rollout.exportPlan(/iCalendar/);
    expect(ics.name).toMatch(/\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(ics.text) as unknown[]);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);

    // The Calendar tab lists the holidays of the plan's years: the example's 2027 Spring
    // Festival, entered as company exceptions until the holiday data has that year.
    await rollout.tab('工作日历');
    await page.getByText(/^计划所在年份的节假日与调休上班日/).waitFor();
    await page
      .getByTestId('preset-days')
      .getByText(/Spring Festival|春节/)
      .first()
      .waitFor();
  });

  it('moves and resizes a task by dragging its bar, each one undo step', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('food-plant');
    const rollout = rolloutPage(page);
    await rollout.open();
    await page.getByTestId('gantt').waitFor();
    const [floating] = await rollout.floatingTasks();
    if (!floating) throw new Error('the example has no task with float');
    // Week zoom draws 10 px a day: 200 px is four weeks later.
    await rollout.dragBar(floating, 200);
    await rollout.reveal(floating);
    await rollout.pin(floating).waitFor();
    await keys.undo(page);
    await expect.poll(() => rollout.pin(floating).count()).toBe(0);

    // Dragging its end two weeks later makes it longer by the working days in between: fewer
    // than ten where holidays fall, as the example's estimated 2027 Spring Festival does.
    await rollout.reveal(floating);
    const days = Number(await rollout.durationInput(floating).inputValue());
    await rollout.dragBar(floating, 140, 'end');
    await expect
      .poll(async () => Number(await rollout.durationInput(floating).inputValue()))
      .toBeGreaterThan(days);
    await keys.undo(page);
    await expect.poll(() => rollout.durationInput(floating).inputValue()).toBe(String(days));
  });

  it('leads the blank starter to a generated plan, undone in one step', async () => {
    const { page } = await app.open();
    await startScreen(page).createFromTemplate('blank');
    const rollout = rolloutPage(page);
    await rollout.open();
    await page.getByTestId('generate-plan').click();
    await page.getByTestId('gantt').waitFor();
    expect(await page.locator('[data-testid="task-table"] [data-row-key]').count()).toBeGreaterThan(
      3,
    );
    await keys.undo(page);
    await page.getByTestId('generate-plan').waitFor();
  });
});
