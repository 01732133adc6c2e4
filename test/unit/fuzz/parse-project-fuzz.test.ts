import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProject, parseProjectValue, type ParseResult } from '../../../shared/model/parse.ts';
import { projectTemplates } from '../../../shared/templates/catalog.ts';
import { deepFreeze, fixedContext, readRepoFile } from '../shared/fixtures.ts';
import {
  applyMutation,
  expectLocated,
  fuzzParameters,
  mutationOf,
  textEditOf,
} from './fuzz-support.ts';

/**
 * parseProject and template loading under 10,000 generated or mutated inputs each: every input
 * ends in a located error or a valid document, and the input value is never modified.
 */

const exampleText = readRepoFile('templates/examples/food-plant.en.json');
const blankText = readRepoFile('templates/projects/blank.en.json');
const example = JSON.parse(exampleText) as unknown;
const blank = JSON.parse(blankText) as unknown;

function expectSettled(result: ParseResult): void {
  if (result.ok) {
    expect(result.document.schemaVersion).toBe(2);
    expect(typeof result.document.id).toBe('string');
  } else expectLocated(result.errors);
}

describe('fuzz: parseProject', { timeout: 120_000 }, () => {
  it('10,000 texts: random, JSON, and edits of real project files', () => {
    const text = fc.oneof(
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
      { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
      { weight: 3, arbitrary: textEditOf(blankText) },
      { weight: 1, arbitrary: textEditOf(exampleText) },
      {
        weight: 3,
        arbitrary: mutationOf(blank).map((m) => JSON.stringify(applyMutation(blank, m)) ?? ''),
      },
    );
    fc.assert(
      fc.property(text, (t) => expectSettled(parseProject(t, fixedContext()))),
      fuzzParameters(),
    );
  });

  it('10,000 decoded values (IPC and recovery payloads), never modified', () => {
    const value = fc.oneof(
      { weight: 2, arbitrary: fc.anything({ maxDepth: 3 }) },
      { weight: 4, arbitrary: mutationOf(blank).map((m) => applyMutation(blank, m)) },
      { weight: 1, arbitrary: mutationOf(example).map((m) => applyMutation(example, m)) },
    );
    fc.assert(
      fc.property(value, (v) => {
        // A frozen input throws on any write: the open project (or payload) stays untouched.
        expectSettled(parseProjectValue(deepFreeze(v), fixedContext()));
      }),
      fuzzParameters(),
    );
  });
});

describe('fuzz: template loading', { timeout: 120_000 }, () => {
  it('10,000 mutated templates load or fail with a located, named error', () => {
    const templates = projectTemplates.flatMap((t) =>
      (['en', 'zh-CN'] as const).map((language) => ({ t, language })),
    );
    // One mutation arbitrary per template document, built once (the pointer list is the cost).
    const input = fc.oneof(
      ...templates.map(({ t, language }) => ({
        weight: t.kind === 'starter' ? 5 : 1,
        arbitrary: mutationOf(t.documents[language]).map((m) => ({
          t: {
            ...t,
            documents: { ...t.documents, [language]: applyMutation(t.documents[language], m) },
          },
          language,
        })),
      })),
    );
    fc.assert(
      fc.property(input, ({ t, language }) => {
        const result = parseProjectValue(t.documents[language], fixedContext());
        expectSettled(result);
      }),
      fuzzParameters(),
    );
  });
});
