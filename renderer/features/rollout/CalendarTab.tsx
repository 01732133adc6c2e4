import { Alert, Card, Checkbox, Col, Flex, Form, Input, Row, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/schema.ts';
import { useAppStore } from '../../app/store-context.ts';
import { selectCalendarView } from '../../store/rollout-selectors.ts';
import { CalendarExceptions } from './CalendarExceptions.tsx';
import { formatDate, formatShortDate } from './date-format.ts';

/** ISO weekday numbers (1 = Monday) and their string keys. */
const weekdays = [
  [1, 'mon'],
  [2, 'tue'],
  [3, 'wed'],
  [4, 'thu'],
  [5, 'fri'],
  [6, 'sat'],
  [7, 'sun'],
] as const;

/**
 * The plan's working calendar: start date, working week, the public-holiday preset (with the
 * holidays and 调休 make-up days of the plan's years shown), and the company's own exceptions.
 */
export function CalendarTab() {
  const { t, i18n } = useTranslation();
  // The native date picker follows the page's colour scheme, not antd's theme.
  const isDark = useAppStore((s) => s.isDark);
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const calendar = useAppStore((s) => s.doc?.rollout.calendar);
  const startDate = useAppStore((s) => s.doc?.rollout.startDate ?? null);
  const view = useAppStore(selectCalendarView);
  const setStartDate = useAppStore((s) => s.setStartDate);
  const setWorkweek = useAppStore((s) => s.setWorkweek);
  const setHolidayPreset = useAppStore((s) => s.setHolidayPreset);
  if (!calendar || !view) return null;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xxl={11}>
        <Card size="small" title={t('rolloutPlan.tabs.calendar')}>
          <Form layout="vertical">
            <Form.Item
              label={t('rolloutPlan.calendar.startDate')}
              extra={t('rolloutPlan.calendar.startHint')}
            >
              <Flex gap={12} align="center" wrap>
                <Input
                  type="date"
                  style={{ width: 180, colorScheme: isDark ? 'dark' : 'light' }}
                  aria-label={t('rolloutPlan.calendar.startDate')}
                  value={startDate ?? ''}
                  onChange={(e) => setStartDate(e.target.value || null)}
                />
                {startDate && (
                  <Typography.Text type="secondary">
                    {formatDate(startDate, language)}
                  </Typography.Text>
                )}
              </Flex>
            </Form.Item>
            <Form.Item label={t('rolloutPlan.calendar.workweek')}>
              <Checkbox.Group
                value={calendar.workweek}
                onChange={(days) => setWorkweek(days)}
                options={weekdays.map(([day, key]) => ({
                  value: day,
                  label: t(`rolloutPlan.calendar.weekdays.${key}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              label={t('rolloutPlan.calendar.preset')}
              extra={
                calendar.holidayPreset === 'cn'
                  ? t('rolloutPlan.calendar.presetSource', view.presetRange)
                  : undefined
              }
            >
              <Select
                aria-label={t('rolloutPlan.calendar.preset')}
                style={{ width: '100%', maxWidth: 420 }}
                value={calendar.holidayPreset}
                onChange={setHolidayPreset}
                options={(['cn', 'none'] as const).map((value) => ({
                  value,
                  label: t(`rolloutPlan.calendar.presets.${value}`),
                }))}
              />
            </Form.Item>
          </Form>
          {view.missingYears.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="missing-years"
              title={t('rolloutPlan.calendar.missingYears', {
                years: view.missingYears.join(language === 'zh-CN' ? '、' : ', '),
              })}
            />
          )}
        </Card>
        <div style={{ marginTop: 16 }}>
          <CalendarExceptions />
        </div>
      </Col>
      <Col xs={24} xxl={13}>
        <PresetDays />
      </Col>
    </Row>
  );
}

/** The preset's and the company's holidays and make-up working days in the plan's years. */
function PresetDays() {
  const { t, i18n } = useTranslation();
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  const view = useAppStore(selectCalendarView);
  const isPreset = useAppStore((s) => s.doc?.rollout.calendar.holidayPreset === 'cn');
  if (!view) return null;
  const years = view.years.join(language === 'zh-CN' ? '、' : ', ');
  return (
    <Card size="small" title={t('rolloutPlan.calendar.presetDays', { years })}>
      {!isPreset && (
        <Typography.Paragraph type="secondary">
          {t('rolloutPlan.calendar.presetNone')}
        </Typography.Paragraph>
      )}
      <div data-testid="preset-days" style={{ maxHeight: 560, overflow: 'auto' }}>
        {view.presetDays.map((day) => (
          <Flex
            key={day.from}
            gap={8}
            align="baseline"
            wrap
            style={{ paddingBlock: 4, borderBottom: '1px solid rgba(128,128,128,0.15)' }}
          >
            <Tag color={day.kind === 'holiday' ? 'orange' : 'blue'} style={{ flex: 'none' }}>
              {day.kind === 'holiday'
                ? t('rolloutPlan.calendar.holiday')
                : t('rolloutPlan.calendar.workday')}
            </Tag>
            <Typography.Text style={{ minWidth: 0, flex: '1 1 160px' }}>
              {day.name[language]}
              {day.isCompany && (
                <Tag bordered={false} style={{ marginInlineStart: 6 }}>
                  {t('rolloutPlan.calendar.company')}
                </Tag>
              )}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {day.days > 1
                ? `${formatShortDate(day.from, language)} – ${formatShortDate(day.to, language)} (${day.days})`
                : formatDate(day.from, language)}
            </Typography.Text>
          </Flex>
        ))}
      </div>
    </Card>
  );
}
