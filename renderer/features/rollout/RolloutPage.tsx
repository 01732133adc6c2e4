import { Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarTab } from './CalendarTab.tsx';
import { GatesTab } from './GatesTab.tsx';
import { PlanTab } from './PlanTab.tsx';
import { RisksTab } from './RisksTab.tsx';
import { TeamTab } from './TeamTab.tsx';
import { TrainingTab } from './TrainingTab.tsx';

const tabs = ['plan', 'team', 'gates', 'risks', 'training', 'calendar'] as const;
type Tab = (typeof tabs)[number];

const content: Record<Tab, () => React.ReactNode> = {
  plan: () => <PlanTab />,
  team: () => <TeamTab />,
  gates: () => <GatesTab />,
  risks: () => <RisksTab />,
  training: () => <TrainingTab />,
  calendar: () => <CalendarTab />,
};

/**
 * Step 3 — implementation and risk management: the schedule (Gantt), the cross-department
 * task force and RACI, phase gates, risks, training and the working calendar.
 */
export function RolloutPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('plan');
  return (
    <Tabs
      activeKey={tab}
      destroyOnHidden
      onChange={(key) => setTab(key as Tab)}
      items={tabs.map((key) => ({
        key,
        label: t(`rolloutPlan.tabs.${key}`),
        children: content[key](),
      }))}
    />
  );
}
