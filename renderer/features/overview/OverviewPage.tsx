import { CheckCircleTwoTone, ClockCircleOutlined } from '@ant-design/icons';
import { Card, Col, Form, Input, List, Progress, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { industries, languages, type ProjectMeta } from '../../../shared/model/schema.ts';
import type { StepKey } from '../../../shared/overview/progress.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectProgress } from '../../store/selectors.ts';
import { GateStatusBlock } from './GateStatusBlock.tsx';

const textFields = ['title', 'client', 'site', 'consultant'] as const;
const stepOrder: StepKey[] = ['audit', 'options', 'flows', 'rollout'];

/** Project details and the checklist of what each step still needs. */
export function OverviewPage() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const meta = useAppStore((s) => s.doc?.meta);
  const progress = useAppStore(selectProgress);
  const language = useAppStore((s) => s.language);
  if (!meta) return null;

  const update = (patch: Partial<ProjectMeta>, field: keyof ProjectMeta) =>
    store.getState().updateMeta(patch, { key: `meta.${field}` });
  const doneCount = progress.filter((item) => item.isDone).length;
  const missing = progress.length - doneCount;

  return (
    <Row gutter={[24, 24]}>
      <Col xs={24} xl={12}>
        <Card title={t('overview.details')}>
          <Form layout="vertical">
            {textFields.map((field) => (
              <Form.Item key={field} label={t(`overview.field.${field}`)} htmlFor={`meta-${field}`}>
                <Input
                  id={`meta-${field}`}
                  value={meta[field]}
                  maxLength={200}
                  onChange={(e) => update({ [field]: e.target.value }, field)}
                />
              </Form.Item>
            ))}
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item label={t('overview.field.industry')} htmlFor="meta-industry">
                  <Select
                    id="meta-industry"
                    value={meta.industry}
                    options={industries.map((value) => ({ value, label: t(`industry.${value}`) }))}
                    onChange={(industry) => update({ industry }, 'industry')}
                  />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label={t('overview.field.language')} htmlFor="meta-language">
                  <Select
                    id="meta-language"
                    value={meta.language}
                    options={languages.map((value) => ({
                      value,
                      label: value === 'zh-CN' ? '中文' : 'English',
                    }))}
                    onChange={(value) => update({ language: value }, 'language')}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t('overview.field.notes')} htmlFor="meta-notes">
              <Input.TextArea
                id="meta-notes"
                value={meta.notes}
                autoSize={{ minRows: 3, maxRows: 8 }}
                placeholder={t('overview.notesPlaceholder')}
                onChange={(e) => update({ notes: e.target.value }, 'notes')}
              />
            </Form.Item>
          </Form>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          title={t('overview.progress')}
          extra={
            <Typography.Text type={missing ? 'warning' : 'success'}>
              {missing ? t('overview.missing', { count: missing }) : t('overview.allDone')}
            </Typography.Text>
          }
        >
          <Progress percent={Math.round((doneCount / Math.max(progress.length, 1)) * 100)} />
          {stepOrder.map((step) => (
            <List
              key={step}
              size="small"
              header={<Typography.Text strong>{t(`step.${step}`)}</Typography.Text>}
              dataSource={progress.filter((item) => item.step === step)}
              renderItem={(item) => (
                <List.Item data-testid={`progress-${item.id}`} data-done={item.isDone}>
                  {item.isDone ? (
                    <CheckCircleTwoTone twoToneColor="#52c41a" />
                  ) : (
                    <ClockCircleOutlined />
                  )}
                  <span style={{ marginLeft: 8, flex: 1 }}>{item.label[language]}</span>
                </List.Item>
              )}
            />
          ))}
        </Card>
        <div style={{ marginTop: 24 }}>
          <GateStatusBlock />
        </div>
      </Col>
    </Row>
  );
}
