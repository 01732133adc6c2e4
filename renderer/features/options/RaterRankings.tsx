import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResultsView } from '../../store/options-view-selectors.ts';

type Row = ResultsView['raterRankings'][number];

/** How each rater alone would rank, to show the lead where departments differ. */
export function RaterRankings({ view }: { view: ResultsView }) {
  const { t } = useTranslation();
  const groupTop = view.evaluation.weightedSum[0]?.subjectId ?? null;
  return (
    <Table<Row>
      size="small"
      rowKey="raterId"
      pagination={false}
      dataSource={view.raterRankings}
      locale={{ emptyText: t('options.empty.raters') }}
      columns={[
        { title: t('options.consistency.rater'), dataIndex: 'name', width: '35%' },
        {
          title: t('options.results.ranking'),
          key: 'ranking',
          render: (_, row) =>
            !row.hasScores ? (
              <Typography.Text type="secondary">
                {t('options.results.noRaterScores')}
              </Typography.Text>
            ) : (
              row.ranking.map((name, i) => (
                <Tag
                  key={`${i}-${name}`}
                  color={i === 0 ? (row.topId === groupTop ? 'green' : 'orange') : undefined}
                >
                  {i + 1}. {name}
                </Tag>
              ))
            ),
        },
      ]}
    />
  );
}
