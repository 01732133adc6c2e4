import { App, Button, Checkbox, ColorPicker, Form, Input, Segmented, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  reportSections,
  type ReportOptions,
  type ReportSection,
} from '../../../shared/model/schema.ts';
import { logoProblem } from '../../../shared/report/report-edits.ts';
import { uploadFile } from '../../platform/file-access.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';

const readDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });

/** The report options, kept in the document: each change is one undo step. */
export function ReportOptionsForm({ options }: { options: ReportOptions }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { message } = App.useApp();
  const projectLanguage = useAppStore((s) => s.doc?.meta.language ?? 'en');
  const update = (patch: Partial<ReportOptions>, typing?: keyof ReportOptions) =>
    store.getState().updateReport(patch, typing ? { key: `report.${typing}` } : undefined);

  const uploadLogo = async () => {
    const file = await uploadFile('image/png,image/jpeg');
    if (!file) return;
    const dataUrl = await readDataUrl(file);
    const problem = logoProblem(dataUrl);
    if (problem) void message.error(t(problem === 'size' ? 'report.logoSize' : 'report.logoType'));
    else update({ logo: dataUrl });
  };

  return (
    <Form layout="vertical" aria-label={t('report.options')}>
      <Form.Item label={t('report.sections')}>
        <Checkbox.Group
          value={options.sections}
          onChange={(values) =>
            update({ sections: reportSections.filter((s) => values.includes(s)) })
          }
        >
          <Space direction="vertical" size={2}>
            {reportSections.map((s: ReportSection) => (
              <Checkbox key={s} value={s}>
                {t(`report.section.${s}`)}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item label={t('report.language')}>
        <Select
          aria-label={t('report.language')}
          value={options.language ?? 'project'}
          onChange={(v: 'project' | 'zh-CN' | 'en') =>
            update({ language: v === 'project' ? null : v })
          }
          options={[
            {
              value: 'project',
              label: t('report.projectLanguage', {
                language: projectLanguage === 'zh-CN' ? '简体中文' : 'English',
              }),
            },
            { value: 'zh-CN', label: '简体中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('report.paper')}>
        <Segmented
          value={options.paper}
          onChange={(v: 'a4' | 'letter') => update({ paper: v })}
          options={[
            { value: 'a4', label: 'A4' },
            { value: 'letter', label: 'Letter' },
          ]}
        />
      </Form.Item>
      <Form.Item label={t('report.confidentiality')}>
        <Input
          value={options.confidentiality}
          maxLength={200}
          placeholder={t('report.confidentialityPlaceholder')}
          onChange={(e) => update({ confidentiality: e.target.value }, 'confidentiality')}
        />
      </Form.Item>
      <Form.Item label={t('report.consultancy')}>
        <Input
          value={options.consultancy}
          maxLength={200}
          onChange={(e) => update({ consultancy: e.target.value }, 'consultancy')}
        />
      </Form.Item>
      <Form.Item label={t('report.date')} extra={t('report.dateToday')}>
        <Input
          type="date"
          aria-label={t('report.date')}
          value={options.date ?? ''}
          onChange={(e) => update({ date: e.target.value === '' ? null : e.target.value })}
        />
      </Form.Item>
      <Form.Item label={t('report.brandColor')}>
        <ColorPicker
          value={options.brandColor}
          disabledAlpha
          showText
          onChangeComplete={(color) => update({ brandColor: color.toHexString().slice(0, 7) })}
        />
      </Form.Item>
      <Form.Item label={t('report.logo')}>
        <Space wrap>
          {options.logo !== '' && (
            <img
              src={options.logo}
              alt={t('report.logo')}
              style={{ maxHeight: 40, maxWidth: 120 }}
            />
          )}
          <Button onClick={() => void uploadLogo()}>{t('report.uploadLogo')}</Button>
          {options.logo !== '' && (
            <Button danger type="text" onClick={() => update({ logo: '' })}>
              {t('report.removeLogo')}
            </Button>
          )}
        </Space>
      </Form.Item>
    </Form>
  );
}
