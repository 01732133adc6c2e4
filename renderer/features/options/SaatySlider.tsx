import { Slider } from 'antd';
import type { CSSProperties } from 'react';
import { formatJudgement } from '../../../shared/decision/decision-text.ts';
import {
  judgementAt,
  SAATY_SLIDER_MAX,
  sliderPosition,
} from '../../../shared/decision/saaty-scale.ts';

const marks = Object.fromEntries(
  [-8, -6, -4, -2, 0, 2, 4, 6, 8].map((p) => [p, String(Math.abs(p) + 1)]),
);

type Props = {
  /** The judgement "row is x times as important as column"; null when not judged yet. */
  value: number | null;
  disabled: boolean;
  ariaLabel: string;
  onChange: (judgement: number) => void;
  style?: CSSProperties;
};

/** One pairwise judgement on Saaty's scale: the handle moves toward the more important side. */
export function SaatySlider({ value, disabled, ariaLabel, onChange, style }: Props) {
  return (
    <Slider
      style={style}
      min={-SAATY_SLIDER_MAX}
      max={SAATY_SLIDER_MAX}
      step={1}
      included={false}
      marks={marks}
      disabled={disabled}
      value={sliderPosition(value)}
      tooltip={{ formatter: (p) => formatJudgement(judgementAt(p ?? 0)) }}
      aria-label={ariaLabel}
      onChange={(position: number) => onChange(judgementAt(position))}
    />
  );
}
