import { Flex, Spin, Tabs } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FacilitatorBoard } from './FacilitatorBoard.tsx';
import { ParticipantComments } from './ParticipantComments.tsx';

// The existing step pages, live on the shared document: group aggregation, disagreement,
// rankings (step 2) and the audit's readiness update as the votes come in.
const OptionsPage = lazy(() =>
  import('../options/OptionsPage.tsx').then((m) => ({ default: m.OptionsPage })),
);
const AuditPage = lazy(() =>
  import('../audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })),
);

type FacilitatorPage = 'votes' | 'results' | 'audit' | 'comments';

/** The facilitator's screen: live votes, the step-2 results, the self-audit, comments. */
export function FacilitatorView({ setPage }: { setPage: (page: string) => void }) {
  const { t } = useTranslation();
  const [page, setLocalPage] = useState<FacilitatorPage>('votes');
  useEffect(() => setPage(page), [page, setPage]);
  const fallback = <Spin size="large" style={{ display: 'block', marginTop: 80 }} />;
  return (
    <Tabs
      activeKey={page}
      onChange={(key) => setLocalPage(key as FacilitatorPage)}
      destroyOnHidden
      items={[
        { key: 'votes', label: t('workshop.page.votes'), children: <FacilitatorBoard /> },
        {
          key: 'results',
          label: t('nav.options'),
          children: (
            <Suspense fallback={fallback}>
              <OptionsPage />
            </Suspense>
          ),
        },
        {
          key: 'audit',
          label: t('nav.audit'),
          children: (
            <Suspense fallback={fallback}>
              <AuditPage />
            </Suspense>
          ),
        },
        {
          key: 'comments',
          label: t('workshop.page.comments'),
          children: (
            <Flex vertical style={{ maxWidth: 720 }}>
              <ParticipantComments
                authorRaterId={null}
                authorName={t('workshop.join.facilitatorName')}
              />
            </Flex>
          ),
        },
      ]}
    />
  );
}
