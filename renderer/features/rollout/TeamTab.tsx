import { Col, Row } from 'antd';
import { useAppStore } from '../../app/store-context.ts';
import { selectTeamFindings } from '../../store/rollout-team-selectors.ts';
import { MembersTable } from './MembersTable.tsx';
import { RaciGrid } from './RaciGrid.tsx';
import { TeamFindings } from './TeamFindings.tsx';

/** Step 3 — the cross-department task force, its RACI matrix and the model's checks beside it. */
export function TeamTab() {
  const findings = useAppStore(selectTeamFindings);
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <MembersTable />
      </Col>
      <Col xs={24} xxl={16}>
        <RaciGrid />
      </Col>
      <Col xs={24} xxl={8}>
        <TeamFindings findings={findings} testId="team-findings" />
      </Col>
    </Row>
  );
}
