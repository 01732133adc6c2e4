import { EditOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Flex, Input, InputNumber, Popover, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Score, ScorePatch } from '../../../shared/decision/decision-edits.ts';
import { useAppStoreApi } from '../../app/store-context.ts';
import type { ScoreColumn } from '../../store/options-view-selectors.ts';
import { anchorOf, ratingAnchors } from './rating-anchors.ts';

type Props = {
  raterId: string;
  subjectId: string;
  subjectName: string;
  column: ScoreColumn;
  score: Score | null;
};

/** One rater's score of one subject on one criterion: value, optional low/high and a note. */
export function ScoreCellEditor({ raterId, subjectId, subjectName, column, score }: Props) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const key = { raterId, subjectId, criterionId: column.id };
  const set = (patch: ScorePatch, field: string) =>
    store
      .getState()
      .setScore(key, patch, { key: `score.${raterId}.${subjectId}.${column.id}.${field}` });
  const isRating = column.scale === 'rating';
  const bounds = isRating ? { min: 1, max: 10 } : { min: 0 };
  const number = (field: 'value' | 'low' | 'high', label: string) => (
    <InputNumber
      size="small"
      {...bounds}
      style={{ width: field === 'value' ? 80 : 96 }}
      aria-label={`${label} ${subjectName} ${column.label}`}
      value={score?.[field] ?? null}
      onChange={(value) => set({ [field]: typeof value === 'number' ? value : null }, field)}
    />
  );
  const hasExtra =
    score !== null && (score.low !== null || score.high !== null || score.note.trim() !== '');
  const anchors = (
    <Flex vertical>
      {ratingAnchors.map((a) => (
        <span
          key={a.key}
          style={{ fontWeight: score?.value && anchorOf(score.value) === a.key ? 700 : 400 }}
        >
          {a.range} {t(`options.scores.anchor.${a.key}`)} —{' '}
          {t(`options.scores.anchorText.${a.key}`)}
        </span>
      ))}
    </Flex>
  );
  const details = (
    <Flex vertical gap={8} style={{ width: 280 }}>
      <Typography.Text type="secondary">{t('options.scores.rangeHint')}</Typography.Text>
      <Flex gap={8} align="center">
        {t('options.scores.low')} {number('low', t('options.scores.low'))}
        {t('options.scores.high')} {number('high', t('options.scores.high'))}
      </Flex>
      <Input.TextArea
        aria-label={`${t('options.scores.note')} ${subjectName} ${column.label}`}
        placeholder={t('options.scores.note')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        value={score?.note ?? ''}
        onChange={(e) => set({ note: e.target.value }, 'note')}
      />
    </Flex>
  );
  return (
    <Flex gap={4} align="center">
      <Tooltip title={isRating ? anchors : column.unit} placement="top">
        <span>{number('value', t('options.scores.value'))}</span>
      </Tooltip>
      {!isRating && column.unit && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {column.unit}
        </Typography.Text>
      )}
      <Popover content={details} title={t('options.scores.details')} trigger="click">
        <Button
          size="small"
          type={hasExtra ? 'primary' : 'text'}
          ghost={hasExtra}
          icon={score?.note ? <FileTextOutlined /> : <EditOutlined />}
          aria-label={t('options.scores.details')}
        />
      </Popover>
    </Flex>
  );
}
