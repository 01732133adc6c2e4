import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nearestKey } from '../../../../shared/model/document-shape.ts';
import { parseProject, parseProjectValue } from '../../../../shared/model/parse.ts';
import { decodePointer, exampleDocument, fixedContext, hasCjk } from '../fixtures.ts';

/** A copy of the example with one extra key at `pointer` (its parent must exist). */
function withExtraKey(pointer: string, value: unknown): unknown {
  const doc = structuredClone(exampleDocument()) as unknown;
  const tokens = decodePointer(pointer);
  let node = doc as Record<string, unknown>;
  for (const token of tokens.slice(0, -1)) node = node[token] as Record<string, unknown>;
  node[tokens.at(-1)!] = value;
  return doc;
}

const repoFile = (relative: string) =>
  readFileSync(new URL(`../../../../${relative}`, import.meta.url), 'utf8');

/** Issue 11, item 3: files that are not projects, and keys the schema does not know. */
describe('files that are not TraceReady projects are refused', () => {
  it.each([
    { name: '{}', text: '{}' },
    { name: 'package.json', text: repoFile('package.json') },
    { name: 'tsconfig.json', text: repoFile('tsconfig.json') },
    { name: 'a section that is not an object', text: '{"decision": 3}' },
    { name: 'schemaVersion 0 and nothing else', text: '{"schemaVersion": 0}' },
    { name: 'a project section next to foreign keys', text: '{"meta": {}, "name": "x"}' },
  ])('$name', ({ text }) => {
    const result = parseProject(text, fixedContext());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]!.pointer).toBe('');
    expect(result.errors[0]!.message.en).toMatch(/not a TraceReady project/);
    expect(hasCjk(result.errors[0]!.message['zh-CN'])).toBe(true);
  });

  it('still reads a short form that looks like a project', () => {
    const result = parseProject(
      '{"meta": {"title": "Plant"}, "decision": {"raters": []}}',
      fixedContext(),
    );
    expect(result.ok).toBe(true);
  });
});

describe('unknown keys are located errors naming the key', () => {
  const pointerOf = (i: number) => `/decision/scores/${i}/vaule`;

  it('a typo in a score: "vaule" → did you mean "value"', () => {
    const result = parseProjectValue(withExtraKey(pointerOf(3), 9), fixedContext());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.pointer)).toEqual([pointerOf(3)]);
    expect(result.errors[0]!.message.en).toBe('unknown field "vaule" (did you mean "value"?)');
    expect(result.errors[0]!.message['zh-CN']).toContain('"value"');
  });

  it.each([
    ['/meta/titel', '"title"'],
    ['/flows/flows/0/Direction', '"direction"'],
    ['/rollout/zzzzzzzz', null],
  ])('%s', (pointer, suggestion) => {
    const result = parseProjectValue(withExtraKey(pointer, 1), fixedContext());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.pointer)).toEqual([pointer]);
    if (suggestion) expect(result.errors[0]!.message.en).toContain(suggestion);
    else expect(result.errors[0]!.message.en).not.toContain('did you mean');
  });

  it('lists at most 50 unknown keys', () => {
    const doc = structuredClone(exampleDocument()) as unknown as Record<string, unknown>;
    for (let i = 0; i < 500; i++) doc[`junk${i}`] = i;
    const result = parseProjectValue(doc, fixedContext());
    expect(!result.ok && result.errors.length).toBe(50);
  });

  it.each([
    ['vaule', ['value', 'low', 'high'], 'value'],
    ['TITLE', ['title'], 'title'],
    ['completelyDifferent', ['value'], null],
  ])('nearestKey(%s)', (key, known, expected) => {
    expect(nearestKey(key, known)).toBe(expected);
  });
});
