import { Table, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreColumn, ScoresView } from '../../store/options-view-selectors.ts';
import { oneDecimal, percent } from './format.ts';
import { ScoreCellEditor } from './ScoreCellEditor.tsx';

type Row = ScoresView['rows'][number];

/** Subjects × scored criteria: inputs for one rater, means (disputes highlighted) for the group. */
export function ScoreGrid({ view }: { view: ScoresView }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const raterId = view.raterId;
  const header = (c: ScoreColumn) => (
    <Tooltip
      title={
        c.isDisputed
          ? t('options.scores.columnDisputed', { range: c.maxRange })
          : c.scale === 'rating'
            ? t('options.scores.ratingHint')
            : t(`options.criteria.values.${c.direction}`)
      }
    >
      <Typography.Text
        strong
        style={{ color: c.isDisputed ? token.colorWarning : undefined, whiteSpace: 'normal' }}
      >
        {c.label}
      </Typography.Text>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {c.scale === 'rating' ? '1–10' : c.unit || t('options.criteria.values.value')} ·{' '}
          {c.scale === 'value' && c.direction === 'cost' ? '↓' : '↑'} · {percent(c.weight)}
        </Typography.Text>
      </div>
    </Tooltip>
  );
  return (
    <Table<Row>
      size="small"
      rowKey="subjectId"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={view.rows}
      data-testid="score-grid"
      columns={[
        {
          title: t('options.scores.subject'),
          dataIndex: 'name',
          fixed: 'left',
          width: 220,
          render: (name: string) => <span style={{ whiteSpace: 'normal' }}>{name}</span>,
        },
        ...view.columns.map((c, k) => ({
          title: header(c),
          key: c.id,
          width: raterId === null ? 140 : 170,
          render: (_: unknown, row: Row) => {
            const cell = row.cells[k]!;
            if (raterId !== null)
              return (
                <ScoreCellEditor
                  raterId={raterId}
                  subjectId={row.subjectId}
                  subjectName={row.name}
                  column={c}
                  score={cell.score}
                />
              );
            const isHot = c.isDisputed && c.mostDisputedSubjectId === row.subjectId;
            return (
              <span
                data-testid={`mean-${row.subjectId}-${c.id}`}
                style={
                  isHot
                    ? { background: token.colorWarningBg, padding: '2px 6px', borderRadius: 4 }
                    : undefined
                }
              >
                {oneDecimal(cell.mean)}
                {cell.source !== 'scores' && cell.source !== 'none' && (
                  <Tag style={{ marginLeft: 6 }}>{t(`options.scores.source.${cell.source}`)}</Tag>
                )}
              </span>
            );
          },
        })),
      ]}
    />
  );
}
