import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basename, suggestedFileName } from '../../../../shared/model/file-names.ts';

const FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/u;

describe('suggestedFileName', () => {
  it.each([
    ['华欣食品: 追溯/对接', '华欣食品 追溯 对接.trplan'],
    ['Huaxin Foods', 'Huaxin Foods.trplan'],
    ['a<b>c:d"e/f\\g|h?i*j', 'a b c d e f g h i j.trplan'],
    ['tab\there\nnew\u0000line\u007fdel', 'tab here new line del.trplan'],
    ['a  /  b', 'a b.trplan'],
    ['  padded  ', 'padded.trplan'],
    ['report...', 'report.trplan'],
    ['report. . .', 'report.trplan'],
    ['v1.2 plan', 'v1.2 plan.trplan'],
    ['🧀 dairy', '🧀 dairy.trplan'],
    ['', 'project.trplan'],
    ['   ', 'project.trplan'],
    ['...', 'project.trplan'],
    ['???', 'project.trplan'],
    ['\u0000\u0001', 'project.trplan'],
  ])('%j → %j', (title, expected) => {
    expect(suggestedFileName(title)).toBe(expected);
  });

  it('uses the given fallback for an empty title', () => {
    expect(suggestedFileName('', '未命名项目')).toBe('未命名项目.trplan');
    expect(suggestedFileName('//', 'untitled')).toBe('untitled.trplan');
  });

  it('truncates long titles to 120 characters before the extension', () => {
    expect(suggestedFileName('a'.repeat(300))).toBe('a'.repeat(120) + '.trplan');
    expect(suggestedFileName('追'.repeat(121))).toBe('追'.repeat(120) + '.trplan');
  });

  // The cut is by code points (an emoji stays whole), and trailing dots and spaces left by the
  // cut are trimmed: both would make an invalid file name.
  it.each([
    ['a'.repeat(119) + '😀x', 'a'.repeat(119) + '😀.trplan'],
    ['a'.repeat(119) + '.b', 'a'.repeat(119) + '.trplan'],
    ['a'.repeat(119) + ' b', 'a'.repeat(119) + '.trplan'],
  ])('truncates %j without leaving a broken character, dot or space', (title, expected) => {
    expect(suggestedFileName(title)).toBe(expected);
  });

  // Windows refuses the device names CON, PRN, AUX, NUL, COM1–9, LPT1–9 even with an extension.
  it.each(['CON', 'nul', 'Com1', 'LPT9'])(
    'does not suggest the Windows device name %s',
    (title) => {
      expect(suggestedFileName(title).toLowerCase()).not.toBe(`${title.toLowerCase()}.trplan`);
    },
  );

  it('always gives a non-empty, safe name ending in .trplan (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 150 }), (title) => {
        const name = suggestedFileName(title);
        expect(name.endsWith('.trplan')).toBe(true);
        const stem = name.slice(0, -'.trplan'.length);
        expect(stem.length).toBeGreaterThan(0);
        expect(stem.length).toBeLessThanOrEqual(120);
        expect(stem).not.toMatch(FORBIDDEN);
        expect(stem).toBe(stem.trimStart());
        expect(stem).not.toMatch(/\s{2}/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('basename', () => {
  it.each([
    ['/home/li/projects/plant.trplan', 'plant.trplan'],
    ['C:\\Users\\li\\Documents\\plant.trplan', 'plant.trplan'],
    ['C:\\Users\\li/mixed\\工厂.trplan', '工厂.trplan'],
    ['\\\\server\\share\\plant.trplan', 'plant.trplan'],
    ['plant.trplan', 'plant.trplan'],
    ['./a b/c d.trplan', 'c d.trplan'],
    ['/home/li/', ''],
    ['', ''],
  ])('%j → %j', (path, expected) => {
    expect(basename(path)).toBe(expected);
  });
});
