import { describe, expect, it, vi } from 'vitest';
import { nodeIo } from '../../../cli/io.ts';
import { exportAsyncApi } from '../../../shared/flows/export-asyncapi.ts';
import { specPropertyNames } from '../../../shared/flows/object-schemas.ts';
import { inertText } from '../../../shared/text/inert-text.ts';
import { customObject, diagram, flow, system, validateAsyncApi } from '../flows/flow-fixtures.ts';

/** Exports and CLI output stay inert (issue 11, item 6). */

describe('custom field names that tools read as syntax', () => {
  const withField = (...names: string[]) =>
    diagram(
      [system('a', 'mes'), system('b', 'erp')],
      [flow('f', 'a', 'b', ['pl'], { protocol: 'mqtt' })],
      {},
      [
        customObject(
          'pl',
          'Pallet',
          names.map((name) => ({ name, type: 'string', isRequired: true })),
        ),
      ],
    );

  it.each([
    ['$ref'],
    ['__proto__'],
    ['$id'],
    ['constructor'],
    ['$ref', '_ref'],
    ['$schema', 'prototype'],
  ])('AsyncAPI with fields %j passes the official parser', async (...names) => {
    const api = exportAsyncApi(withField(...names), 'en');
    const errors = (await validateAsyncApi(api)).filter((d) => d.severity === 0);
    expect(errors).toEqual([]);
  });

  it.each([
    [['$ref'], ['_ref']],
    [['__proto__'], ['__proto___']],
    [
      ['$ref', '_ref'],
      ['_ref_2', '_ref'],
    ],
    [
      ['value', '$$x'],
      ['value', '__x'],
    ],
  ])('specPropertyNames(%j) → %j', (names, expected) => {
    expect(
      specPropertyNames(
        names.map((name) => ({ name, type: 'string' as const, isRequired: false })),
      ),
    ).toEqual(expected);
  });
});

describe('inertText', () => {
  it.each([
    ['Plant\u001b[2J A', 'Plant\\u001b[2J A'],
    ['evil\u202eexe.txt', 'evil\\u202eexe.txt'],
    ['a\rb', 'a\\u000db'],
    ['\u009b31m', '\\u009b31m'],
    ['a\ud800b\ufffe', 'a\\ud800b\\ufffe'],
    ['emoji 🚨 stays', 'emoji 🚨 stays'],
    ['two\nlines\tand tab', 'two\nlines\tand tab'],
    ['原材料追溯 ✓', '原材料追溯 ✓'],
  ])('%j → %j', (input, expected) => {
    expect(inertText(input)).toBe(expected);
  });

  it('the CLI prints a title with escape sequences inert', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      nodeIo.out('✓ plan.trplan: valid — \u001b]0;pwned\u0007\u001b[2J');
      expect(write).toHaveBeenCalledWith(
        '✓ plan.trplan: valid — \\u001b]0;pwned\\u0007\\u001b[2J\n',
      );
    } finally {
      write.mockRestore();
    }
  });
});
