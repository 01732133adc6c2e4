import { Empty } from 'antd';

/** The placeholder a chart shows until it has data: the same height, a sentence, no axes. */
export function ChartEmpty({ height, description }: { height: number; description: string }) {
  return (
    <div
      style={{ height, display: 'flex', alignItems: 'center', justifyContent: 'center' }}
      data-testid="chart-empty"
    >
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} />
    </div>
  );
}
