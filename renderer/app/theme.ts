import { theme, type ThemeConfig } from 'antd';
import type { Language } from '../../shared/model/schema.ts';

/** Brand colour: a traceability teal, used once here for the whole theme. */
export const BRAND_COLOR = '#0e7c66';

/**
 * Fonts: Latin UI fonts first, then Simplified Chinese fonts before any other CJK font, so
 * Chinese text in the English UI is drawn with mainland glyph forms (not Japanese ones).
 */
const LATIN_FONTS = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  'Roboto',
  "'Helvetica Neue'",
  'Arial',
];
const SIMPLIFIED_CHINESE_FONTS = [
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  "'Source Han Sans SC'",
  "'Noto Sans Mono CJK SC'",
];

/** The font stack for a UI language: the Chinese UI lists its fonts first. */
export function fontFamily(language: Language): string {
  const fonts =
    language === 'zh-CN'
      ? [...SIMPLIFIED_CHINESE_FONTS, ...LATIN_FONTS]
      : [...LATIN_FONTS, ...SIMPLIFIED_CHINESE_FONTS];
  return [...fonts, 'sans-serif'].join(', ');
}

/**
 * Colours the default algorithms derive badly from a dark teal seed: the selected menu item
 * and info alerts got a grey-green fill with teal text, and in dark mode links and the active
 * tab were teal on black. Each pair is chosen to pass WCAG AA (4.5:1) — checked by
 * test/unit/renderer/theme.test.ts against the resolved tokens.
 */
const palette = {
  light: {
    primaryBg: '#e3f2ee',
    primaryBgHover: '#cce8e0',
    primaryBorder: '#8fcbbb',
    primaryText: '#0b6654',
    success: '#237804',
    warning: '#ad4e00',
    error: '#c41d1f',
    secondaryText: 'rgba(0, 0, 0, 0.62)',
  },
  dark: {
    primaryBg: '#10302a',
    primaryBgHover: '#164239',
    primaryBorder: '#1f6a5a',
    primaryText: '#5cc9ad',
    success: '#73d13d',
    warning: '#ffc53d',
    error: '#ff7875',
    secondaryText: 'rgba(255, 255, 255, 0.62)',
  },
} as const;

/** The Ant Design theme of the app for a colour scheme and density. */
export function appTheme({
  isDark,
  isCompact,
  language = 'en',
}: {
  isDark: boolean;
  isCompact: boolean;
  language?: Language;
}) {
  const c = isDark ? palette.dark : palette.light;
  return {
    algorithm: [
      isDark ? theme.darkAlgorithm : theme.defaultAlgorithm,
      ...(isCompact ? [theme.compactAlgorithm] : []),
    ],
    // Seeds, then map tokens the algorithms would otherwise derive with too little contrast.
    token: {
      colorPrimary: BRAND_COLOR,
      colorInfo: BRAND_COLOR,
      colorSuccess: c.success,
      colorWarning: c.warning,
      colorError: c.error,
      fontFamily: fontFamily(language),
      colorLink: c.primaryText,
      colorPrimaryBg: c.primaryBg,
      colorPrimaryBgHover: c.primaryBgHover,
      colorPrimaryBorder: c.primaryBorder,
      colorPrimaryText: c.primaryText,
      colorInfoBg: c.primaryBg,
      colorInfoBorder: c.primaryBorder,
      colorInfoText: c.primaryText,
      colorSuccessText: c.success,
      colorWarningText: c.warning,
      colorErrorText: c.error,
      colorTextDescription: c.secondaryText,
      colorTextTertiary: c.secondaryText,
    },
    components: {
      Menu: {
        itemSelectedBg: c.primaryBg,
        itemSelectedColor: c.primaryText,
        itemActiveBg: c.primaryBgHover,
        darkItemSelectedBg: c.primaryBg,
      },
      Tabs: {
        itemSelectedColor: c.primaryText,
        itemActiveColor: c.primaryText,
        itemHoverColor: c.primaryText,
        inkBarColor: c.primaryText,
      },
    },
  } satisfies ThemeConfig;
}

/** The text/background pairs the app relies on, for the contrast test and the review. */
export const contrastPairs = [
  ['colorText', 'colorBgContainer'],
  ['colorText', 'colorBgLayout'],
  ['colorTextSecondary', 'colorBgContainer'],
  ['colorTextDescription', 'colorBgContainer'],
  ['colorTextDescription', 'colorBgLayout'],
  ['colorLink', 'colorBgContainer'],
  ['colorPrimaryText', 'colorPrimaryBg'],
  ['colorText', 'colorInfoBg'],
  ['colorInfoText', 'colorInfoBg'],
  ['colorSuccessText', 'colorBgContainer'],
  ['colorWarningText', 'colorBgContainer'],
  ['colorErrorText', 'colorBgContainer'],
  ['colorTextLightSolid', 'colorPrimary'],
] as const;
