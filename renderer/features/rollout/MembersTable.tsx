import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Popconfirm, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { departments, memberRoles, type Member } from '../../../shared/model/schema.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectRaciMarks } from '../../store/rollout-team-selectors.ts';

/** The cross-department task force: name, department, role, availability and contact. */
export function MembersTable() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const team = useAppStore((s) => s.doc?.rollout.team);
  const marks = useAppStore(selectRaciMarks);
  const update = (id: string, patch: Partial<Member>, field?: string) =>
    store.getState().updateMember(id, patch, field ? { key: `member.${id}.${field}` } : undefined);
  return (
    <Card
      title={t('rolloutTeam.team.title')}
      extra={
        <Button
          icon={<PlusOutlined />}
          data-testid="add-member"
          onClick={() =>
            store.getState().addMember({ name: t('rolloutTeam.team.newName'), department: 'other' })
          }
        >
          {t('rolloutTeam.team.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('rolloutTeam.team.intro')}</Typography.Paragraph>
      <Table<Member>
        size="small"
        rowKey="id"
        pagination={false}
        tableLayout="fixed"
        scroll={{ x: 'max-content' }}
        dataSource={team}
        data-testid="members-table"
        locale={{ emptyText: t('rolloutTeam.team.empty') }}
        columns={[
          {
            title: t('rolloutTeam.team.name'),
            key: 'name',
            width: 220,
            render: (_, m) => (
              <Input
                aria-label={t('rolloutTeam.team.name')}
                value={m.name}
                maxLength={200}
                status={marks.members.has(m.id) ? 'warning' : undefined}
                onChange={(e) => update(m.id, { name: e.target.value }, 'name')}
              />
            ),
          },
          {
            title: t('rolloutTeam.team.department'),
            key: 'department',
            width: 150,
            render: (_, m) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('rolloutTeam.team.department')}
                value={m.department}
                options={departments.map((d) => ({ value: d, label: t(`department.${d}`) }))}
                onChange={(department) => update(m.id, { department })}
              />
            ),
          },
          {
            title: t('rolloutTeam.team.role'),
            key: 'role',
            width: 150,
            render: (_, m) => (
              <Select
                style={{ width: '100%' }}
                aria-label={t('rolloutTeam.team.role')}
                value={m.role}
                options={memberRoles.map((r) => ({
                  value: r,
                  label: t(`rolloutTeam.team.roles.${r}`),
                }))}
                onChange={(role) => update(m.id, { role })}
              />
            ),
          },
          {
            title: t('rolloutTeam.team.availability'),
            key: 'availability',
            width: 110,
            render: (_, m) => (
              <InputNumber
                aria-label={t('rolloutTeam.team.availability')}
                style={{ width: '100%' }}
                min={0}
                max={100}
                step={10}
                suffix="%"
                value={Math.round(m.availability * 100)}
                onChange={(value) =>
                  value !== null && update(m.id, { availability: value / 100 }, 'availability')
                }
              />
            ),
          },
          {
            title: t('rolloutTeam.team.contact'),
            key: 'contact',
            width: 200,
            render: (_, m) => (
              <Input
                aria-label={t('rolloutTeam.team.contact')}
                value={m.contact}
                maxLength={200}
                onChange={(e) => update(m.id, { contact: e.target.value }, 'contact')}
              />
            ),
          },
          {
            key: 'remove',
            width: 48,
            render: (_, m) => (
              <Popconfirm
                title={t('rolloutTeam.team.removeConfirm', { name: m.name || m.id })}
                onConfirm={() => store.getState().removeMember(m.id)}
              >
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('rolloutTeam.remove', { name: m.name || m.id })}
                />
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
