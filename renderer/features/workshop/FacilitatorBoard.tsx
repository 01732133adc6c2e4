import { Empty, Flex, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VoteTally } from '../../../shared/workshop/live-votes.ts';
import { useAppStore } from '../../app/store-context.ts';
import { selectLiveVotes } from '../../store/workshop-selectors.ts';
import { ScopePicker } from '../options/ScopePicker.tsx';
import { LiveVoteCard } from './LiveVoteCard.tsx';
import { voteTitle } from './vote-title.ts';

type Filter = 'pairs' | 'weights' | 'scores';

/** Every item of one kind and scope as a live card, in a responsive grid. */
export function FacilitatorBoard() {
  const { t } = useTranslation();
  const votes = useAppStore(selectLiveVotes);
  const method = useAppStore((s) => s.doc?.decision.weightMethod ?? 'direct');
  const [filter, setFilter] = useState<Filter>(method === 'direct' ? 'weights' : 'pairs');
  if (!votes) return null;
  const tallies: VoteTally[] =
    filter === 'pairs' ? votes.pairs : filter === 'weights' ? votes.weights : votes.scores;
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} wrap>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['pairs', 'weights', 'scores'] as const).map((f) => ({
            value: f,
            label: t(`workshop.facilitator.filter.${f}`),
          }))}
        />
        <ScopePicker />
      </Flex>
      {tallies.length === 0 ? (
        <Empty description={t('workshop.facilitator.noVotes')} />
      ) : (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))',
            gap: 16,
          }}
        >
          {tallies.map((tally) => (
            <LiveVoteCard
              key={tally.id}
              tally={tally}
              title={voteTitle(tally, votes.names, t)}
              names={votes.names}
            />
          ))}
        </div>
      )}
    </Flex>
  );
}
