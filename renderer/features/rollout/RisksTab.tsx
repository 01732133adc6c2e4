import { Flex } from 'antd';
import { useAppStore } from '../../app/store-context.ts';
import { RiskHeatMap } from './RiskHeatMap.tsx';
import { RiskRegister } from './RiskRegister.tsx';

const noRisks: never[] = [];

/** Step 3 — the risk register beside its 5×5 heat map. */
export function RisksTab() {
  const risks = useAppStore((s) => s.doc?.rollout.risks) ?? noRisks;
  return (
    <Flex gap={16} wrap align="flex-start">
      <div style={{ flex: '0 0 360px', maxWidth: '100%' }}>
        <RiskHeatMap risks={risks} />
      </div>
      <div style={{ flex: '1 1 520px', minWidth: 0 }}>
        <RiskRegister risks={risks} />
      </div>
    </Flex>
  );
}
