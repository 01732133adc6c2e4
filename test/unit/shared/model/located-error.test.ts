import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLocatedError, toPointer } from '../../../../shared/model/located-error.ts';
import { decodePointer } from '../fixtures.ts';

describe('toPointer (RFC 6901)', () => {
  it.each([
    [[], ''],
    [['meta'], '/meta'],
    [['flows', 'flows', 3, 'sourceId'], '/flows/flows/3/sourceId'],
    [['a~b'], '/a~0b'],
    [['a/b'], '/a~1b'],
    [['~1'], '/~01'],
    [['/~'], '/~1~0'],
    [['~~//'], '/~0~0~1~1'],
    [[''], '/'],
    [['', ''], '//'],
    [['a b', '追溯'], '/a b/追溯'],
  ] as const)('%j → %j', (path, pointer) => {
    expect(toPointer(path)).toBe(pointer);
  });

  it('matches the examples of RFC 6901 section 5', () => {
    expect(toPointer(['a/b'])).toBe('/a~1b');
    expect(toPointer(['m~n'])).toBe('/m~0n');
    expect(toPointer(['c%d'])).toBe('/c%d');
    expect(toPointer([' '])).toBe('/ ');
  });

  it('decodes back to the same path (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat().map(String))), (path) => {
        expect(decodePointer(toPointer(path))).toEqual(path);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatLocatedError', () => {
  const error = {
    pointer: '/meta/createdAt',
    message: { en: 'Invalid date', 'zh-CN': '日期无效' },
  };
  it('puts the pointer before the message in the chosen language', () => {
    expect(formatLocatedError(error, 'en')).toBe('/meta/createdAt: Invalid date');
    expect(formatLocatedError(error, 'zh-CN')).toBe('/meta/createdAt：日期无效');
  });

  it('shows the document root as /', () => {
    expect(formatLocatedError({ ...error, pointer: '' }, 'en')).toBe('/: Invalid date');
  });
});
