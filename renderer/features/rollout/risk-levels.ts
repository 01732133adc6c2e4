import type { GlobalToken } from 'antd';

/**
 * Risk score bands of the 5×5 matrix (likelihood × impact, 1–25): 1–4 low, 5–9 medium,
 * 10–16 high, 20–25 extreme — the banding common in ISO 31000-style project registers.
 */
export type RiskLevel = 'low' | 'medium' | 'high' | 'extreme';

export function riskLevel(score: number): RiskLevel {
  if (score >= 20) return 'extreme';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/** Background and text colours of a band from the theme, readable in light and dark mode. */
export function riskColours(level: RiskLevel, token: GlobalToken) {
  switch (level) {
    case 'extreme':
      return { fill: token.colorError, text: token.colorTextLightSolid };
    case 'high':
      return { fill: token.colorErrorBg, text: token.colorErrorText };
    case 'medium':
      return { fill: token.colorWarningBg, text: token.colorWarningText };
    default:
      return { fill: token.colorSuccessBg, text: token.colorSuccessText };
  }
}
