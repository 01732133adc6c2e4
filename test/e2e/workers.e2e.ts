import { describe, expect, it } from 'vitest';
import type { ProjectDocument } from '../../shared/model/schema.ts';
import { serializeProject } from '../../shared/model/serialize.ts';
import { createSampler } from '../../shared/decision/random.ts';
import { findTemplate, loadTemplateDocument } from '../../shared/templates/catalog.ts';
import { useApp } from './support/lifecycle.ts';
import { header, openByUpload, optionsPage } from './support/screens.ts';

const app = useApp();

const TITLE = 'Large plant (workers e2e)';

/**
 * A large assessment, within the model's limits (shared/model/limits.ts): 100 candidates, 10
 * main criteria of 40 sub-criteria each, every score with a range — 40,000 ranges, so the
 * Monte Carlo (10,000 draws) runs for seconds, and a file of several MB, parsed in a worker.
 */
function largeProject(): string {
  const base = loadTemplateDocument(findTemplate('food-plant')!, 'en');
  const sampler = createSampler(7);
  const rater = base.decision.raters[0]!;
  const parents = Array.from({ length: 10 }, (_, p) => ({
    ...base.decision.criteria[0]!,
    id: `main-${p}`,
    builtin: '',
    name: `Main criterion ${p}`,
    parentId: null,
  }));
  const leaves = parents.flatMap((parent, p) =>
    Array.from({ length: 40 }, (_, k) => ({
      ...parent,
      id: `leaf-${p}-${k}`,
      name: `Sub-criterion ${p}.${k}`,
      parentId: parent.id,
    })),
  );
  const candidates = Array.from({ length: 100 }, (_, i) => ({
    ...base.decision.candidates[i % 3]!,
    id: `cand-${i}`,
    name: `Candidate ${i}`,
    vendorId: null,
  }));
  const scores = candidates.flatMap((c) =>
    leaves.map((k) => {
      const value = 3 + Math.floor(sampler.uniform() * 5);
      return {
        id: `s-${c.id}-${k.id}`,
        raterId: rater.id,
        subjectId: c.id,
        criterionId: k.id,
        value,
        low: value - 2,
        high: value + 2,
        note: '',
      };
    }),
  );
  const doc: ProjectDocument = {
    ...base,
    meta: { ...base.meta, title: TITLE },
    decision: {
      ...base.decision,
      weightMethod: 'direct',
      criteria: [...parents, ...leaves],
      candidates,
      raters: [rater],
      weights: [],
      judgements: [],
      scores,
      costs: [],
    },
  };
  return serializeProject(doc);
}

describe('long work off the UI thread', () => {
  it('opens a large file in a worker (cancel keeps the start screen), then evaluates it in a worker with progress and cancel', async () => {
    const { page } = await app.open();
    const text = largeProject();
    expect(text.length).toBeGreaterThan(1_000_000);

    // Cancel the open: nothing is opened.
    await openByUpload(page, 'large.trplan', text);
    await page.getByTestId('open-progress').waitFor();
    await page.getByTestId('open-cancel').click();
    await page.getByTestId('open-progress').waitFor({ state: 'detached' });
    expect(await header(page).projectTitle().count()).toBe(0);

    // Open it for real.
    await openByUpload(page, 'large.trplan', text);
    await expect
      .poll(() => header(page).projectTitle().textContent(), { timeout: 30_000 })
      .toContain(TITLE);

    const options = optionsPage(page);
    await options.open();
    await options.tab('Results');
    const progress = page.getByTestId('evaluation-progress');
    await progress.waitFor();
    await expect.poll(() => progress.textContent()).toMatch(/of 10,000 draws/);
    // The page answers while the worker runs: a timer round trip, then a click (Cancel).
    expect(await page.evaluate(() => new Promise((r) => setTimeout(() => r('answered'), 0)))).toBe(
      'answered',
    );
    await page.getByTestId('evaluation-cancel').click();
    await page.getByTestId('evaluation-stopped').waitFor();
    expect(await page.getByTestId('evaluation-stopped').textContent()).toContain(
      'Calculation cancelled',
    );

    // Run again to the end: the ranking of all 100 candidates appears.
    await page.getByTestId('evaluation-retry').click();
    await progress.waitFor();
    await page.getByTestId('results-option').waitFor({ timeout: 60_000 });
    await progress.waitFor({ state: 'detached' });
    expect(await options.rankingRows('weightedSum').count()).toBeGreaterThan(0);
  }, 180_000);
});
