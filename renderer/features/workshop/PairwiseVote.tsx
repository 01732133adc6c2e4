import { LockOutlined } from '@ant-design/icons';
import { Flex, Slider, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatJudgement } from '../../../shared/decision/decision-text.ts';
import type { JudgementPair } from '../../store/options-selectors.ts';
import { judgementAt, SAATY_SLIDER_MAX, saatyReading, sliderPosition } from './saaty-verbal.ts';

const marks = Object.fromEntries(
  [-8, -6, -4, -2, 0, 2, 4, 6, 8].map((p) => [p, String(Math.abs(p) + 1)]),
);

type Props = {
  pair: JudgementPair;
  isLocked: boolean;
  /** The group's geometric mean, once the facilitator revealed it; null otherwise. */
  groupValue: number | null;
  onChange: (value: number) => void;
};

/**
 * One pairwise comparison on Saaty's slider: the handle moves toward the more important
 * criterion; below it, the judgement in words (Saaty's verbal scale) and as a number.
 */
export function PairwiseVote({ pair, isLocked, groupValue, onChange }: Props) {
  const { t } = useTranslation();
  const reading = pair.value === null ? null : saatyReading(pair.value);
  const label = t('workshop.saaty.pair', { row: pair.rowLabel, col: pair.colLabel });
  return (
    <Flex vertical gap={2} data-testid="pairwise-vote" data-pair={`${pair.rowId}|${pair.colId}`}>
      <Flex justify="space-between" gap={12} align="baseline">
        <Typography.Text strong>{pair.rowLabel}</Typography.Text>
        <Typography.Text strong style={{ textAlign: 'right' }}>
          {pair.colLabel}
        </Typography.Text>
      </Flex>
      <Slider
        min={-SAATY_SLIDER_MAX}
        max={SAATY_SLIDER_MAX}
        step={1}
        included={false}
        marks={marks}
        disabled={isLocked}
        value={sliderPosition(pair.value)}
        tooltip={{ formatter: (p) => formatJudgement(judgementAt(p ?? 0)) }}
        aria-label={label}
        onChange={(position: number) => onChange(judgementAt(position))}
      />
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text type={reading ? undefined : 'secondary'} data-testid="saaty-reading">
          {reading === null
            ? t('workshop.saaty.notJudged')
            : reading.side === 'equal'
              ? t('workshop.saaty.readingEqual')
              : t('workshop.saaty.reading', {
                  name: reading.side === 'row' ? pair.rowLabel : pair.colLabel,
                  verbal: t(`workshop.saaty.${reading.key}`),
                  value: reading.intensity,
                })}
        </Typography.Text>
        <Flex gap={4}>
          {groupValue !== null && (
            <Tag color="blue" data-testid="pairwise-group">
              {t('workshop.participant.groupResult', { value: formatJudgement(groupValue) })}
            </Tag>
          )}
          {isLocked && (
            <Tag icon={<LockOutlined />} data-testid="locked-tag">
              {t('workshop.participant.lockedTag')}
            </Tag>
          )}
        </Flex>
      </Flex>
    </Flex>
  );
}
