import {
  compactNumber,
  GRID,
  label,
  legend,
  polygon,
  ticks,
  type Box,
  type Pt,
} from './chart-kit.ts';
import { drawGantt, drawHeatMap } from './draw-plan.ts';
import { hexToRgb, INK, type PdfContext } from './pdf-context.ts';
import { sceneToPdf } from './scene-pdf.ts';
import type { Chart, LineChart, RadarChart, StackedBarChart, TornadoChart } from './types.ts';

/** Vector charts of steps 1 and 2, drawn straight into the PDF (no DOM, no images). */

const LEGEND_HEIGHT = 16;

function radar(ctx: PdfContext, chart: RadarChart, box: Box) {
  const n = chart.axes.length;
  if (n < 3) return;
  const plot = { ...box, height: box.height - LEGEND_HEIGHT };
  const radius = Math.min(plot.width * 0.3, plot.height / 2 - 16);
  const center = { x: box.x + box.width / 2, y: plot.y + plot.height / 2 };
  const at = (i: number, r: number): Pt => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return { x: center.x + Math.cos(angle) * r, y: center.y + Math.sin(angle) * r };
  };
  for (const ring of [0.2, 0.4, 0.6, 0.8, 1]) {
    polygon(
      ctx,
      chart.axes.map((_, i) => at(i, radius * ring)),
      { stroke: GRID, lineWidth: 0.5 },
    );
  }
  ctx.pdf.setDrawColor(...GRID);
  chart.axes.forEach((axis, i) => {
    const end = at(i, radius);
    ctx.pdf.line(center.x, center.y, end.x, end.y);
    const out = at(i, radius + 10);
    const align = Math.abs(out.x - center.x) < 4 ? 'center' : out.x > center.x ? 'left' : 'right';
    label(ctx, axis, out, { size: 7, align, maxWidth: box.width / 2 - radius - 14 });
  });
  for (const series of chart.series) {
    const points = series.values.map((v, i) => at(i, (radius * Math.max(0, v)) / chart.max));
    polygon(ctx, points, {
      fill: series.color,
      opacity: 0.18,
      stroke: series.color,
      lineWidth: 1.2,
    });
  }
  legend(ctx, chart.series, box);
}

function stackedBars(ctx: PdfContext, chart: StackedBarChart, box: Box) {
  const labelWidth = Math.min(150, box.width * 0.28);
  const plot = { x: box.x + labelWidth, width: box.width - labelWidth - 8 };
  const rows = chart.categories.length;
  const rowHeight = Math.min(22, (box.height - LEGEND_HEIGHT - 12) / Math.max(1, rows));
  const barHeight = rowHeight * 0.62;
  chart.categories.forEach((category, r) => {
    const y = box.y + r * rowHeight;
    label(
      ctx,
      category,
      { x: plot.x - 6, y: y + rowHeight / 2 },
      {
        align: 'right',
        maxWidth: labelWidth - 8,
      },
    );
    let x = plot.x;
    for (const series of chart.series) {
      const value = Math.max(0, series.values[r] ?? 0);
      const width = (plot.width * value) / (chart.max || 1);
      if (width <= 0) continue;
      ctx.pdf.setFillColor(...hexToRgb(series.color));
      ctx.pdf.rect(x, y + (rowHeight - barHeight) / 2, width, barHeight, 'F');
      const text = chart.format === 'percent' ? `${Math.round(value * 100)}%` : value.toFixed(2);
      if (width > 22) {
        label(
          ctx,
          text,
          { x: x + width / 2, y: y + rowHeight / 2 },
          {
            size: 6.5,
            align: 'center',
            color: [255, 255, 255],
          },
        );
      }
      x += width;
    }
  });
  const axisY = box.y + rows * rowHeight + 2;
  legend(ctx, chart.series, box, axisY + 20);
  ctx.pdf.setDrawColor(...GRID);
  ctx.pdf.line(plot.x, axisY, plot.x + plot.width, axisY);
  for (const t of ticks(0, chart.max, 4)) {
    const x = plot.x + (plot.width * t) / (chart.max || 1);
    const text = chart.format === 'percent' ? `${Math.round(t * 100)}%` : t.toFixed(2);
    label(ctx, text, { x, y: axisY + 6 }, { size: 6.5, align: 'center', color: INK.muted });
  }
}

function tornado(ctx: PdfContext, chart: TornadoChart, box: Box) {
  const labelWidth = Math.min(150, box.width * 0.3);
  const plot = { x: box.x + labelWidth, width: box.width - labelWidth - 12 };
  const values = chart.rows.flatMap((r) => [r.low, r.high]).concat(chart.base, 0);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min || 1) * 0.08;
  const sx = (v: number) => plot.x + ((v - (min - pad)) / (max - min + 2 * pad)) * plot.width;
  const rowHeight = Math.min(
    18,
    (box.height - LEGEND_HEIGHT - 14) / Math.max(1, chart.rows.length),
  );
  chart.rows.forEach((row, r) => {
    const y = box.y + r * rowHeight;
    label(
      ctx,
      row.label,
      { x: plot.x - 6, y: y + rowHeight / 2 },
      {
        align: 'right',
        maxWidth: labelWidth - 8,
      },
    );
    const barY = y + rowHeight * 0.2;
    const barH = rowHeight * 0.6;
    const base = sx(chart.base);
    ctx.pdf.setFillColor(...hexToRgb('#d9822b'));
    ctx.pdf.rect(Math.min(base, sx(row.low)), barY, Math.abs(sx(row.low) - base), barH, 'F');
    ctx.pdf.setFillColor(...hexToRgb('#2f6fb0'));
    ctx.pdf.rect(Math.min(base, sx(row.high)), barY, Math.abs(sx(row.high) - base), barH, 'F');
  });
  const bottom = box.y + chart.rows.length * rowHeight + 2;
  ctx.pdf.setDrawColor(...INK.text);
  ctx.pdf.setLineWidth(0.6);
  ctx.pdf.line(sx(chart.base), box.y, sx(chart.base), bottom);
  ctx.pdf.setDrawColor(...GRID);
  ctx.pdf.line(sx(0), box.y, sx(0), bottom);
  ctx.pdf.line(plot.x, bottom, plot.x + plot.width, bottom);
  for (const t of ticks(min, max, 5)) {
    label(
      ctx,
      (t * 100).toFixed(0),
      { x: sx(t), y: bottom + 6 },
      {
        size: 6.5,
        align: 'center',
        color: INK.muted,
      },
    );
  }
  legend(
    ctx,
    [
      { name: chart.lowLabel, color: '#d9822b' },
      { name: chart.highLabel, color: '#2f6fb0' },
    ],
    box,
    bottom + 20,
  );
}

function lines(ctx: PdfContext, chart: LineChart, box: Box) {
  const isChinese = ctx.model.language === 'zh-CN';
  const plot = {
    x: box.x + 44,
    y: box.y + 4,
    width: box.width - 56,
    height: box.height - LEGEND_HEIGHT - 22,
  };
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values));
  const yTicks = ticks(0, max, 4);
  const top = Math.max(max, yTicks.at(-1) ?? max);
  const sx = (i: number) => plot.x + (plot.width * i) / Math.max(1, chart.xLabels.length - 1);
  const sy = (v: number) => plot.y + plot.height - (plot.height * v) / top;
  ctx.pdf.setLineWidth(0.4);
  for (const t of yTicks) {
    ctx.pdf.setDrawColor(...GRID);
    ctx.pdf.line(plot.x, sy(t), plot.x + plot.width, sy(t));
    label(
      ctx,
      compactNumber(t, isChinese),
      { x: plot.x - 4, y: sy(t) },
      {
        size: 6.5,
        align: 'right',
        color: INK.muted,
      },
    );
  }
  chart.xLabels.forEach((x, i) =>
    label(
      ctx,
      x,
      { x: sx(i), y: plot.y + plot.height + 8 },
      { size: 6.5, align: 'center', color: INK.muted },
    ),
  );
  label(ctx, chart.unit, { x: plot.x - 40, y: plot.y - 2 }, { size: 6.5, color: INK.muted });
  for (const series of chart.series) {
    const rgb = hexToRgb(series.color);
    ctx.pdf.setDrawColor(...rgb);
    ctx.pdf.setFillColor(...rgb);
    ctx.pdf.setLineWidth(1.4);
    series.values.forEach((v, i) => {
      if (i > 0) ctx.pdf.line(sx(i - 1), sy(series.values[i - 1]!), sx(i), sy(v));
      ctx.pdf.circle(sx(i), sy(v), 1.8, 'F');
    });
  }
  legend(ctx, chart.series, box);
}

/** Draws a chart of the model into `box` (points, top-left origin). */
export function drawChart(ctx: PdfContext, chart: Chart, box: Box) {
  switch (chart.kind) {
    case 'radar':
      return radar(ctx, chart, box);
    case 'stacked-bars':
      return stackedBars(ctx, chart, box);
    case 'tornado':
      return tornado(ctx, chart, box);
    case 'lines':
      return lines(ctx, chart, box);
    case 'gantt':
      return drawGantt(ctx, chart, box);
    case 'heat-map':
      return drawHeatMap(ctx, chart, box);
    case 'scene':
      return sceneToPdf(chart.scene, ctx, box);
  }
}
