import { Flex, Tag, Tooltip, Typography, theme } from 'antd';
import type { VoteBin, VoteTally } from '../../../shared/workshop/live-votes.ts';

const BAR_HEIGHT = 48;

type Props = {
  tally: VoteTally;
  format: (value: number) => string;
  binLabel: (bin: VoteBin) => string;
};

/**
 * How the votes spread over the item's scale: a bar per value of Saaty's scale (pairs) or of
 * the 1–10 rating; weights and raw values, which have no fixed scale, as one tag per value.
 */
export function VoteDistribution({ tally, format, binLabel }: Props) {
  const { token } = theme.useToken();
  const isFixedScale =
    tally.kind === 'pair' || (tally.kind === 'score' && tally.scale === 'rating');
  if (!isFixedScale) {
    return (
      <Flex gap={4} wrap style={{ minHeight: 24 }}>
        {tally.bins.map((bin) => (
          <Tag key={bin.value}>
            {format(bin.value)}
            {bin.count > 1 ? ` ×${bin.count}` : ''}
          </Tag>
        ))}
      </Flex>
    );
  }
  const most = Math.max(1, ...tally.bins.map((b) => b.count));
  const first = tally.bins[0];
  const last = tally.bins[tally.bins.length - 1];
  return (
    <div data-testid="vote-distribution">
      <Flex align="flex-end" gap={2} style={{ height: BAR_HEIGHT }}>
        {tally.bins.map((bin) => (
          <Tooltip key={bin.value} title={`${binLabel(bin)}: ${bin.count}`}>
            <div
              data-count={bin.count}
              style={{
                flex: 1,
                height: bin.count === 0 ? 2 : (BAR_HEIGHT * bin.count) / most,
                background: bin.count === 0 ? token.colorBorderSecondary : token.colorPrimary,
                borderRadius: 2,
              }}
            />
          </Tooltip>
        ))}
      </Flex>
      {first && last && (
        <Flex justify="space-between">
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {binLabel(first)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: token.fontSizeSM }}>
            {binLabel(last)}
          </Typography.Text>
        </Flex>
      )}
    </div>
  );
}
