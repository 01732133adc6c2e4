import { Flex, InputNumber, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answerPercent,
  formatFigure,
  isCountAnswer,
} from '../../../shared/audit/answer-figures.ts';
import type { Question } from '../../../shared/audit/questionnaire.ts';
import type { Answer } from '../../../shared/model/schema.ts';

type Patch = Partial<Omit<Answer, 'id' | 'questionId'>>;
type Props = {
  question: Question & { countOf: NonNullable<Question['countOf']> };
  answer: Answer | undefined;
  onChange: (patch: Patch, typed?: string) => void;
};

/**
 * A percentage question a plant may answer as a count of a total ("38 of 120 raw materials"):
 * either way is kept as entered — a typed percentage in `value`, or `count` and `total` with
 * `value` left empty — and the percentage the readiness uses is shown beside a count.
 */
export function CountOfTotalInput({ question, answer, onChange }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'percent' | 'count'>(
    isCountAnswer(answer) ? 'count' : 'percent',
  );
  const value = answer?.value;
  const count = answer?.count ?? null;
  const total = answer?.total ?? null;
  const percent = answerPercent(answer);
  const problem =
    count !== null && total !== null
      ? total <= 0
        ? t('rules.countOfTotal.zeroTotal')
        : count > total
          ? t('rules.countOfTotal.tooMany')
          : null
      : null;
  // Entering one way clears the other, so the answer never holds two disagreeing figures.
  const setCount = (patch: { count?: number | null; total?: number | null }, typed: string) =>
    onChange({ status: 'answered', value: null, count, total, ...patch }, typed);

  return (
    <Flex vertical gap={8} data-testid={`count-of-total-${question.id}`}>
      <Segmented<'percent' | 'count'>
        size="small"
        style={{ alignSelf: 'flex-start' }}
        value={mode}
        options={[
          { value: 'percent', label: t('rules.countOfTotal.mode.percent') },
          { value: 'count', label: t('rules.countOfTotal.mode.count') },
        ]}
        onChange={setMode}
      />
      {mode === 'percent' ? (
        <InputNumber
          aria-label={question.text}
          style={{ width: 220 }}
          min={0}
          max={100}
          suffix="%"
          value={isCountAnswer(answer) ? null : typeof value === 'number' ? value : null}
          onChange={(next) =>
            onChange(
              {
                status: 'answered',
                value: typeof next === 'number' ? next : null,
                count: null,
                total: null,
              },
              'value',
            )
          }
        />
      ) : (
        <Flex vertical gap={6}>
          <Flex wrap align="center" gap={8}>
            <InputNumber
              aria-label={question.countOf.counted}
              style={{ width: 140 }}
              min={0}
              value={count}
              onChange={(next) =>
                setCount({ count: typeof next === 'number' ? next : null }, 'count')
              }
            />
            <Typography.Text>{question.countOf.counted}</Typography.Text>
          </Flex>
          <Flex wrap align="center" gap={8}>
            <InputNumber
              aria-label={question.countOf.total}
              style={{ width: 140 }}
              min={0}
              prefix={
                <Typography.Text type="secondary">{t('rules.countOfTotal.of')}</Typography.Text>
              }
              value={total}
              onChange={(next) =>
                setCount({ total: typeof next === 'number' ? next : null }, 'total')
              }
            />
            <Typography.Text>{question.countOf.total}</Typography.Text>
            {isCountAnswer(answer) && percent !== null && (
              <Typography.Text strong data-testid="count-of-total-percent">
                {t('rules.countOfTotal.derived', { percent: formatFigure(percent) })}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      )}
      {mode === 'count' && problem && <Typography.Text type="danger">{problem}</Typography.Text>}
    </Flex>
  );
}
