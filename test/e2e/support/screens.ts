import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** Page helpers per screen, so tests read as what a user does. */
export const startScreen = (page: Page) => ({
  createFromTemplate: async (templateId: string) => {
    await page.getByTestId(`create-${templateId}`).click();
    await page.getByLabel(/Project title|项目名称/).waitFor();
  },
  recentItem: (name: string) => page.locator('.ant-list-item', { hasText: name }),
});

export const overview = (page: Page) => ({
  titleInput: () => page.getByLabel(/Project title|项目名称/),
  clientInput: () => page.getByLabel(/^(Client|客户)$/),
});

export const header = (page: Page) => ({
  projectTitle: () => page.getByTestId('project-title'),
  saveState: () => page.getByTestId('save-state'),
  switchLanguage: (label: '中文' | 'English') =>
    page.locator('.ant-segmented').first().getByText(label, { exact: true }).click(),
  open: () =>
    page
      .getByRole('button', { name: /Open…|打开…/ })
      .first()
      .click(),
  close: () => page.getByRole('button', { name: /Close project|关闭项目/ }).click(),
});

export const auditPage = (page: Page) => {
  const card = (questionId: string) => page.locator(`[data-question-id="${questionId}"]`);
  return {
    open: () => page.getByRole('menuitem', { name: /Self-audit|内部需求自审/ }).click(),
    section: (title: string) => page.getByRole('menuitem', { name: title }).click(),
    sectionProgress: (sectionId: string) =>
      page.getByTestId(`section-progress-${sectionId}`).textContent(),
    // Ant Design hides the native inputs; people click the labels, and so do the tests.
    choose: (questionId: string, label: string) =>
      card(questionId).locator('label.ant-radio-wrapper', { hasText: label }).first().click(),
    check: async (questionId: string, labels: string[]) => {
      for (const label of labels) {
        await card(questionId)
          .locator('label.ant-checkbox-wrapper')
          .filter({ has: page.getByText(label, { exact: true }) })
          .click();
      }
    },
    isChosen: async (questionId: string, label: string) =>
      (await card(questionId)
        .locator('label.ant-radio-wrapper-checked', { hasText: label })
        .count()) > 0,
    results: () => page.getByRole('tab', { name: /Results|结果/ }).click(),
  };
};

export const diagramPage = (page: Page) => ({
  open: () => page.getByRole('menuitem', { name: /Data flows|数据流/ }).click(),
  nodes: () => page.locator('.react-flow__node'),
  edges: () => page.locator('.react-flow__edge'),
  /** HTML5 drag from the palette onto the canvas, at a position inside the canvas. */
  dragFromPalette: (kind: string, at: { x: number; y: number }) =>
    page
      .getByTestId(`palette-${kind}`)
      .dragTo(page.locator('.react-flow__pane'), { targetPosition: at }),
  /** Clicks an edge at its middle (a React Flow bezier is symmetric: its box's centre is on it). */
  clickEdge: async (index: number) => {
    const box = await page.locator('.react-flow__edge-interaction').nth(index).boundingBox();
    if (!box) throw new Error('edge not found');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  },
  /** Drags from the source handle of one node to the target handle of another. */
  connect: async (from: number, to: number) => {
    const source = page
      .locator('.react-flow__node')
      .nth(from)
      .locator('.react-flow__handle.source');
    const target = page.locator('.react-flow__node').nth(to).locator('.react-flow__handle.target');
    const a = await source.boundingBox();
    const b = await target.boundingBox();
    if (!a || !b) throw new Error('handles not found');
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 12 });
    await page.mouse.up();
  },
});

const modifier = process.platform === 'darwin' ? 'Meta' : 'Control';
export const keys = {
  undo: (page: Page) => page.keyboard.press(`${modifier}+z`),
  redo: (page: Page) => page.keyboard.press(`${modifier}+Shift+z`),
  save: (page: Page) => page.keyboard.press(`${modifier}+s`),
};

/** Triggers a save and returns the downloaded file's text (the web fallback saves by download). */
export async function saveByDownload(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), keys.save(page)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

/** Opens a project through the upload fallback with the given file content. */
/**
 * Opens `text` as the file `name` through the header's Open. `discardUnsaved` answers "Don't
 * save" first: a project saved by download stays unsaved, so Open asks about it.
 */
export async function openByUpload(
  page: Page,
  name: string,
  text: string,
  options: { discardUnsaved?: boolean } = {},
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await header(page).open();
  if (options.discardUnsaved) {
    await page.getByRole('button', { name: /^(Don’t save|不保存)$/ }).click();
  }
  await (
    await chooser
  ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

export const optionsPage = (page: Page) => ({
  open: () => page.getByRole('menuitem', { name: /Options & vendors|方案与供应商选型/ }).click(),
  tab: (name: string | RegExp) => page.getByRole('tab', { name }).click(),
  /** Picks a rater (or the group) in the step-2 toolbar's select. */
  chooseRater: async (name: string | RegExp) => {
    await page.getByRole('combobox', { name: /^(Rater|评分人)$/ }).click();
    await page.locator('.ant-select-item-option', { hasText: name }).click();
  },
  /** The score input of the chosen rater for one subject and criterion. */
  scoreInput: (subject: string, criterion: string) => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const name = new RegExp(`^(Score|评分) ${escape(subject)}.* ${escape(criterion)}$`);
    return page.getByRole('spinbutton', { name });
  },
  /** Rows of the weighted-sum or TOPSIS ranking, best first. */
  rankingRows: (method: 'weightedSum' | 'topsis') =>
    page.getByTestId(`ranking-${method}`).locator('tbody tr.ant-table-row'),
  thresholdSentences: () => page.getByTestId('threshold-sentence'),
});

export const rolloutPage = (page: Page) => {
  const row = (taskId: string) =>
    // The task table is virtual: rows are mounted only while in view, and are not <tr>s.
    page.locator(`[data-testid="task-table"] [data-row-key="${taskId}"]`);
  return {
    open: () => page.getByRole('menuitem', { name: /3 Rollout|第三步/ }).click(),
    tab: (name: string | RegExp) => page.getByRole('tab', { name }).click(),
    /** The finish date shown at the top of the Plan tab. */
    finish: () => page.getByTestId('plan-finish').locator('.ant-statistic-content').textContent(),
    /** Ids of the tasks on the critical path, in schedule order. */
    criticalPath: () =>
      page
        .locator('[data-critical-task]')
        .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('data-critical-task'))),
    /** Ids of the tasks the Gantt draws off the critical path. */
    floatingTasks: () =>
      page
        .locator('[data-task-bar][data-critical="false"]')
        .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-task-bar'))),
    /**
     * Scrolls the virtual task table until the task's row is mounted (it is only while in view):
     * call before using a row that may be off screen.
     */
    reveal: async (taskId: string) => {
      await page.getByTestId('task-table').waitFor();
      await page.evaluate(async (key) => {
        const table = document.querySelector('[data-testid="task-table"]');
        if (!table) return;
        const find = () => table.querySelector(`[data-row-key="${CSS.escape(key)}"]`);
        const holder = [...table.querySelectorAll<HTMLElement>('*')].find(
          (e) => e.scrollHeight > e.clientHeight + 1 && getComputedStyle(e).overflowY !== 'visible',
        );
        if (!holder || find()) return;
        const frame = () =>
          new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        for (let top = 0; !find() && top <= holder.scrollHeight; top += holder.clientHeight / 2) {
          holder.scrollTop = top;
          await frame();
        }
      }, taskId);
      await row(taskId).waitFor();
    },
    durationInput: (taskId: string) => row(taskId).getByRole('spinbutton').first(),
    /** The "starts no earlier than" pin a Gantt move leaves in the task's row. */
    pin: (taskId: string) => row(taskId).getByRole('button', { name: /Starts no earlier than/ }),
    /** Drags a task's bar in the Gantt by `dx` pixels: a move, or with `end` a resize. */
    dragBar: async (taskId: string, dx: number, part: 'bar' | 'end' = 'bar') => {
      const bar = page.locator(
        part === 'bar'
          ? `[data-task-bar="${taskId}"] rect[style*="grab"]`
          : `[data-resize-handle="${taskId}"]`,
      );
      await bar.scrollIntoViewIfNeeded();
      const box = await bar.boundingBox();
      if (!box) throw new Error(`no bar for ${taskId}`);
      const y = box.y + box.height / 2;
      const x = part === 'bar' ? box.x + 4 : box.x + box.width / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x + dx, y, { steps: 10 });
      await page.mouse.up();
    },
    /** Opens the export menu, picks a format and returns the saved file's name and text. */
    exportPlan: async (label: RegExp) => {
      await page.getByTestId('plan-exports').hover();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: label }).click(),
      ]);
      const text = await readFile(await download.path(), 'utf8');
      return { name: download.suggestedFilename(), text };
    },
  };
};
