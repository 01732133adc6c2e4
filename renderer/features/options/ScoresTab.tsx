import { Alert, Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store-context.ts';
import { selectScoresView } from '../../store/options-view-selectors.ts';
import { DecisionToolbar } from './DecisionToolbar.tsx';
import { ratingAnchors } from './rating-anchors.ts';
import { ScoreGrid } from './ScoreGrid.tsx';

/** Tab 3: each rater's scores of every subject on every scored criterion; the group's means. */
export function ScoresTab() {
  const { t } = useTranslation();
  const view = useAppStore(selectScoresView);
  const hasRaters = useAppStore((s) => (s.doc?.decision.raters.length ?? 0) > 0);
  if (!view) return null;
  const empty = !hasRaters
    ? t('options.empty.raters')
    : view.rows.length === 0
      ? t('options.empty.subjects')
      : view.columns.length === 0
        ? t('options.empty.criteria')
        : null;
  return (
    <Flex vertical gap={16}>
      <DecisionToolbar />
      <Card
        title={view.raterId === null ? t('options.scores.groupTitle') : t('options.scores.title')}
        extra={
          <Flex gap={4} wrap>
            {ratingAnchors.map((a) => (
              <Tag key={a.key} color={a.color}>
                {a.range} {t(`options.scores.anchor.${a.key}`)}
              </Tag>
            ))}
          </Flex>
        }
      >
        {empty !== null ? (
          <Empty description={empty} />
        ) : (
          <Flex vertical gap={12}>
            {view.scoreCount === 0 && (
              <Alert type="info" showIcon title={t('options.scores.startHere')} />
            )}
            {view.raterId === null &&
              view.disputes.map((d) => (
                <Alert
                  key={d.criterionId}
                  type="warning"
                  showIcon
                  data-testid="disagreement"
                  title={t('options.scores.disputed', {
                    criterion: d.label,
                    range: d.range,
                    subject: d.subjectName,
                  })}
                />
              ))}
            <Typography.Text type="secondary">
              {view.raterId === null ? t('options.scores.groupHint') : t('options.scores.hint')}
            </Typography.Text>
            <ScoreGrid view={view} />
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
