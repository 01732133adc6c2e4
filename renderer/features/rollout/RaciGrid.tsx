import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Input, Select, Tag, Typography, theme } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { raciRoles, type Member, type Workstream } from '../../../shared/model/schema.ts';
import { workstreamsByPhase } from '../../../shared/rollout/team-checks.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectRaciMarks, type RaciMarks } from '../../store/rollout-team-selectors.ts';
import { RaciCellButton } from './RaciCellButton.tsx';

/** Workstreams (rows, grouped by phase) × task-force members (columns), R/A/C/I per cell. */
export function RaciGrid() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const store = useAppStoreApi();
  const doc = useAppStore((s) => s.doc);
  const marks = useAppStore(selectRaciMarks);
  if (!doc) return null;
  const { team, phases } = doc.rollout;
  const groups = workstreamsByPhase(doc);
  const phaseName = (id: string | null) =>
    phases.find((p) => p.id === id)?.name || t('rolloutTeam.raci.noPhase');
  const headCell: React.CSSProperties = {
    padding: '6px 4px',
    fontWeight: 600,
    fontSize: token.fontSizeSM,
    borderBottom: `1px solid ${token.colorBorderSecondary}`,
    textAlign: 'center',
    verticalAlign: 'bottom',
    minWidth: 72,
    maxWidth: 110,
  };
  let rowIndex = 0;
  return (
    <Card
      title={t('rolloutTeam.raci.title')}
      extra={
        <Button
          icon={<PlusOutlined />}
          data-testid="add-workstream"
          onClick={() =>
            store.getState().addWorkstream({
              name: t('rolloutTeam.raci.newName'),
              phaseId: phases[0]?.id ?? null,
            })
          }
        >
          {t('rolloutTeam.raci.add')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
        {t('rolloutTeam.raci.intro')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('rolloutTeam.raci.rule')}</Typography.Paragraph>
      {team.length === 0 || groups.length === 0 ? (
        <Empty
          description={t(
            team.length === 0 ? 'rolloutTeam.raci.noMembers' : 'rolloutTeam.raci.empty',
          )}
        />
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table
            data-raci-grid
            data-testid="raci-grid"
            style={{ borderCollapse: 'separate', borderSpacing: 4, width: '100%' }}
          >
            <thead>
              <tr>
                <th style={{ ...headCell, textAlign: 'left', minWidth: 320, maxWidth: 'none' }}>
                  {t('rolloutTeam.raci.workstream')}
                </th>
                {team.map((m) => (
                  <MemberHeader key={m.id} member={m} marks={marks} style={headCell} />
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((group) => (
                <Fragment key={group.phaseId ?? '-'}>
                  <tr>
                    <th
                      colSpan={team.length + 1}
                      style={{
                        textAlign: 'left',
                        padding: '8px 4px 2px',
                        color: token.colorTextSecondary,
                        fontWeight: 600,
                      }}
                    >
                      {phaseName(group.phaseId)}
                    </th>
                  </tr>
                  {group.workstreams.map((w) => {
                    const row = rowIndex++;
                    return (
                      <tr key={w.id} data-testid={`raci-row-${w.id}`}>
                        <td>
                          <RowHeader workstream={w} hasProblem={marks.rows.has(w.id)} />
                        </td>
                        {team.map((m, col) => (
                          <td key={m.id}>
                            <RaciCellButton
                              workstreamId={w.id}
                              memberId={m.id}
                              role={w.raci.find((c) => c.memberId === m.id)?.role ?? null}
                              rowName={w.name}
                              memberName={m.name}
                              row={row}
                              col={col}
                              hasProblem={marks.cells.has(`${w.id}|${m.id}`)}
                            />
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Flex gap={8} wrap style={{ marginTop: 12 }}>
        {raciRoles.map((r) => (
          <Tag key={r}>
            <b>{r}</b> {t(`rolloutTeam.raci.legend.${r}`)}
          </Tag>
        ))}
      </Flex>
    </Card>
  );
}

function MemberHeader(props: { member: Member; marks: RaciMarks; style: React.CSSProperties }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { member, marks } = props;
  return (
    <th
      scope="col"
      style={{
        ...props.style,
        color: marks.members.has(member.id) ? token.colorWarningText : undefined,
      }}
    >
      <div style={{ overflowWrap: 'anywhere' }}>{member.name || member.id}</div>
      <div style={{ fontWeight: 400, color: token.colorTextSecondary }}>
        {t(`department.${member.department}`)} · {Math.round(member.availability * 100)}%
      </div>
    </th>
  );
}

function RowHeader({ workstream: w, hasProblem }: { workstream: Workstream; hasProblem: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const phases = useAppStore((s) => s.doc?.rollout.phases) ?? [];
  return (
    <Flex gap={4} align="center">
      <Input.TextArea
        size="small"
        aria-label={t('rolloutTeam.raci.workstream')}
        autoSize={{ minRows: 1, maxRows: 3 }}
        value={w.name}
        maxLength={200}
        status={hasProblem ? 'warning' : undefined}
        style={{ flex: 1, minWidth: 160 }}
        onChange={(e) =>
          store.getState().updateWorkstream(w.id, { name: e.target.value }, { key: `ws.${w.id}` })
        }
      />
      <Select
        size="small"
        aria-label={t('rolloutTeam.raci.phase')}
        style={{ width: 96 }}
        value={w.phaseId ?? ''}
        popupMatchSelectWidth={false}
        labelRender={({ value }) => {
          const index = phases.findIndex((p) => p.id === value);
          return index === -1
            ? t('rolloutTeam.raci.noPhase')
            : `${t('rolloutTeam.raci.phase')} ${index + 1}`;
        }}
        options={[
          ...phases.map((p, i) => ({ value: p.id, label: p.name || `${i + 1}` })),
          { value: '', label: t('rolloutTeam.raci.noPhase') },
        ]}
        onChange={(phaseId) =>
          store.getState().updateWorkstream(w.id, { phaseId: phaseId || null })
        }
      />
      <Button
        size="small"
        type="text"
        danger
        icon={<DeleteOutlined />}
        aria-label={t('rolloutTeam.remove', { name: w.name || w.id })}
        onClick={() => store.getState().removeWorkstream(w.id)}
      />
    </Flex>
  );
}
