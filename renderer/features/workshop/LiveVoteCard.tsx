import {
  AimOutlined,
  EyeInvisibleOutlined,
  EyeOutlined,
  LockOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Progress, Space, Tag, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatJudgement, formatNumber } from '../../../shared/decision/decision-text.ts';
import type { VoteTally } from '../../../shared/workshop/live-votes.ts';
import { oneDecimal, percent } from '../options/format.ts';
import { VoteDistribution } from './VoteDistribution.tsx';
import { saatyReading } from '../../../shared/decision/saaty-scale.ts';
import { useWorkshop } from './workshop-context.ts';

type Props = { tally: VoteTally; title: string; names: ReadonlyMap<string, string> };

/** The value of one vote or result in the item's own terms. */
function formatterOf(tally: VoteTally): (value: number) => string {
  if (tally.kind === 'pair') return formatJudgement;
  if (tally.kind === 'weight') return (v) => percent(v);
  return (v) => oneDecimal(v);
}

/**
 * One item as the facilitator sees it forming: how many of the raters have voted, the spread,
 * the group's result (geometric mean of judgements, mean of weights and scores), the group's
 * consistency, and who voted what (unless anonymous); with lock and reveal.
 */
export function LiveVoteCard({ tally, title, names }: Props) {
  const { t } = useTranslation();
  const { session, setLocked, setRevealed, setFocused } = useWorkshop();
  const isFocused = session.focusedItemId === tally.id;
  const { token } = theme.useToken();
  const isLocked = session.lockedItemIds.has(tally.id);
  const isRevealed = session.revealedItemIds.has(tally.id);
  const format = formatterOf(tally);
  const voted = tally.votes.length;
  const total = Math.max(tally.raterCount, voted);
  const rowName = tally.kind === 'pair' ? (names.get(tally.rowId) ?? tally.rowId) : '';
  const colName = tally.kind === 'pair' ? (names.get(tally.colId) ?? tally.colId) : '';
  // A pair's bin reads as the side that weighs more and its intensity ("ERP 3", "MES 5").
  const binLabel = (bin: { value: number }) => {
    if (tally.kind !== 'pair') return format(bin.value);
    const reading = saatyReading(bin.value);
    return `${reading.side === 'col' ? colName : rowName} ${reading.intensity}`;
  };
  const items = [
    {
      key: 'result',
      label:
        tally.kind === 'pair'
          ? t('workshop.facilitator.geometricMean')
          : t('workshop.facilitator.mean'),
      children: (
        <Typography.Text strong data-testid="vote-result">
          {tally.result === null ? '—' : format(tally.result)}
        </Typography.Text>
      ),
    },
  ];
  if (tally.kind === 'pair' && tally.consistencyRatio !== null) {
    items.push({
      key: 'cr',
      label: t('workshop.facilitator.consistency'),
      children: (
        <Typography.Text type={tally.isConsistent ? 'success' : 'danger'} data-testid="vote-cr">
          {formatNumber(tally.consistencyRatio, 3)}
        </Typography.Text>
      ),
    });
  }
  if (tally.kind === 'pair' && tally.consensus !== null) {
    items.push({
      key: 'consensus',
      label: t('workshop.facilitator.consensus'),
      children: <>{percent(tally.consensus, 0)}</>,
    });
  }
  if (tally.kind === 'score' && voted > 1) {
    items.push({
      key: 'sd',
      label: 'σ',
      children: <>{formatNumber(tally.standardDeviation, 2)}</>,
    });
  }
  return (
    <Card
      size="small"
      data-testid="live-vote-card"
      data-item={tally.id}
      style={isFocused ? { borderColor: token.colorPrimary } : undefined}
      title={<span style={{ whiteSpace: 'normal' }}>{title}</span>}
      extra={
        <Space size={4}>
          {isLocked && <Tag icon={<LockOutlined />}>{t('workshop.facilitator.locked')}</Tag>}
          {isRevealed && <Tag color="blue">{t('workshop.facilitator.revealed')}</Tag>}
          {isFocused && <Tag color="green">{t('workshop.facilitator.focused')}</Tag>}
        </Space>
      }
      actions={[
        <Button
          key="lock"
          type="text"
          size="small"
          icon={isLocked ? <UnlockOutlined /> : <LockOutlined />}
          onClick={() => setLocked(tally.id, !isLocked)}
        >
          {isLocked ? t('workshop.facilitator.unlock') : t('workshop.facilitator.lock')}
        </Button>,
        <Button
          key="reveal"
          type="text"
          size="small"
          icon={isRevealed ? <EyeInvisibleOutlined /> : <EyeOutlined />}
          onClick={() => setRevealed(tally.id, !isRevealed)}
        >
          {isRevealed ? t('workshop.facilitator.hide') : t('workshop.facilitator.reveal')}
        </Button>,
        <Button
          key="focus"
          type="text"
          size="small"
          icon={<AimOutlined />}
          aria-pressed={isFocused}
          onClick={() => setFocused(isFocused ? null : tally.id)}
        >
          {t('workshop.facilitator.focus')}
        </Button>,
      ]}
    >
      <Flex vertical gap={8}>
        <Flex align="center" gap={8}>
          <Progress
            percent={total === 0 ? 0 : (100 * voted) / total}
            showInfo={false}
            size="small"
            style={{ flex: 1, margin: 0 }}
          />
          <Typography.Text data-testid="vote-count" style={{ whiteSpace: 'nowrap' }}>
            {t('workshop.facilitator.voted', { count: voted, total })}
          </Typography.Text>
        </Flex>
        <VoteDistribution tally={tally} format={format} binLabel={binLabel} />
        <Descriptions size="small" column={items.length} items={items} />
        {!session.isAnonymous && voted > 0 && (
          <Flex gap={4} wrap data-testid="vote-voters">
            {tally.votes.map((v) => (
              <Tag key={v.raterId}>
                {names.get(v.raterId) ?? v.raterId}: {format(v.value)}
              </Tag>
            ))}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
