import { Alert, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONSISTENCY_THRESHOLD } from '../../../shared/decision/ahp.ts';
import { formatJudgement, formatNumber } from '../../../shared/decision/decision-text.ts';
import { useAppStoreApi } from '../../app/store-context.ts';
import type { SiblingGroupView, WeightsView } from '../../store/options-selectors.ts';
import { percent } from './format.ts';
import { SaatySlider } from './SaatySlider.tsx';

/** AHP: pairwise judgements per group of sibling criteria, with λmax, CI and CR. */
export function AhpJudgements({ view }: { view: WeightsView }) {
  return (
    <Flex vertical gap={16}>
      {view.groups
        .filter((g) => g.rows.length >= 2)
        .map((g) => (
          <AhpGroup key={g.parentId ?? 'root'} group={g} raterId={view.raterId} />
        ))}
    </Flex>
  );
}

function AhpGroup({ group, raterId }: { group: SiblingGroupView; raterId: string | null }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { ahp } = group;
  const labelOf = (id: string) => group.rows.find((r) => r.id === id)?.name ?? id;
  const worst = ahp?.mostInconsistent ?? null;
  return (
    <Card
      size="small"
      title={group.parentLabel ?? t('options.weights.mainCriteria')}
      data-testid="ahp-group"
    >
      <Typography.Paragraph type="secondary">{t('options.ahp.howTo')}</Typography.Paragraph>
      {group.pairs.map((pair) => (
        <Flex key={`${pair.rowId}|${pair.colId}`} align="center" gap={12} wrap={false}>
          <Typography.Text style={{ width: '26%', textAlign: 'right' }}>
            {pair.rowLabel}
          </Typography.Text>
          <SaatySlider
            style={{ flex: 1 }}
            value={pair.value}
            disabled={raterId === null}
            ariaLabel={t('options.ahp.pair', { row: pair.rowLabel, col: pair.colLabel })}
            onChange={(judgement) =>
              raterId !== null &&
              store.getState().setJudgement(raterId, pair.rowId, pair.colId, judgement, {
                key: `judgement.${raterId}.${pair.rowId}.${pair.colId}`,
              })
            }
          />
          <Typography.Text style={{ width: '26%' }}>{pair.colLabel}</Typography.Text>
          <Tag style={{ width: 64, textAlign: 'center' }}>
            {pair.value === null ? t('options.ahp.notJudged') : formatJudgement(pair.value)}
          </Tag>
        </Flex>
      ))}
      {ahp && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 4 }}
          style={{ marginTop: 12 }}
          items={[
            { key: 'lambda', label: 'λmax', children: formatNumber(ahp.lambdaMax, 3) },
            { key: 'ci', label: 'CI', children: formatNumber(ahp.consistencyIndex, 3) },
            {
              key: 'cr',
              label: 'CR',
              children: (
                <Typography.Text
                  type={ahp.isConsistent ? 'success' : 'danger'}
                  data-testid="ahp-cr"
                >
                  {formatNumber(ahp.consistencyRatio, 3)}
                </Typography.Text>
              ),
            },
            { key: 'ri', label: 'RI', children: formatNumber(ahp.randomIndex, 2) },
            {
              key: 'priorities',
              label: t('options.ahp.priorities'),
              span: 'filled',
              children: ahp.ids.map((id, i) => (
                <Tag key={id}>
                  {labelOf(id)} {percent(ahp.priorities[i] ?? 0)}
                </Tag>
              )),
            },
          ]}
        />
      )}
      {ahp && !ahp.isConsistent && worst && (
        <Alert
          type="warning"
          showIcon
          data-testid="ahp-inconsistent"
          title={t('options.ahp.inconsistent', {
            cr: formatNumber(ahp.consistencyRatio, 3),
            threshold: CONSISTENCY_THRESHOLD,
          })}
          description={t('options.ahp.revisit', {
            row: labelOf(worst.rowId),
            col: labelOf(worst.colId),
            value: formatJudgement(worst.value),
            suggested: formatJudgement(worst.suggestedValue),
          })}
          action={
            raterId !== null && (
              <Button
                size="small"
                onClick={() =>
                  store
                    .getState()
                    .setJudgement(raterId, worst.rowId, worst.colId, worst.suggestedValue)
                }
              >
                {t('options.ahp.apply')}
              </Button>
            )
          }
        />
      )}
      {ahp && ahp.missingPairs.length > 0 && (
        <Typography.Text type="secondary">
          {t('options.ahp.missing', { count: ahp.missingPairs.length })}
        </Typography.Text>
      )}
    </Card>
  );
}
