import { Button, Empty, Flex, Menu, Progress, Select, Space, Typography, theme } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { joinList } from '../../../shared/i18n/plural.ts';
import { indexAnswers } from '../../../shared/audit/readiness.ts';
import { questionsToShow, sectionProgress } from '../../../shared/audit/sections.ts';
import { departments, type Department } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectAudit } from '../../store/selectors.ts';
import { QuestionCard } from './QuestionCard.tsx';

type Props = {
  sectionId: string;
  onSectionChange: (sectionId: string) => void;
  department: Department | null;
  onDepartmentChange: (department: Department | null) => void;
};

/** The workshop view: sections with progress, a department filter, the section's questions. */
export function QuestionnaireView({
  sectionId,
  onSectionChange,
  department,
  onDepartmentChange,
}: Props) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const audit = useAppStore(selectAudit);
  const language = useAppStore((s) => s.language);
  const answers = useAppStore((s) => s.doc?.audit.answers);
  const industry = useAppStore((s) => s.doc?.meta.industry ?? 'other');
  const listRef = useRef<HTMLDivElement>(null);
  const { token } = theme.useToken();
  const index = useMemo(() => indexAnswers(answers ?? []), [answers]);

  const questionnaire = audit?.questionnaire;
  const sections = useMemo(() => questionnaire?.sections ?? [], [questionnaire]);
  const sectionIndex = Math.max(
    0,
    sections.findIndex((s) => s.id === sectionId),
  );
  const section = sections[sectionIndex];
  const progress = useMemo(
    () => (questionnaire ? sectionProgress(questionnaire, index) : []),
    [questionnaire, index],
  );
  const shown = useMemo(
    () => (section ? questionsToShow(section, index, department) : []),
    [section, index, department],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey) return;
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        const next = sections[sectionIndex + (event.key === 'ArrowRight' ? 1 : -1)];
        if (next) onSectionChange(next.id);
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const cards = [
          ...(listRef.current?.querySelectorAll<HTMLElement>('[data-question-index]') ?? []),
        ];
        const current = cards.findIndex((c) => c.contains(document.activeElement));
        const next = cards[current + (event.key === 'ArrowDown' ? 1 : -1)] ?? cards[0];
        next?.focus();
        next?.scrollIntoView({ block: 'nearest' });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [sections, sectionIndex, onSectionChange]);

  if (!questionnaire || !section) return null;
  const dimension = questionnaire.dimensions.find((d) => d.id === section.dimensionId);

  return (
    <Flex gap={24} align="flex-start">
      <Menu
        style={{ width: 260, flexShrink: 0 }}
        selectedKeys={[section.id]}
        onClick={({ key }) => onSectionChange(key)}
        items={sections.map((s, i) => {
          const p = progress[i];
          return {
            key: s.id,
            label: (
              <Flex justify="space-between" gap={8}>
                <span style={{ overflow: 'hidden', textOverflow: 'ellipsis' }}>{s.title}</span>
                <Typography.Text type="secondary" data-testid={`section-progress-${s.id}`}>
                  {p?.done}/{p?.total}
                </Typography.Text>
              </Flex>
            ),
          };
        })}
      />
      <Flex vertical gap={16} style={{ flex: 1, minWidth: 0 }} ref={listRef}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Space wrap>
            <Select
              style={{ width: 200 }}
              aria-label={t('audit.department')}
              value={department ?? 'all'}
              options={[
                { value: 'all', label: t('audit.allDepartments') },
                ...departments.map((d) => ({ value: d, label: t(`department.${d}`) })),
              ]}
              onChange={(value) =>
                onDepartmentChange(value === 'all' ? null : (value as Department))
              }
            />
            <Button
              disabled={!audit?.preset}
              onClick={() => store.getState().applyIndustryPreset()}
              title={
                audit?.preset
                  ? t('audit.preset.typicalSystems', {
                      systems: joinList(audit.preset.typicalSystems, language),
                    })
                  : t('audit.preset.none')
              }
            >
              {t('audit.preset.apply', { industry: t(`industry.${industry}`) })}
            </Button>
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('audit.keyboardHint')}
          </Typography.Text>
        </Flex>
        <div>
          <Typography.Title level={4} style={{ marginTop: 0 }}>
            {section.title}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{section.intro}</Typography.Paragraph>
          {dimension?.source && (
            <blockquote
              style={{ margin: 0, paddingLeft: 12, borderLeft: `3px solid ${token.colorPrimary}` }}
            >
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('audit.sourceQuote')}
              </Typography.Text>
              <Typography.Paragraph lang="zh-CN" style={{ marginBottom: 0 }}>
                {dimension.source}
              </Typography.Paragraph>
            </blockquote>
          )}
        </div>
        <Progress
          percent={Math.round(
            ((progress[sectionIndex]?.done ?? 0) /
              Math.max(1, progress[sectionIndex]?.total ?? 1)) *
              100,
          )}
          format={() =>
            t('audit.progress', {
              done: progress[sectionIndex]?.done ?? 0,
              total: progress[sectionIndex]?.total ?? 0,
            })
          }
        />
        {shown.length === 0 ? (
          <Empty
            description={t('audit.noQuestionsForDepartment', {
              department: department ? t(`department.${department}`) : '',
            })}
          />
        ) : (
          shown.map((question) => (
            <QuestionCard
              key={question.id}
              question={question}
              answer={index.get(question.id)}
              index={section.questions.indexOf(question)}
            />
          ))
        )}
        <Flex justify="space-between">
          <Button
            disabled={sectionIndex === 0}
            onClick={() => onSectionChange(sections[sectionIndex - 1]!.id)}
          >
            {t('audit.previousSection')}
          </Button>
          <Button
            type="primary"
            disabled={sectionIndex === sections.length - 1}
            onClick={() => onSectionChange(sections[sectionIndex + 1]!.id)}
          >
            {t('audit.nextSection')}
          </Button>
        </Flex>
      </Flex>
    </Flex>
  );
}
