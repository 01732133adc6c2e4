import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PROJECT_CHARACTERS,
  parseProject,
  parseProjectValue,
  type ParseResult,
} from '../../../../shared/model/parse.ts';
import { languages } from '../../../../shared/model/schema.ts';
import { projectTemplates } from '../../../../shared/templates/catalog.ts';
import { exampleDocument, fixedContext, hasCjk, readRepoFile, withValueAt } from '../fixtures.ts';

const EXAMPLE_PATH = 'templates/examples/food-plant.en.json';

/** The errors of a failed parse; fails the test if the parse succeeded. */
function errorsOf(result: ParseResult) {
  if (result.ok) throw new Error('Expected the parse to fail');
  return result.errors;
}

/** The single error of a failed parse, checked to carry a message in both languages. */
function onlyError(result: ParseResult) {
  const errors = errorsOf(result);
  expect(errors).toHaveLength(1);
  const [error] = errors;
  if (!error) throw new Error('unreachable');
  expect(error.message.en.trim()).not.toBe('');
  expect(error.message['zh-CN'].trim()).not.toBe('');
  return error;
}

const exampleJson = (): Record<string, unknown> =>
  JSON.parse(readRepoFile(EXAMPLE_PATH)) as Record<string, unknown>;

describe('parseProject: valid input', () => {
  const cases = projectTemplates.flatMap((template) =>
    languages.map((language) => ({ template, language })),
  );
  it.each(cases)('template $template.id parses in $language', ({ template, language }) => {
    const result = parseProject(JSON.stringify(template.documents[language]), fixedContext());
    expect(result.ok && result.document.meta.language).toBe(language);
    expect(result.ok && result.migratedFrom).toBeNull();
  });

  it('parses the worked example read from disk, unchanged by migration', () => {
    const text = readRepoFile(EXAMPLE_PATH);
    const result = parseProject(text, fixedContext());
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document).toEqual(JSON.parse(text));
    expect(result.notices).toEqual([]);
    expect(result.document.decision.candidates).toHaveLength(3);
  });

  it('parses text that starts with a UTF-8 byte order mark', () => {
    const result = parseProject('\uFEFF' + readRepoFile(EXAMPLE_PATH), fixedContext());
    expect(result.ok).toBe(true);
  });

  it('fills defaults for a minimal current-version file', () => {
    const result = parseProject(
      JSON.stringify({
        schemaVersion: 1,
        id: 'p-1',
        meta: { createdAt: '2027-01-01T00:00:00Z', updatedAt: '2027-01-01T00:00:00+08:00' },
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document.meta.language).toBe('zh-CN');
    expect(result.document.decision.horizonYears).toBe(3);
    expect(result.document.flows.flows).toEqual([]);
    expect(result.document.rollout.startDate).toBeNull();
  });

  it('refuses fields the schema does not know, where they are (never a silent loss)', () => {
    const raw = { ...exampleJson(), extra: { secret: 1 } };
    const result = parseProject(JSON.stringify(raw));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.pointer)).toEqual(['/extra']);
  });
});

describe('parseProject: JSON syntax errors are located by line and column', () => {
  const cases = [
    { name: 'unquoted key', text: '{a:1}', line: 1, column: 2 },
    { name: 'missing closing brace', text: '{"a":1', line: 1, column: 7 },
    { name: 'trailing comma in an object', text: '{\n  "a": 1,\n}', line: 3, column: 1 },
    { name: 'text after the object', text: '{"a":1}\n\n  x', line: 3, column: 3 },
    { name: 'unterminated string', text: '{\n "title": "abc', line: 2, column: 15 },
    { name: 'missing colon', text: '{\r\n"a" 1}', line: 2, column: 5 },
  ];
  it.each(cases)('$name → line $line, column $column', ({ text, line, column }) => {
    const error = onlyError(parseProject(text));
    expect(error.pointer).toBe('');
    expect(error.message.en).toContain(`line ${line}, column ${column}`);
    expect(error.message['zh-CN']).toContain(`第 ${line} 行第 ${column} 列`);
    expect(hasCjk(error.message['zh-CN'])).toBe(true);
  });

  // Node 20's JSON.parse gives no "position N" for these, the commonest hand-editing mistakes
  // (a trailing comma, a value left out, a bare word): the location comes from jsonc-parser.
  it.each([
    { name: 'trailing comma in an array', text: '{"a":[1,]}' },
    { name: 'missing value', text: '{\n  "a": }' },
    { name: 'bare word', text: 'hello' },
  ])('$name is located by line and column', ({ text }) => {
    const error = onlyError(parseProject(text));
    expect(error.message.en).toMatch(/line \d+, column \d+/);
    expect(error.message['zh-CN']).toMatch(/第 \d+ 行第 \d+ 列/);
  });

  it('says an empty file is empty', () => {
    const error = onlyError(parseProject('  \n'));
    expect(error.message.en).toBe('The file is empty.');
    expect(hasCjk(error.message['zh-CN'])).toBe(true);
  });

  // The BOM is stripped before parsing; positions count from the text without it.
  it('locates errors correctly in BOM-prefixed text', () => {
    const error = onlyError(parseProject('\uFEFF{"a":1}\nx'));
    expect(error.message.en).toContain('line 2, column 1');
  });

  it('still reports an unlocated syntax error in both languages, never throws', () => {
    const error = onlyError(parseProject('{"a":[1,]}'));
    expect(error.pointer).toBe('');
    expect(error.message.en).toMatch(/JSON/);
    expect(hasCjk(error.message['zh-CN'])).toBe(true);
  });
});

describe('parseProject: wrong shapes', () => {
  it.each(['[]', '[{"schemaVersion":1}]', '42', 'null', '"a project"', 'true'])(
    'refuses the non-object %s at the root',
    (text) => {
      const error = onlyError(parseProject(text));
      expect(error.pointer).toBe('');
      expect(error.message.en).toMatch(/JSON object/);
      expect(error.message['zh-CN']).toMatch(/JSON 对象/);
    },
  );

  const deepCases = [
    { pointer: '/decision/criteria/0/direction', value: 42 },
    { pointer: '/decision/criteria/0/direction', value: 'sideways' },
    { pointer: '/flows/systems/2/position/x', value: 'left' },
    { pointer: '/flows/flows/4/objects/1', value: 'has spaces' },
    { pointer: '/rollout/tasks/3/durationDays', value: 1.5 },
    { pointer: '/rollout/tasks/0/raci/1/role', value: 'X' },
    { pointer: '/rollout/phases/1/gates/0/isDone', value: 'yes' },
    { pointer: '/decision/judgements/0/value', value: 10 },
    { pointer: '/decision/weights/0/value', value: -1 },
    { pointer: '/meta/createdAt', value: 'yesterday' },
    { pointer: '/meta/title', value: 'x'.repeat(201) },
    { pointer: '/id', value: 'has space' },
    { pointer: '/audit', value: [] },
  ];
  it.each(deepCases)('locates a bad value at $pointer', ({ pointer, value }) => {
    const text = JSON.stringify(withValueAt(exampleJson(), pointer, value));
    const error = onlyError(parseProject(text));
    expect(error.pointer).toBe(pointer);
    expect(error.message['zh-CN']).not.toBe(error.message.en);
    expect(hasCjk(error.message['zh-CN'])).toBe(true);
  });

  it('says a number too large to hold is too large, not "not a number"', () => {
    // JSON's 1e309 reads as Infinity.
    const text = JSON.stringify(
      withValueAt(exampleJson(), '/decision/weights/0/value', 7.654321),
    ).replace(/"value":7.654321/, '"value":1e309');
    const error = onlyError(parseProject(text));
    expect(error.pointer).toBe('/decision/weights/0/value');
    expect(error.message.en).toMatch(/must be a finite number: the value in the file is too large/);
    expect(error.message['zh-CN']).toMatch(/必须是有限数字/);
  });

  it('reports every schema problem, not just the first', () => {
    let raw = withValueAt(exampleJson(), '/decision/horizonYears', 0);
    raw = withValueAt(raw, '/rollout/risks/2/impact', 6);
    const errors = errorsOf(parseProject(JSON.stringify(raw)));
    expect(errors.map((e) => e.pointer)).toEqual([
      '/decision/horizonYears',
      '/rollout/risks/2/impact',
    ]);
  });

  it('refuses a schema-valid file with a dangling reference, at the reference', () => {
    const raw = withValueAt(exampleJson(), '/flows/flows/3/targetId', 'sys-nowhere');
    const error = onlyError(parseProject(JSON.stringify(raw)));
    expect(error.pointer).toBe('/flows/flows/3/targetId');
    expect(error.message.en).toContain('sys-nowhere');
  });

  it('refuses text longer than MAX_PROJECT_CHARACTERS before parsing it', () => {
    const error = onlyError(parseProject(' '.repeat(MAX_PROJECT_CHARACTERS + 1)));
    expect(error.pointer).toBe('');
    expect(error.message.en).toMatch(/50 MB/);
    expect(hasCjk(error.message['zh-CN'])).toBe(true);
  });
});

describe('parseProject: schema versions', () => {
  it.each([
    { value: 99, en: /newer TraceReady.*99/ },
    { value: 3, en: /newer TraceReady.*3/ },
    { value: 'abc', en: /whole number.*"abc"/ },
    { value: -1, en: /whole number.*-1/ },
    { value: 1.5, en: /whole number/ },
    { value: null, en: /whole number.*null/ },
    { value: '1', en: /whole number/ },
  ])('refuses schemaVersion $value at /schemaVersion', ({ value, en }) => {
    const raw = { ...exampleJson(), schemaVersion: value };
    const error = onlyError(parseProject(JSON.stringify(raw)));
    expect(error.pointer).toBe('/schemaVersion');
    expect(error.message.en).toMatch(en);
    expect(hasCjk(error.message['zh-CN'])).toBe(true);
  });

  it('accepts an explicit schemaVersion 0 as the short form', () => {
    const result = parseProject(JSON.stringify({ schemaVersion: 0, meta: { title: 'x' } }));
    expect(result.ok && result.migratedFrom).toBe(0);
  });

  // IPC payloads (structured clone) can carry a BigInt, which JSON.stringify cannot describe.
  it('refuses a BigInt schemaVersion without throwing', () => {
    const error = onlyError(parseProjectValue({ schemaVersion: 1n }));
    expect(error.pointer).toBe('/schemaVersion');
  });
});

describe('parseProject never throws on hostile input', () => {
  const expectSettled = (result: ParseResult) => {
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
  };

  it('for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectSettled(parseProject(text, fixedContext()));
      }),
      { numRuns: 300 },
    );
  });

  it('for arbitrary JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => expectSettled(parseProject(text, fixedContext()))),
      { numRuns: 300 },
    );
  });

  it('for arbitrary values, as JSON text and as decoded values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectSettled(parseProjectValue(value, fixedContext()));
        const text = JSON.stringify(value) as string | undefined;
        if (text !== undefined) expectSettled(parseProject(text, fixedContext()));
      }),
      { numRuns: 300 },
    );
  });

  it('for short-form objects whose sections hold anything', () => {
    const sections = fc.record(
      {
        meta: fc.anything(),
        audit: fc.dictionary(fc.constantFrom('answers', 'targets'), fc.anything()),
        decision: fc.dictionary(fc.constantFrom('raters', 'criteria', 'scores'), fc.anything()),
        flows: fc.anything(),
        rollout: fc.dictionary(fc.constantFrom('phases', 'tasks', 'team'), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(sections, (raw) => expectSettled(parseProjectValue(raw, fixedContext()))),
      { numRuns: 300 },
    );
  });

  it('for the example with one field replaced by any JSON value', () => {
    const base = exampleJson();
    const pointers = leafPointers(base);
    fc.assert(
      fc.property(fc.constantFrom(...pointers), fc.jsonValue(), (pointer, value) => {
        const result = parseProject(JSON.stringify(withValueAt(base, pointer, value)));
        expectSettled(result);
        if (!result.ok) expect(result.errors.every((e) => e.pointer.startsWith('/'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parse messages', () => {
  it('gives schema errors in both languages, in the same order', () => {
    const raw = withValueAt(exampleJson(), '/rollout/tasks/0/name', 7);
    const errors = errorsOf(parseProjectValue(withValueAt(raw, '/meta/industry', 'mining')));
    expect(errors).toHaveLength(2);
    for (const error of errors) {
      expect(error.message.en).toMatch(/[A-Za-z]/);
      expect(hasCjk(error.message['zh-CN'])).toBe(true);
    }
  });

  it('parses the in-memory example the same way as its text', () => {
    const fromValue = parseProjectValue(structuredClone(exampleDocument()));
    expect(fromValue.ok && fromValue.document).toEqual(exampleDocument());
  });
});

/** Every JSON pointer to a primitive or empty container in `value`. */
function leafPointers(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries = Object.entries(value);
  if (entries.length === 0) return [prefix];
  return entries.flatMap(([key, child]) =>
    leafPointers(child, `${prefix}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`),
  );
}
