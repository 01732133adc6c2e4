import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/model/schema.ts';
import { useAppStore } from '../../app/store-context.ts';
import { selectAudit } from '../../store/selectors.ts';
import { QuestionnaireView } from './QuestionnaireView.tsx';
import { ResultsView } from './ResultsView.tsx';

/** Step 1 — the self-audit: the questionnaire for the workshop and its results. */
export function AuditPage() {
  const { t } = useTranslation();
  const audit = useAppStore(selectAudit);
  const [tab, setTab] = useState<'questions' | 'results'>('questions');
  const [sectionId, setSectionId] = useState(audit?.questionnaire.sections[0]?.id ?? '');
  const [department, setDepartment] = useState<Department | null>(null);

  const goToQuestion = (questionId: string) => {
    const section = audit?.questionnaire.sections.find((s) =>
      s.questions.some((q) => q.id === questionId),
    );
    if (section) setSectionId(section.id);
    setDepartment(null);
    setTab('questions');
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-question-id="${questionId}"]`)?.focus(),
    );
  };

  return (
    <Tabs
      activeKey={tab}
      onChange={(key) => setTab(key as 'questions' | 'results')}
      items={[
        {
          key: 'questions',
          label: t('audit.tabQuestions'),
          children: (
            <QuestionnaireView
              sectionId={sectionId}
              onSectionChange={setSectionId}
              department={department}
              onDepartmentChange={setDepartment}
            />
          ),
        },
        {
          key: 'results',
          label: t('audit.tabResults'),
          children: <ResultsView onGoToQuestion={goToQuestion} />,
        },
      ]}
    />
  );
}
