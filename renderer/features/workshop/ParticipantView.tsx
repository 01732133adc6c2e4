import { Alert, Button, Flex, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectLiveVotes } from '../../store/workshop-selectors.ts';
import { ScopePicker } from '../options/ScopePicker.tsx';
import { ParticipantAudit } from './ParticipantAudit.tsx';
import { ParticipantComments } from './ParticipantComments.tsx';
import { ParticipantScores } from './ParticipantScores.tsx';
import { ParticipantWeights } from './ParticipantWeights.tsx';
import { voteTitle } from './vote-title.ts';
import type { WorkshopRole } from '../../../shared/workshop/session.ts';
import { useWorkshop } from './workshop-context.ts';

type Participant = Extract<WorkshopRole, { kind: 'participant' }>;
type ParticipantPage = 'weights' | 'scores' | 'audit' | 'comments';

/**
 * The participant's screen, made for a phone first: their own weights, scores, their
 * department's self-audit questions and comments, one tab each. What they see is their own
 * rater's entries; the store is the shared document, so every change is live for the others.
 */
export function ParticipantView({ participant }: { participant: Participant }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { setPage, session } = useWorkshop();
  const votes = useAppStore(selectLiveVotes);
  const [page, setLocalPage] = useState<ParticipantPage>('weights');
  const hasVendors = useAppStore((s) =>
    (s.doc?.decision.criteria ?? []).some((c) => c.scope === 'vendor'),
  );
  useEffect(() => {
    store.getState().setDecisionRater(participant.raterId);
  }, [store, participant.raterId]);
  useEffect(() => setPage(page), [page, setPage]);

  const scopePicker = hasVendors && <ScopePicker block />;
  const withScope = (content: React.ReactNode) => (
    <Flex vertical gap={12}>
      {scopePicker}
      {content}
    </Flex>
  );
  const focused =
    session.focusedItemId === null ? undefined : votes?.byId.get(session.focusedItemId);
  const focusBanner = focused && votes && (
    <Alert
      type="info"
      showIcon
      data-testid="focus-banner"
      title={t('workshop.participant.focus', { item: voteTitle(focused, votes.names, t) })}
      action={
        <Button
          size="small"
          onClick={() => setLocalPage(focused.kind === 'score' ? 'scores' : 'weights')}
        >
          {t('workshop.participant.goToFocus')}
        </Button>
      }
    />
  );
  return (
    <Flex vertical gap={8}>
      {focusBanner}
      <Tabs
        activeKey={page}
        onChange={(key) => setLocalPage(key as ParticipantPage)}
        items={[
          {
            key: 'weights',
            label: t('workshop.page.weights'),
            children: withScope(<ParticipantWeights raterId={participant.raterId} />),
          },
          {
            key: 'scores',
            label: t('workshop.page.scores'),
            children: withScope(<ParticipantScores raterId={participant.raterId} />),
          },
          {
            key: 'audit',
            label: t('workshop.page.audit'),
            children: <ParticipantAudit department={participant.department} />,
          },
          {
            key: 'comments',
            label: t('workshop.page.comments'),
            children: (
              <ParticipantComments
                authorRaterId={participant.raterId}
                authorName={participant.name}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}
