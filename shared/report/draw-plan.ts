import { GRID, label, legend, type Box } from './chart-kit.ts';
import { hexToRgb, INK, tint, type PdfContext } from './pdf-context.ts';
import type { GanttChart, HeatMapChart } from './types.ts';

/** Step 3's charts: the Gantt with the critical path, and the 5×5 risk heat map. */

const CRITICAL = '#c0392b';
const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** ISO dates of the first day of each month from `start` to `finish`. */
function monthStarts(start: string, finish: string): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  const end = finish.slice(0, 7);
  for (;;) {
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) return out;
    out.push(`${month}-01`);
  }
}

export function drawGantt(ctx: PdfContext, chart: GanttChart, box: Box) {
  const { pdf } = ctx;
  const isChinese = ctx.model.language === 'zh-CN';
  const labelWidth = Math.min(170, box.width * 0.32);
  const plot = { x: box.x + labelWidth, width: box.width - labelWidth, top: box.y + 14 };
  const first = dayNumber(chart.start);
  const span = Math.max(1, dayNumber(chart.finish) + 1 - first);
  const sx = (iso: string) => plot.x + ((dayNumber(iso) - first) / span) * plot.width;
  const rowHeight = Math.min(15, (box.height - 14 - 18) / Math.max(1, chart.rows.length));
  const bottom = plot.top + rowHeight * chart.rows.length;
  pdf.setLineWidth(0.4);
  label(ctx, chart.start, { x: plot.x, y: box.y + 5 }, { size: 6, color: INK.muted });
  for (const month of monthStarts(chart.start, chart.finish)) {
    const x = sx(month);
    pdf.setDrawColor(...GRID);
    pdf.line(x, plot.top, x, bottom);
    const [yy, mm] = month.split('-');
    const text = isChinese ? `${Number(mm)}月` : `${yy}-${mm}`;
    if (x - plot.x > 18)
      label(ctx, text, { x: x + 2, y: box.y + 5 }, { size: 6, color: INK.muted });
  }
  chart.rows.forEach((row, r) => {
    const y = plot.top + r * rowHeight;
    if (r % 2 === 0) {
      pdf.setFillColor(248, 249, 250);
      pdf.rect(box.x, y, box.width, rowHeight, 'F');
    }
    label(
      ctx,
      row.label,
      { x: box.x + (row.isPhase ? 0 : 8), y: y + rowHeight / 2 },
      {
        size: 6.8,
        isBold: row.isPhase,
        maxWidth: labelWidth - (row.isPhase ? 6 : 14),
      },
    );
    const x0 = sx(row.start);
    const x1 = Math.max(x0 + 1.5, sx(row.finish) + plot.width / span);
    const color = hexToRgb(row.isCritical ? CRITICAL : '#000000');
    if (row.isMilestone) {
      const cx = x0;
      const cy = y + rowHeight / 2;
      const s = rowHeight * 0.32;
      pdf.setFillColor(...(row.isCritical ? color : ctx.brand));
      pdf.triangle(cx - s, cy, cx, cy - s, cx + s, cy, 'F');
      pdf.triangle(cx - s, cy, cx, cy + s, cx + s, cy, 'F');
    } else if (row.isPhase) {
      pdf.setFillColor(...INK.text);
      pdf.rect(x0, y + rowHeight * 0.4, x1 - x0, rowHeight * 0.22, 'F');
    } else {
      const fill = row.isCritical ? hexToRgb(CRITICAL) : ctx.brand;
      pdf.setFillColor(...tint(fill, 0.3));
      pdf.rect(x0, y + rowHeight * 0.22, x1 - x0, rowHeight * 0.56, 'F');
      pdf.setFillColor(...fill);
      pdf.rect(
        x0,
        y + rowHeight * 0.22,
        ((x1 - x0) * row.percentComplete) / 100,
        rowHeight * 0.56,
        'F',
      );
    }
  });
  pdf.setDrawColor(...GRID);
  pdf.line(plot.x, plot.top, plot.x, bottom);
  legend(
    ctx,
    [
      {
        name: chart.legend.task,
        color: `#${ctx.brand.map((c) => c.toString(16).padStart(2, '0')).join('')}`,
      },
      { name: chart.legend.critical, color: CRITICAL },
      { name: chart.legend.milestone, color: '#212529' },
    ],
    box,
    bottom + 12,
  );
}

/** Zone colours of a 5×5 matrix by likelihood × impact (ISO 31010 style bands). */
function zoneColor(score: number): string {
  if (score >= 15) return '#e4606d';
  if (score >= 8) return '#f3a953';
  if (score >= 4) return '#f7dc6f';
  return '#8fd19e';
}

export function drawHeatMap(ctx: PdfContext, chart: HeatMapChart, box: Box) {
  const size = Math.min((box.height - 44) / 5, (box.width - 60) / 5, 44);
  const left = box.x + (box.width - size * 5) / 2;
  const top = box.y + 14;
  for (let l = 5; l >= 1; l -= 1) {
    for (let i = 1; i <= 5; i += 1) {
      const x = left + (i - 1) * size;
      const y = top + (5 - l) * size;
      ctx.pdf.setFillColor(...hexToRgb(zoneColor(l * i)));
      ctx.pdf.setDrawColor(255, 255, 255);
      ctx.pdf.setLineWidth(1.5);
      ctx.pdf.rect(x, y, size, size, 'FD');
      const names = chart.cells[l - 1]?.[i - 1] ?? [];
      const shown = names.length > 3 ? [...names.slice(0, 2), `+${names.length - 2}`] : names;
      shown.forEach((name, k) =>
        label(
          ctx,
          name,
          { x: x + size / 2, y: y + size / 2 + (k - (shown.length - 1) / 2) * 9 },
          {
            size: 7.5,
            align: 'center',
            isBold: true,
            maxWidth: size - 4,
          },
        ),
      );
    }
    label(
      ctx,
      String(l),
      { x: left - 6, y: top + (5 - l + 0.5) * size },
      { size: 7, align: 'right', color: INK.muted },
    );
  }
  for (let i = 1; i <= 5; i += 1) {
    label(
      ctx,
      String(i),
      { x: left + (i - 0.5) * size, y: top + 5 * size + 7 },
      { size: 7, align: 'center', color: INK.muted },
    );
  }
  label(
    ctx,
    chart.impactLabel,
    { x: left + 2.5 * size, y: top + 5 * size + 18 },
    {
      size: 7.5,
      align: 'center',
      isBold: true,
    },
  );
  label(ctx, chart.likelihoodLabel, { x: left - 18, y: top - 6 }, { size: 7.5, isBold: true });
}
