import { LockOutlined } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatJudgement } from '../../../shared/decision/decision-text.ts';
import type { JudgementPair } from '../../store/options-selectors.ts';
import { saatyReading } from '../../../shared/decision/saaty-scale.ts';
import { SaatySlider } from '../options/SaatySlider.tsx';

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
      <SaatySlider value={pair.value} disabled={isLocked} ariaLabel={label} onChange={onChange} />
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
