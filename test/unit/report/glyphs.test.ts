import { describe, expect, it } from 'vitest';
import { readGlyphCoverage } from '../../../shared/report/cmap.ts';
import {
  describeCharacter,
  drawableText,
  MISSING_GLYPH_MARK,
} from '../../../shared/report/glyph-check.ts';
import { fonts } from './report-fixtures.ts';

const coverage = readGlyphCoverage(fonts.regular);

describe('glyph coverage of Noto Sans SC (cmap)', () => {
  it.each([
    ['A', true],
    ['7', true],
    ['中', true],
    ['鿏', true], // U+9FCF, CJK Unified Ideographs (Unicode 6.1): in the font
    ['，', true],
    [MISSING_GLYPH_MARK, true],
    ['𠀀', false], // U+20000, CJK Extension B: not in Noto Sans SC
    ['😀', false],
  ])('%s → %s', (ch, expected) => {
    expect(coverage(ch.codePointAt(0)!)).toBe(expected);
  });
});

describe('drawableText', () => {
  it('replaces what the font lacks with a visible mark and reports it', () => {
    expect(drawableText('供应商𠀀😀有限公司', coverage)).toEqual({
      text: `供应商${MISSING_GLYPH_MARK}${MISSING_GLYPH_MARK}有限公司`,
      missing: ['𠀀', '😀'],
    });
  });

  it('removes right-to-left marks and zero-width joiners, and reports them', () => {
    const result = drawableText('abc\u200fdef\u200d', coverage);
    expect(result.text).toBe('abcdef');
    expect(result.missing.map(describeCharacter)).toEqual(['U+200F', 'U+200D']);
  });

  it('names characters by code point', () => {
    expect(describeCharacter('𠀀')).toBe('U+20000 𠀀');
  });
});
