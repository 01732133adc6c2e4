import { CloseCircleTwoTone, InfoCircleTwoTone, WarningTwoTone } from '@ant-design/icons';
import { Button, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FlowFinding } from '../../../shared/flows/validate.ts';
import { useAppStore } from '../../app/store-context.ts';
import { selectFlowFindings } from '../../store/selectors.ts';

const icons = {
  error: <CloseCircleTwoTone twoToneColor="#cf1322" />,
  warning: <WarningTwoTone twoToneColor="#d48806" />,
  info: <InfoCircleTwoTone />,
} as const;

/** The diagram's findings, each with how to fix it and a link to the element it is about. */
export function ValidationPanel({ onShow }: { onShow: (finding: FlowFinding) => void }) {
  const { t } = useTranslation();
  const findings = useAppStore(selectFlowFindings);
  const language = useAppStore((s) => s.language);
  return (
    <List
      size="small"
      data-testid="validation-panel"
      header={
        <Typography.Text
          strong
        >{`${t('flows.validation.title')} (${findings.length})`}</Typography.Text>
      }
      dataSource={findings}
      locale={{ emptyText: t('flows.validation.none') }}
      renderItem={(finding) => (
        <List.Item
          data-testid={`finding-${finding.id}`}
          actions={
            finding.target.id
              ? [
                  <Button key="show" size="small" type="link" onClick={() => onShow(finding)}>
                    {t('flows.validation.show')}
                  </Button>,
                ]
              : []
          }
        >
          <List.Item.Meta
            avatar={icons[finding.severity]}
            title={<span style={{ fontWeight: 'normal' }}>{finding.message[language]}</span>}
            description={`${t('flows.validation.fix')}: ${finding.fix[language]}`}
          />
        </List.Item>
      )}
    />
  );
}
