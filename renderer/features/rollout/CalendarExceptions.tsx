import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarException, Language } from '../../../shared/model/schema.ts';
import { useAppStore } from '../../app/store-context.ts';
import { formatDate } from './date-format.ts';

type Kind = CalendarException['kind'];

/** One empty list, so the selector returns the same value while there is no document. */
const NO_EXCEPTIONS: CalendarException[] = [];

/** Company holidays and make-up working days: each dated, named, added and removed here. */
export function CalendarExceptions() {
  const { t, i18n } = useTranslation();
  // The native date picker follows the page's colour scheme, not antd's theme.
  const isDark = useAppStore((s) => s.isDark);
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const exceptions = useAppStore((s) => s.doc?.rollout.calendar.exceptions ?? NO_EXCEPTIONS);
  const add = useAppStore((s) => s.addCalendarException);
  const update = useAppStore((s) => s.updateCalendarException);
  const remove = useAppStore((s) => s.removeCalendarException);
  const [draft, setDraft] = useState<{ date: string; kind: Kind; name: string }>({
    date: '',
    kind: 'holiday',
    name: '',
  });
  const kindOptions = (['holiday', 'workday'] as const).map((value) => ({
    value,
    label: t(`rolloutPlan.calendar.${value}`),
  }));

  return (
    <Card
      size="small"
      title={t('rolloutPlan.calendar.exceptions')}
      data-testid="calendar-exceptions"
    >
      <Typography.Paragraph type="secondary">
        {t('rolloutPlan.calendar.exceptionsHint')}
      </Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input
          type="date"
          aria-label={t('rolloutPlan.calendar.date')}
          style={{ width: 160, colorScheme: isDark ? 'dark' : 'light' }}
          value={draft.date}
          onChange={(e) => setDraft({ ...draft, date: e.target.value })}
        />
        <Segmented<Kind>
          value={draft.kind}
          options={kindOptions}
          onChange={(kind) => setDraft({ ...draft, kind })}
        />
        <Input
          aria-label={t('rolloutPlan.calendar.name')}
          placeholder={t('rolloutPlan.calendar.namePlaceholder')}
          style={{ flex: '1 1 180px', minWidth: 160 }}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={draft.date === ''}
          onClick={() => {
            add(draft);
            setDraft({ ...draft, date: '', name: '' });
          }}
        >
          {t('rolloutPlan.calendar.add')}
        </Button>
      </Flex>
      <Table<CalendarException>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={exceptions}
        locale={{ emptyText: t('rolloutPlan.calendar.noExceptions') }}
        scroll={{ x: 520 }}
        columns={[
          {
            title: t('rolloutPlan.calendar.date'),
            key: 'date',
            width: 190,
            render: (_, e) => formatDate(e.date, language),
          },
          {
            title: t('rolloutPlan.calendar.kind'),
            key: 'kind',
            width: 210,
            render: (_, e) => (
              <Segmented<Kind>
                size="small"
                value={e.kind}
                options={kindOptions}
                onChange={(kind) => update(e.id, { kind })}
              />
            ),
          },
          {
            title: t('rolloutPlan.calendar.name'),
            key: 'name',
            render: (_, e) => (
              <Input
                size="small"
                aria-label={t('rolloutPlan.calendar.nameLabel', { date: e.date })}
                value={e.name}
                onChange={(event) =>
                  update(e.id, { name: event.target.value }, { key: `exception.${e.id}.name` })
                }
              />
            ),
          },
          {
            title: '',
            key: 'remove',
            width: 48,
            render: (_, e) => (
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                aria-label={t('rolloutPlan.calendar.remove')}
                onClick={() => remove(e.id)}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
