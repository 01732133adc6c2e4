import { Col, Flex, Row } from 'antd';
import { ArchetypeCards } from './ArchetypeCards.tsx';
import { CandidatesTable } from './CandidatesTable.tsx';
import { CriteriaTable } from './CriteriaTable.tsx';
import { RatersTable } from './RatersTable.tsx';
import { VendorsTable } from './VendorsTable.tsx';

/** Tab 1: the approaches, the candidates, vendors, criteria and raters of the decision. */
export function SetupTab() {
  return (
    <Flex vertical gap={16}>
      <ArchetypeCards />
      <CandidatesTable />
      <CriteriaTable />
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={14}>
          <VendorsTable />
        </Col>
        <Col xs={24} xxl={10}>
          <RatersTable />
        </Col>
      </Row>
    </Flex>
  );
}
