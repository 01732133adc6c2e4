import { Alert, Card, Empty, Flex, InputNumber, Segmented, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../shared/decision/decision-text.ts';
import { voteItemId } from '../../../shared/workshop/live-votes.ts';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectWeightsView, type SiblingGroupView } from '../../store/options-selectors.ts';
import { selectLiveVotes } from '../../store/workshop-selectors.ts';
import { percent } from '../options/format.ts';
import { PairwiseVote } from './PairwiseVote.tsx';
import { isVoteLocked, revealedResult, useWorkshop } from './workshop-context.ts';

/** The participant's own weights: pairwise comparisons on Saaty's slider, or direct weights. */
export function ParticipantWeights({ raterId }: { raterId: string }) {
  const { t } = useTranslation();
  const view = useAppStore(selectWeightsView);
  const method = useAppStore((s) => s.doc?.decision.weightMethod ?? 'direct');
  const [mode, setMode] = useState<'pairwise' | 'direct'>(method === 'ahp' ? 'pairwise' : 'direct');
  if (!view || view.rows.length === 0) {
    return <Empty description={t('workshop.participant.noCriteria')} />;
  }
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {t('workshop.participant.methodNote', {
          method: t(`workshop.participant.method.${method}`),
        })}
      </Typography.Text>
      <Segmented<'pairwise' | 'direct'>
        block
        value={mode}
        onChange={(value) => setMode(value)}
        options={[
          { value: 'pairwise', label: t('workshop.participant.pairwise') },
          { value: 'direct', label: t('workshop.participant.direct') },
        ]}
      />
      {mode === 'pairwise' ? (
        <PairwiseGroups groups={view.groups} raterId={raterId} />
      ) : (
        <DirectWeights groups={view.groups} raterId={raterId} />
      )}
    </Flex>
  );
}

function PairwiseGroups({ groups, raterId }: { groups: SiblingGroupView[]; raterId: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { session } = useWorkshop();
  const scope = useAppStore((s) => s.decisionScope);
  const votes = useAppStore(selectLiveVotes);
  const comparable = groups.filter((g) => g.pairs.length > 0);
  if (comparable.length === 0) {
    return <Empty description={t('workshop.participant.noPairs')} />;
  }
  return comparable.map((group) => (
    <GroupCard key={group.parentId ?? 'root'} group={group}>
      <Flex vertical gap={20}>
        {group.pairs.map((pair) => {
          const id = voteItemId({ kind: 'pair', scope, rowId: pair.rowId, colId: pair.colId });
          return (
            <PairwiseVote
              key={id}
              pair={pair}
              isLocked={isVoteLocked(session, 'judgement', {
                rowId: pair.rowId,
                colId: pair.colId,
              })}
              groupValue={revealedResult(session, votes, id)}
              onChange={(value) =>
                store.getState().setJudgement(raterId, pair.rowId, pair.colId, value, {
                  key: `judgement.${raterId}.${pair.rowId}.${pair.colId}`,
                })
              }
            />
          );
        })}
        {group.ahp && group.ahp.ids.length >= 3 && (
          <Alert
            type={group.ahp.isConsistent ? 'success' : 'warning'}
            showIcon
            title={t('workshop.participant.yourConsistency', {
              cr: formatNumber(group.ahp.consistencyRatio, 3),
            })}
            description={
              group.ahp.isConsistent ? undefined : t('workshop.participant.inconsistent')
            }
          />
        )}
      </Flex>
    </GroupCard>
  ));
}

/** One sibling group of criteria, titled by its parent (or "Main criteria"). */
function GroupCard({ group, children }: { group: SiblingGroupView; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={group.parentLabel ?? t('options.weights.mainCriteria')}>
      {children}
    </Card>
  );
}

function DirectWeights({ groups, raterId }: { groups: SiblingGroupView[]; raterId: string }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { session } = useWorkshop();
  const votes = useAppStore(selectLiveVotes);
  const scope = useAppStore((s) => s.decisionScope);
  return (
    <>
      <Typography.Text type="secondary">{t('workshop.participant.directHint')}</Typography.Text>
      {groups.map((group) => (
        <GroupCard key={group.parentId ?? 'root'} group={group}>
          <Flex vertical gap={8}>
            {group.rows.map((row) => {
              const isLocked = isVoteLocked(session, 'weight', { criterionId: row.id });
              const groupShare = revealedResult(
                session,
                votes,
                voteItemId({ kind: 'weight', scope, criterionId: row.id }),
              );
              return (
                <Flex key={row.id} justify="space-between" align="center" gap={12}>
                  <Typography.Text>{row.name}</Typography.Text>
                  <Flex gap={4} align="center">
                    {groupShare !== null && (
                      <Tag color="blue">
                        {t('workshop.participant.groupResult', { value: percent(groupShare) })}
                      </Tag>
                    )}
                    {isLocked && <Tag>{t('workshop.participant.lockedTag')}</Tag>}
                    <InputNumber
                      min={0}
                      max={1000}
                      value={row.entered}
                      disabled={isLocked}
                      aria-label={row.name}
                      style={{ width: 96 }}
                      onChange={(value) =>
                        typeof value === 'number' &&
                        store.getState().setWeight(raterId, row.id, value, {
                          key: `weight.${raterId}.${row.id}`,
                        })
                      }
                    />
                  </Flex>
                </Flex>
              );
            })}
          </Flex>
        </GroupCard>
      ))}
    </>
  );
}
