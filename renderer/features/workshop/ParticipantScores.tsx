import { Card, Empty, Flex, InputNumber, Rate, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { voteItemId } from '../../../shared/workshop/live-votes.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectScoresView } from '../../store/options-view-selectors.ts';
import { selectLiveVotes } from '../../store/workshop-selectors.ts';
import { oneDecimal } from '../options/format.ts';
import { isVoteLocked, revealedResult, useWorkshop } from './workshop-context.ts';

/**
 * The participant's own scores: one card per candidate (or vendor), a 1–10 rating per leaf
 * criterion (stars, phone-friendly), or a number on value criteria.
 */
export function ParticipantScores({ raterId }: { raterId: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const view = useAppStore(selectScoresView);
  const scope = useAppStore((s) => s.decisionScope);
  const { session } = useWorkshop();
  const votes = useAppStore(selectLiveVotes);
  if (!view || view.rows.length === 0 || view.columns.length === 0) {
    return <Empty description={t('workshop.participant.noSubjects')} />;
  }
  return (
    <Flex vertical gap={12}>
      {view.rows.map((row) => (
        <Card
          key={row.subjectId}
          size="small"
          title={<span style={{ whiteSpace: 'normal' }}>{row.name}</span>}
          data-testid="score-card"
        >
          <Flex vertical gap={10}>
            {view.columns.map((column, k) => {
              const cell = row.cells[k]!;
              const id = voteItemId({
                kind: 'score',
                scope,
                subjectId: row.subjectId,
                criterionId: column.id,
              });
              const isLocked = isVoteLocked(session, 'score', {
                subjectId: row.subjectId,
                criterionId: column.id,
              });
              const value = cell.score?.value ?? null;
              const groupMean = revealedResult(session, votes, id);
              const key = { raterId, subjectId: row.subjectId, criterionId: column.id };
              const setValue = (next: number | null) =>
                store.getState().setScore(key, { value: next }, { key: `score.${id}` });
              return (
                <Flex key={column.id} vertical gap={2}>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text>
                      {column.label}
                      {groupMean !== null && (
                        <Tag color="blue" style={{ marginInlineStart: 8 }}>
                          {t('workshop.participant.groupResult', { value: oneDecimal(groupMean) })}
                        </Tag>
                      )}
                    </Typography.Text>
                    {isLocked ? (
                      <Tag>{t('workshop.participant.lockedTag')}</Tag>
                    ) : (
                      value === null && (
                        <Typography.Text type="secondary">
                          {t('workshop.participant.notRated')}
                        </Typography.Text>
                      )
                    )}
                  </Flex>
                  {column.scale === 'rating' ? (
                    <Rate
                      count={10}
                      value={value ?? 0}
                      disabled={isLocked}
                      style={{ fontSize: 20 }}
                      aria-label={`${row.name} — ${column.label}`}
                      onChange={(next) => setValue(next === 0 ? null : next)}
                    />
                  ) : (
                    <InputNumber
                      value={value}
                      disabled={isLocked}
                      suffix={column.unit || undefined}
                      aria-label={`${row.name} — ${column.label}`}
                      style={{ width: '100%' }}
                      onChange={(next) => setValue(typeof next === 'number' ? next : null)}
                    />
                  )}
                </Flex>
              );
            })}
          </Flex>
        </Card>
      ))}
    </Flex>
  );
}
