import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseProject } from '../../shared/model/parse.ts';
import type { ProjectDocument } from '../../shared/model/schema.ts';
import { serializeProject } from '../../shared/model/serialize.ts';
import { LARGE, largeProject } from '../support/large-project.ts';
import { useApp } from './support/lifecycle.ts';
import {
  auditPage,
  diagramPage,
  header,
  keys,
  openByUpload,
  optionsPage,
  overview,
  rolloutPage,
  saveByDownload,
} from './support/screens.ts';

/**
 * Issue 11's large-project round trip, in real Chromium through the web adapter: a project with
 * 1,000 systems, 2,000 flows, 12 candidates × 30 criteria × 10 raters (weights, scores with
 * ranges) and 5,000 tasks with 10,000 dependencies in three phases is opened, every page and
 * tab is visited, edited, 100 steps are undone (and everything undone gives back the original),
 * some redone, saved, reopened and saved again: nothing is lost. Behaviour, not timing — the
 * timeout is generous because the machine is shared.
 */

const app = useApp();

/** The document a saved file holds, with the save's own time stamp set aside. */
function savedDocument(text: string): ProjectDocument {
  const parsed = parseProject(text);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.pointer).join(', '));
  return parsed.document;
}
const withoutStamp = (doc: ProjectDocument) => ({
  ...doc,
  meta: { ...doc.meta, updatedAt: '' },
});

async function visitEveryPage(page: Page) {
  const audit = auditPage(page);
  await audit.open();
  await audit.results();

  const options = optionsPage(page);
  await options.open();
  for (const tab of ['Weights', 'Scores', 'TCO', 'Results', 'Vendors', 'Spreadsheet']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  }

  const diagram = diagramPage(page);
  await diagram.open();
  await diagram.nodes().first().waitFor();

  const rollout = rolloutPage(page);
  await rollout.open();
  for (const tab of ['Task force & RACI', 'Gates', 'Risks', 'Training', 'Calendar', 'Plan']) {
    await rollout.tab(tab);
    await page.getByRole('tab', { name: tab, exact: true, selected: true }).waitFor();
  }
  await page.getByTestId('gantt').waitFor();

  await page.getByRole('menuitem', { name: /Report/ }).click();
  await page.getByRole('heading', { name: 'Report' }).first().waitFor();
  await page.getByRole('menuitem', { name: /Overview/ }).click();
}

describe('a large project round trip (issue 11)', () => {
  it(
    `opens ${LARGE.systems} systems, ${LARGE.flows} flows, ${LARGE.candidates}×${LARGE.criteria}×${LARGE.raters} scores and ${LARGE.tasks} tasks; edits, undoes 100 steps, saves and reopens with nothing lost`,
    { timeout: 900_000 },
    async () => {
      const text = serializeProject(largeProject({ withRanges: true }));
      const original = savedDocument(text);
      const { page } = await app.open({ withoutFilePickers: true });
      page.setDefaultTimeout(180_000);

      await openByUpload(page, 'large.trplan', text);
      await expect.poll(() => overview(page).titleInput().inputValue()).toBe(original.meta.title);
      await visitEveryPage(page);

      // Edit 1: a task's duration, in the (virtual) task table of the Plan tab.
      const rollout = rolloutPage(page);
      await rollout.open();
      const firstRow = page.locator('[data-testid="task-table"] [data-row-key^="task-"]').first();
      const taskId = (await firstRow.getAttribute('data-row-key'))!;
      const task = original.rollout.tasks.find((t) => t.id === taskId)!;
      const duration = task.durationDays === 7 ? 8 : 7;
      await rollout.durationInput(taskId).fill(String(duration));
      await rollout.durationInput(taskId).press('Tab');
      await expect.poll(() => rollout.durationInput(taskId).inputValue()).toBe(String(duration));

      // Edits 2–111: title and client in turn, each its own undo step (different fields).
      await page.getByRole('menuitem', { name: /Overview/ }).click();
      const title = overview(page).titleInput();
      const client = overview(page).clientInput();
      for (let i = 1; i <= 55; i++) {
        await title.fill(`Title ${i}`);
        await client.fill(`Client ${i}`);
      }
      await expect.poll(() => header(page).projectTitle().textContent()).toBe('Title 55');

      // Undo 100 steps: back to the tenth meta edit.
      for (let i = 0; i < 100; i++) await keys.undo(page);
      await expect.poll(() => title.inputValue()).toBe('Title 5');
      expect(await client.inputValue()).toBe('Client 5');
      // …and the remaining 11: the document is the one opened, to the last field.
      for (let i = 0; i < 11; i++) await keys.undo(page);
      await expect.poll(() => title.inputValue()).toBe(original.meta.title);
      const undone = savedDocument((await saveByDownload(page)).text);
      expect(withoutStamp(undone)).toEqual(withoutStamp(original));

      // Redo 11: the duration and title/client 1–5 come back.
      for (let i = 0; i < 11; i++) await keys.redo(page);
      await expect.poll(() => title.inputValue()).toBe('Title 5');
      expect(await client.inputValue()).toBe('Client 5');

      const saved = await saveByDownload(page);
      const expected: ProjectDocument = {
        ...original,
        meta: { ...original.meta, title: 'Title 5', client: 'Client 5' },
        rollout: {
          ...original.rollout,
          tasks: original.rollout.tasks.map((t) =>
            t.id === taskId ? { ...t, durationDays: duration } : t,
          ),
        },
      };
      const savedDoc = savedDocument(saved.text);
      expect(withoutStamp(savedDoc)).toEqual(withoutStamp(expected));
      expect(savedDoc.flows.systems).toHaveLength(LARGE.systems);
      expect(savedDoc.flows.flows).toHaveLength(LARGE.flows);
      expect(savedDoc.decision.scores).toHaveLength(
        LARGE.candidates * LARGE.criteria * LARGE.raters,
      );
      expect(savedDoc.rollout.tasks).toHaveLength(LARGE.tasks);

      // Reopen the saved file: it shows the edits, and saving it again changes nothing.
      const undo = page.getByRole('button', { name: 'Undo', exact: true });
      expect(await undo.isDisabled()).toBe(false);
      await openByUpload(page, saved.name, saved.text, { discardUnsaved: true });
      // Opened (not just still open): a reopened file starts with no history to undo.
      await expect.poll(() => undo.isDisabled()).toBe(true);
      await expect.poll(() => overview(page).titleInput().inputValue()).toBe('Title 5');
      await rollout.open();
      await rollout.reveal(taskId);
      await expect.poll(() => rollout.durationInput(taskId).inputValue()).toBe(String(duration));
      const again = savedDocument((await saveByDownload(page)).text);
      expect(withoutStamp(again)).toEqual(withoutStamp(expected));
    },
  );
});
