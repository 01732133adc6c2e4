import { describe, expect, it } from 'vitest';
import { parseProject } from '../../../shared/model/parse.ts';
import { serializeProject } from '../../../shared/model/serialize.ts';
import { findTemplate, loadTemplateDocument } from '../../../shared/templates/catalog.ts';
import {
  OFF_THREAD_CHARACTERS,
  openProgress,
  parseProjectOffThread,
} from '../../../renderer/platform/parse-project-off-thread.ts';

/**
 * Opening in the web app: small files parse in-thread, large ones in a worker. Node has no
 * Worker, so both take the in-thread path here (the worker itself is covered by
 * test/e2e/workers.e2e.ts); the answer must be parseProject's, and no progress is left behind.
 */
describe('parseProjectOffThread without a Worker', () => {
  const doc = loadTemplateDocument(findTemplate('food-plant')!, 'en');
  const small = serializeProject(doc);
  // Pad the file past the threshold with whitespace JSON ignores.
  const large = small.replace(/\n}\s*$/, `${' '.repeat(OFF_THREAD_CHARACTERS)}\n}\n`);

  it.each([
    ['a small file', small],
    ['a large file', large],
    ['an invalid file', '{"schemaVersion": 2, "title": 7}'],
  ])('answers %s as parseProject does', async (_, text) => {
    const result = await parseProjectOffThread(text, 'p.trplan');
    const expected = parseProject(text);
    expect(result).not.toBe('cancelled');
    if (result === 'cancelled') return;
    expect(result.ok).toBe(expected.ok);
    if (result.ok && expected.ok)
      expect(result.document.decision).toEqual(expected.document.decision);
    else expect(result).toEqual(expected);
    expect(openProgress.get()).toBeNull();
  });

  it('pads the large case past the threshold', () => {
    expect(large.length).toBeGreaterThan(OFF_THREAD_CHARACTERS);
  });
});
