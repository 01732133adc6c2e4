import { theme } from 'antd';
import { describe, expect, it } from 'vitest';
import { AA_TEXT, contrastRatio } from '../../../renderer/app/contrast.ts';
import { appTheme, contrastPairs } from '../../../renderer/app/theme.ts';

describe('contrastRatio', () => {
  // Worked values: black/white is 21:1; #767676 on white is the classic 4.54:1 AA boundary.
  it.each([
    ['#000000', '#ffffff', 21],
    ['#767676', '#ffffff', 4.54],
    ['#fff', '#fff', 1],
    ['rgba(0,0,0,0.45)', '#ffffff', 3.35],
  ])('%s on %s is %f:1', (fg, bg, expected) => {
    expect(contrastRatio(fg, bg)).toBeCloseTo(expected, 1);
  });
});

describe.each([false, true])('theme tokens (dark: %s)', (isDark) => {
  const token = theme.getDesignToken(appTheme({ isDark, isCompact: false }));

  it.each(contrastPairs)('%s on %s passes WCAG AA', (fg, bg) => {
    expect(contrastRatio(token[fg], token[bg])).toBeGreaterThanOrEqual(AA_TEXT);
  });

  it('menu selection and active tab use the AA-checked primary text colour', () => {
    const { components } = appTheme({ isDark, isCompact: false });
    expect(
      contrastRatio(components.Menu.itemSelectedColor, components.Menu.itemSelectedBg),
    ).toBeGreaterThanOrEqual(AA_TEXT);
    expect(
      contrastRatio(components.Tabs.itemSelectedColor, token.colorBgContainer),
    ).toBeGreaterThanOrEqual(AA_TEXT);
    expect(
      contrastRatio(components.Tabs.itemSelectedColor, token.colorBgLayout),
    ).toBeGreaterThanOrEqual(AA_TEXT);
  });
});
