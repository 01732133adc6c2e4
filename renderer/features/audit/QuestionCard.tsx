import {
  Card,
  Checkbox,
  Collapse,
  Flex,
  Input,
  InputNumber,
  Radio,
  Segmented,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { isScored, type Question } from '../../../shared/audit/questionnaire.ts';
import { departments, type Answer } from '../../../shared/model/schema.ts';
import { useAppStoreApi } from '../../app/store-context.ts';
import { CountOfTotalInput } from './CountOfTotalInput.tsx';

type Props = { question: Question; answer: Answer | undefined; index: number };

/** One question: the answer widget for its type, don't-know / not-applicable, notes and owner. */
export const QuestionCard = memo(function QuestionCard({ question, answer, index }: Props) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const answerQuestion = (patch: Partial<Omit<Answer, 'id' | 'questionId'>>, typed?: string) =>
    store
      .getState()
      .answerQuestion(
        question.id,
        patch,
        typed ? { key: `audit.${question.id}.${typed}` } : undefined,
      );
  const status = answer?.status ?? 'answered';
  const isAnswering = status === 'answered';

  return (
    <Card
      size="small"
      tabIndex={0}
      data-question-index={index}
      data-question-id={question.id}
      title={
        <Typography.Text strong style={{ whiteSpace: 'normal' }}>
          {index + 1}. {question.text}
        </Typography.Text>
      }
      extra={
        <Space size={4}>
          {question.isEvidence && <Tag color="blue">{t('audit.evidenceBadge')}</Tag>}
          <Tag>{t(`department.${question.department}`)}</Tag>
        </Space>
      }
    >
      <Flex vertical gap={12}>
        {question.help && <Typography.Text type="secondary">{question.help}</Typography.Text>}
        {isScored(question) && (
          <Segmented
            size="small"
            value={status}
            options={(['answered', 'unknown', 'na'] as const).map((value) => ({
              value,
              label: t(`audit.status.${value}`),
            }))}
            onChange={(value) => answerQuestion({ status: value })}
          />
        )}
        {status === 'unknown' && (
          <Typography.Text type="warning">{t('audit.unknownExplained')}</Typography.Text>
        )}
        {status === 'na' && (
          <Typography.Text type="secondary">{t('audit.naExplained')}</Typography.Text>
        )}
        {isAnswering && (
          <AnswerInput question={question} answer={answer} onChange={answerQuestion} />
        )}
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: 'more',
              label: t('audit.notesAndEvidence'),
              children: (
                <Flex vertical gap={8}>
                  <Input
                    aria-label={t('audit.evidence')}
                    placeholder={t('audit.evidence')}
                    value={answer?.evidence ?? ''}
                    onChange={(e) => answerQuestion({ evidence: e.target.value }, 'evidence')}
                  />
                  <Input.TextArea
                    aria-label={t('audit.note')}
                    placeholder={t('audit.note')}
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    value={answer?.note ?? ''}
                    onChange={(e) => answerQuestion({ note: e.target.value }, 'note')}
                  />
                  <Select
                    aria-label={t('audit.owner')}
                    placeholder={t('audit.owner')}
                    allowClear
                    value={answer?.department ?? undefined}
                    options={departments.map((d) => ({ value: d, label: t(`department.${d}`) }))}
                    onChange={(department) => answerQuestion({ department: department ?? null })}
                  />
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
});

type InputProps = {
  question: Question;
  answer: Answer | undefined;
  onChange: (patch: Partial<Omit<Answer, 'id' | 'questionId'>>, typed?: string) => void;
};

/** The widget for a question's type; choices are one click, typed values one word per undo. */
function AnswerInput({ question, answer, onChange }: InputProps) {
  const { t } = useTranslation();
  const value = answer?.value ?? null;
  switch (question.type) {
    case 'single':
      return (
        <Radio.Group
          value={typeof value === 'string' ? value : undefined}
          onChange={(e) => onChange({ status: 'answered', value: e.target.value as string })}
        >
          <Flex vertical gap={6}>
            {question.options.map((o) => (
              <Radio key={o.id} value={o.id}>
                {o.label}
                {o.description && (
                  <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                    {o.description}
                  </Typography.Text>
                )}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      );
    case 'multi':
      return (
        <Checkbox.Group
          value={Array.isArray(value) ? value : []}
          onChange={(checked) => onChange({ status: 'answered', value: checked })}
        >
          <Flex wrap gap={8}>
            {question.options.map((o) => (
              <Checkbox key={o.id} value={o.id}>
                {o.label}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      );
    case 'maturity':
      return (
        <Radio.Group
          value={typeof value === 'number' ? value : undefined}
          onChange={(e) => onChange({ status: 'answered', value: e.target.value as number })}
        >
          <Flex vertical gap={6}>
            {question.levels.map((description, level) => (
              <Radio key={level} value={level}>
                <Typography.Text strong>{t('audit.level', { level })}</Typography.Text> —{' '}
                {description}
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      );
    case 'number':
    case 'percent':
      if (question.type === 'percent' && question.countOf)
        return (
          <CountOfTotalInput
            question={{ ...question, countOf: question.countOf }}
            answer={answer}
            onChange={onChange}
          />
        );
      return (
        <InputNumber
          aria-label={question.text}
          style={{ width: 220 }}
          min={question.type === 'percent' ? 0 : undefined}
          max={question.type === 'percent' ? 100 : undefined}
          suffix={question.type === 'percent' ? '%' : question.unit}
          value={typeof value === 'number' ? value : null}
          onChange={(next) =>
            onChange({ status: 'answered', value: typeof next === 'number' ? next : null }, 'value')
          }
        />
      );
    case 'text':
      return (
        <Input.TextArea
          aria-label={question.text}
          autoSize={{ minRows: 2, maxRows: 6 }}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange({ status: 'answered', value: e.target.value }, 'value')}
        />
      );
  }
}
