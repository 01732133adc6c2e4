import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResultsTab } from './ResultsTab.tsx';
import { ScoresTab } from './ScoresTab.tsx';
import { SetupTab } from './SetupTab.tsx';
import { SpreadsheetTab } from './SpreadsheetTab.tsx';
import { TcoTab } from './TcoTab.tsx';
import { WeightsTab } from './WeightsTab.tsx';

const tabs = ['setup', 'weights', 'scores', 'tco', 'results', 'vendors', 'spreadsheet'] as const;
type Tab = (typeof tabs)[number];

const content: Record<Tab, () => React.ReactNode> = {
  setup: () => <SetupTab />,
  weights: () => <WeightsTab />,
  scores: () => <ScoresTab />,
  tco: () => <TcoTab />,
  results: () => <ResultsTab scope="option" />,
  vendors: () => <ResultsTab scope="vendor" />,
  spreadsheet: () => <SpreadsheetTab />,
};

/**
 * Step 2 — option and vendor selection: set-up, weights, scores, TCO, the two evaluations and
 * the spreadsheet round trip. Hidden tabs are unmounted, so only the visible one recomputes.
 */
export function OptionsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('setup');
  return (
    <Tabs
      activeKey={tab}
      destroyOnHidden
      onChange={(key) => setTab(key as Tab)}
      items={tabs.map((key) => ({
        key,
        label: t(`options.tabs.${key}`),
        children: content[key](),
      }))}
    />
  );
}
