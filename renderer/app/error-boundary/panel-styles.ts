import type { CSSProperties } from 'react';
import { BRAND_COLOR, fontFamily } from '../theme.ts';
import type { Language } from '../../../shared/model/schema.ts';

/**
 * Inline styles for the error panel. Plain CSS, not Ant Design: the root panel may be showing
 * because the theme provider itself failed. Colours follow theme.ts (brand teal, AA contrast).
 */
export function panelStyles(isDark: boolean, language: Language, isRoot: boolean) {
  const text = isDark ? 'rgba(255, 255, 255, 0.88)' : 'rgba(0, 0, 0, 0.88)';
  const secondary = isDark ? 'rgba(255, 255, 255, 0.65)' : 'rgba(0, 0, 0, 0.62)';
  const surface = isDark ? '#1f1f1f' : '#ffffff';
  const border = isDark ? '#424242' : '#e5e5e5';
  const codeBg = isDark ? '#141414' : '#f6f6f6';
  const monospace = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';
  const button: CSSProperties = {
    font: 'inherit',
    fontSize: 14,
    padding: '6px 16px',
    borderRadius: 6,
    cursor: 'pointer',
    border: `1px solid ${border}`,
    background: surface,
    color: text,
  };
  return {
    // The root panel fills the window (nothing else is drawn); a page panel sits in the page.
    outer: {
      minHeight: isRoot ? '100vh' : undefined,
      padding: isRoot ? 48 : '32px 0',
      background: isRoot ? (isDark ? '#000000' : '#f5f5f5') : undefined,
      boxSizing: 'border-box',
      fontFamily: fontFamily(language),
      color: text,
    },
    card: {
      maxWidth: 680,
      margin: '0 auto',
      padding: '28px 32px',
      background: surface,
      border: `1px solid ${border}`,
      borderTop: `4px solid ${BRAND_COLOR}`,
      borderRadius: 8,
      lineHeight: 1.6,
    },
    title: { margin: '0 0 12px', fontSize: 20, fontWeight: 600 },
    paragraph: { margin: '0 0 8px', fontSize: 14 },
    label: { margin: '16px 0 6px', fontSize: 13, color: secondary },
    message: {
      margin: 0,
      padding: '8px 12px',
      background: codeBg,
      borderRadius: 6,
      fontFamily: monospace,
      fontSize: 13,
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
    },
    details: { marginTop: 12, fontSize: 13, color: secondary },
    detailsText: {
      maxHeight: 200,
      overflow: 'auto',
      userSelect: 'text',
      fontFamily: monospace,
      fontSize: 12,
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
    },
    actions: { display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 20 },
    button,
    primary: { ...button, background: BRAND_COLOR, borderColor: BRAND_COLOR, color: '#ffffff' },
    status: { marginTop: 12, fontSize: 13, color: secondary },
  } satisfies Record<string, CSSProperties>;
}
