import { Button, Card, Flex, List, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../app/store-context.ts';
import { selectSuggestedWeights } from '../../store/options-selectors.ts';

/** Step 1's suggested weights with their reasons: accept (applied to every rater) or override. */
export function SuggestedWeightsCard() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const suggestion = useAppStore(selectSuggestedWeights);
  if (!suggestion) return null;
  const { status } = suggestion;
  return (
    <Card
      title={t('options.suggestion.title')}
      style={{ height: '100%' }}
      data-testid="suggested-weights"
      actions={[
        <Button key="accept" type="link" onClick={() => store.getState().acceptHandoff('weights')}>
          {t('options.suggestion.accept')}
        </Button>,
        <Button
          key="dismiss"
          type="link"
          onClick={() => store.getState().dismissHandoff('weights')}
        >
          {t('options.suggestion.override')}
        </Button>,
      ]}
      extra={
        status && (
          <Tag color={status === 'accepted' ? 'green' : 'default'}>
            {t(`options.suggestion.${status}`)}
          </Tag>
        )
      }
    >
      <Typography.Paragraph type="secondary">{t('options.suggestion.body')}</Typography.Paragraph>
      {suggestion.weights.map((w) => (
        <Flex key={w.criterion} gap={12} align="center">
          <Typography.Text style={{ width: 180 }}>{w.label}</Typography.Text>
          <Progress style={{ flex: 1 }} size="small" percent={Math.round(w.weight * 100)} />
        </Flex>
      ))}
      <List
        size="small"
        dataSource={suggestion.reasons}
        locale={{ emptyText: t('options.suggestion.noReasons') }}
        renderItem={(r) => (
          <List.Item>
            <Typography.Text>
              <Tag color="blue">
                +{r.points} {r.label}
              </Tag>
              {r.reason}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
