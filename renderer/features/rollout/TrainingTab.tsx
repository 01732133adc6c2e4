import { Flex } from 'antd';
import { ScanningSopCard } from './ScanningSopCard.tsx';
import { TrainingTable } from './TrainingTable.tsx';

/** Step 3 — role-based training dated from each go-live, and the printable scanning SOP. */
export function TrainingTab() {
  return (
    <Flex vertical gap={16}>
      <TrainingTable />
      <ScanningSopCard />
    </Flex>
  );
}
