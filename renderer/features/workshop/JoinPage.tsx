import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { departments, type Department } from '../../../shared/model/schema.ts';
import type { WorkshopIdentity } from '../../store/workshop-connection.ts';

type Props = { initial: WorkshopIdentity | null; onJoin: (identity: WorkshopIdentity) => void };

/** Longest name the server accepts (cli/workshop/tokens.ts). */
const MAX_NAME = 200;

/** Name and department, then join: the server finds or creates the participant's rater. */
export function JoinPage({ initial, onJoin }: Props) {
  const { t } = useTranslation();
  return (
    <Card
      style={{ width: 'calc(100% - 24px)', maxWidth: 440, margin: '24px auto' }}
      title={t('workshop.join.title')}
    >
      <Typography.Paragraph type="secondary">{t('workshop.join.intro')}</Typography.Paragraph>
      <Form<{ name: string; department: Department }>
        layout="vertical"
        requiredMark={false}
        initialValues={{ name: initial?.name ?? '', department: initial?.department ?? 'qc' }}
        onFinish={({ name, department }) => onJoin({ name: name.trim(), department })}
      >
        <Form.Item
          name="name"
          label={t('workshop.join.name')}
          rules={[{ required: true, whitespace: true, message: t('workshop.join.nameRequired') }]}
        >
          <Input
            maxLength={MAX_NAME}
            autoComplete="name"
            placeholder={t('workshop.join.namePlaceholder')}
          />
        </Form.Item>
        <Form.Item name="department" label={t('workshop.join.department')}>
          <Select options={departments.map((d) => ({ value: d, label: t(`department.${d}`) }))} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large">
          {t('workshop.join.submit')}
        </Button>
      </Form>
    </Card>
  );
}
