import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, InputNumber, Progress, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { trainingRoles, type Training } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectTrainingDates } from '../../store/rollout-team-selectors.ts';
import { formatShortDate } from './date-format.ts';

type NumberField = 'durationHours';

/** Training sessions per role, dated from their phase's go-live, with completion. */
export function TrainingTable() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const language = useAppStore((s) => s.language);
  const trainings = useAppStore((s) => s.doc?.rollout.trainings);
  const phases = useAppStore((s) => s.doc?.rollout.phases) ?? [];
  const team = useAppStore((s) => s.doc?.rollout.team) ?? [];
  const dates = useAppStore(selectTrainingDates);
  const update = (id: string, patch: Partial<Training>, field?: string) =>
    store
      .getState()
      .updateTraining(id, patch, field ? { key: `training.${id}.${field}` } : undefined);
  const numberColumn = (
    field: NumberField,
    title: string,
    width: number,
    min: number,
    max?: number,
  ) => ({
    title,
    key: field,
    width,
    render: (_: unknown, s: Training) => (
      <InputNumber
        size="small"
        style={{ width: '100%' }}
        min={min}
        max={max}
        aria-label={title}
        value={s[field]}
        onChange={(value) => value !== null && update(s.id, { [field]: value }, field)}
      />
    ),
  });
  return (
    <Card
      size="small"
      title={t('rolloutTeam.training.title')}
      extra={
        <Button
          icon={<PlusOutlined />}
          onClick={() =>
            store.getState().addTraining({
              topic: t('rolloutTeam.training.newTopic'),
              phaseId: phases[0]?.id ?? null,
            })
          }
        >
          {t('rolloutTeam.training.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('rolloutTeam.training.intro')}
      </Typography.Paragraph>
      <Table<Training>
        size="small"
        rowKey="id"
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 'max-content' }}
        dataSource={trainings}
        data-testid="training-table"
        locale={{ emptyText: t('rolloutTeam.training.empty') }}
        columns={[
          {
            title: t('rolloutTeam.training.role'),
            key: 'role',
            width: 140,
            fixed: 'left',
            render: (_, s) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                aria-label={t('rolloutTeam.training.role')}
                value={s.role}
                popupMatchSelectWidth={false}
                options={trainingRoles.map((r) => ({
                  value: r,
                  label: t(`rolloutTeam.training.roles.${r}`),
                }))}
                onChange={(role) => update(s.id, { role })}
              />
            ),
          },
          {
            title: t('rolloutTeam.training.topic'),
            key: 'topic',
            width: 220,
            render: (_, s) => (
              <Input.TextArea
                aria-label={t('rolloutTeam.training.topic')}
                autoSize={{ minRows: 1, maxRows: 3 }}
                value={s.topic}
                maxLength={500}
                onChange={(e) => update(s.id, { topic: e.target.value }, 'topic')}
              />
            ),
          },
          {
            title: t('rolloutTeam.training.phase'),
            key: 'phase',
            width: 100,
            render: (_, s) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                aria-label={t('rolloutTeam.training.phase')}
                value={s.phaseId ?? ''}
                popupMatchSelectWidth={false}
                labelRender={({ value }) => {
                  const i = phases.findIndex((p) => p.id === value);
                  return i === -1
                    ? t('rolloutTeam.raci.noPhase')
                    : `${t('rolloutTeam.raci.phase')} ${i + 1}`;
                }}
                options={[
                  ...phases.map((p) => ({ value: p.id, label: p.name || p.id })),
                  { value: '', label: t('rolloutTeam.raci.noPhase') },
                ]}
                onChange={(phaseId) => update(s.id, { phaseId: phaseId || null })}
              />
            ),
          },
          {
            title: (
              <span title={t('rolloutTeam.training.offsetHint')}>
                {t('rolloutTeam.training.offset')} → {t('rolloutTeam.training.date')}
              </span>
            ),
            key: 'offset',
            width: 120,
            render: (_, s) => {
              const date = dates.get(s.id);
              return (
                <Flex vertical gap={2}>
                  <InputNumber
                    size="small"
                    style={{ width: '100%' }}
                    min={-365}
                    max={365}
                    aria-label={t('rolloutTeam.training.offsetHint')}
                    value={s.offsetDays}
                    onChange={(value) =>
                      value !== null && update(s.id, { offsetDays: value }, 'offsetDays')
                    }
                  />
                  <Typography.Text data-testid={`training-date-${s.id}`}>
                    {date ? formatShortDate(date, language) : t('rolloutTeam.none')}
                  </Typography.Text>
                </Flex>
              );
            },
          },
          numberColumn('durationHours', t('rolloutTeam.training.duration'), 84, 0, 1000),
          {
            title: t('rolloutTeam.training.materials'),
            key: 'materials',
            width: 170,
            render: (_, s) => (
              <Input.TextArea
                aria-label={t('rolloutTeam.training.materials')}
                autoSize={{ minRows: 1, maxRows: 3 }}
                value={s.materials}
                maxLength={2000}
                onChange={(e) => update(s.id, { materials: e.target.value }, 'materials')}
              />
            ),
          },
          {
            title: t('rolloutTeam.training.trainer'),
            key: 'trainer',
            width: 130,
            render: (_, s) => (
              <Select
                size="small"
                style={{ width: '100%' }}
                allowClear
                aria-label={t('rolloutTeam.training.trainer')}
                value={s.trainerId ?? undefined}
                popupMatchSelectWidth={false}
                options={team.map((m) => ({ value: m.id, label: m.name || m.id }))}
                onChange={(trainerId?: string) => update(s.id, { trainerId: trainerId ?? null })}
              />
            ),
          },
          {
            title: `${t('rolloutTeam.training.completed')} / ${t('rolloutTeam.training.participants')}`,
            key: 'completion',
            width: 150,
            render: (_, s) => (
              <Flex vertical gap={2}>
                <Flex gap={4} align="center">
                  <InputNumber
                    size="small"
                    style={{ width: 64 }}
                    min={0}
                    max={s.participants}
                    aria-label={t('rolloutTeam.training.completed')}
                    value={s.completed}
                    onChange={(value) =>
                      value !== null && update(s.id, { completed: value }, 'completed')
                    }
                  />
                  /
                  <InputNumber
                    size="small"
                    style={{ width: 64 }}
                    min={0}
                    aria-label={t('rolloutTeam.training.participants')}
                    value={s.participants}
                    onChange={(value) =>
                      value !== null && update(s.id, { participants: value }, 'participants')
                    }
                  />
                </Flex>
                <Progress
                  size="small"
                  percent={s.participants ? Math.round((s.completed / s.participants) * 100) : 0}
                />
              </Flex>
            ),
          },
          {
            key: 'remove',
            width: 40,
            render: (_, s) => (
              <Button
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('rolloutTeam.remove', { name: s.topic || s.id })}
                onClick={() => store.getState().removeTraining(s.id)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
