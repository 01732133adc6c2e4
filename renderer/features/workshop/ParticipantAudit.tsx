import { Empty, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { allQuestions } from '../../../shared/audit/questionnaire.ts';
import { indexAnswers } from '../../../shared/audit/readiness.ts';
import type { Department } from '../../../shared/model/schema.ts';
import { useAppStore } from '../../app/store-context.ts';
import { selectAudit } from '../../store/selectors.ts';
import { QuestionCard } from '../audit/QuestionCard.tsx';

/** The self-audit questions of the participant's department, answered as on the audit page. */
export function ParticipantAudit({ department }: { department: Department }) {
  const { t } = useTranslation();
  const audit = useAppStore(selectAudit);
  const answers = useAppStore((s) => s.doc?.audit.answers);
  const index = useMemo(() => indexAnswers(answers ?? []), [answers]);
  const questions = useMemo(
    () =>
      audit ? allQuestions(audit.questionnaire).filter((q) => q.department === department) : [],
    [audit, department],
  );
  const departmentName = t(`department.${department}`);
  if (questions.length === 0) {
    return (
      <Empty
        description={t('workshop.participant.noAuditQuestions', { department: departmentName })}
      />
    );
  }
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {t('workshop.participant.auditIntro', { department: departmentName })}
      </Typography.Text>
      {questions.map((question, i) => (
        <QuestionCard
          key={question.id}
          question={question}
          answer={index.get(question.id)}
          index={i}
        />
      ))}
    </Flex>
  );
}
