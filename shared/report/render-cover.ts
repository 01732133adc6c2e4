import { drawLines, INK, setFont, textWidth, tint, wrap, type PdfContext } from './pdf-context.ts';

/** The cover: brand band, consultant's logo, title, project lines, date, confidentiality. */

const LOGO_BOX = { width: 150, height: 60 };

/** The logo's size in its box, keeping its aspect ratio. */
function logoSize(ctx: PdfContext): { width: number; height: number } | null {
  try {
    const props = ctx.pdf.getImageProperties(ctx.model.logo);
    const scale = Math.min(LOGO_BOX.width / props.width, LOGO_BOX.height / props.height);
    return { width: props.width * scale, height: props.height * scale };
  } catch {
    return null;
  }
}

export function drawCover(pageContext: PdfContext) {
  // Nothing on the cover may start a new page: its text runs to the paper's edge.
  const ctx: PdfContext = { ...pageContext, page: { ...pageContext.page, bottom: 0 } };
  const { pdf, page, model } = ctx;
  pdf.setFillColor(...ctx.brand);
  pdf.rect(0, 0, page.width, 14, 'F');
  pdf.setFillColor(...tint(ctx.brand, 0.92));
  pdf.rect(0, page.height * 0.62, page.width, page.height * 0.38, 'F');
  if (model.logo !== '') {
    const size = logoSize(ctx);
    const format = model.logo.startsWith('data:image/png') ? 'PNG' : 'JPEG';
    if (size) pdf.addImage(model.logo, format, page.left, 56, size.width, size.height);
    else ctx.missing.set('logo', new Set([model.cover.title]));
  }
  ctx.y = page.height * 0.26;
  setFont(ctx, 11, true, ctx.brand);
  drawLines(ctx, wrap(ctx, model.cover.subtitle, textWidth(ctx)), page.left, 11);
  ctx.y += 8;
  setFont(ctx, 26, true);
  drawLines(ctx, wrap(ctx, model.cover.title, textWidth(ctx)).slice(0, 4), page.left, 26);
  pdf.setDrawColor(...ctx.brand);
  pdf.setLineWidth(2);
  pdf.line(page.left, ctx.y + 8, page.left + 64, ctx.y + 8);
  ctx.y = page.height * 0.62 + 36;
  const labelWidth = 120;
  for (const line of model.cover.lines) {
    if (line.value.trim() === '') continue;
    setFont(ctx, 9.5, false, INK.muted);
    pdf.text(wrap(ctx, line.label, labelWidth - 8)[0] ?? '', page.left, ctx.y + 10);
    setFont(ctx, 11, true);
    drawLines(
      ctx,
      wrap(ctx, line.value, textWidth(ctx) - labelWidth).slice(0, 3),
      page.left + labelWidth,
      11,
    );
    ctx.y += 6;
  }
  if (model.confidentiality !== '') {
    setFont(ctx, 9, true, INK.alert);
    ctx.y = page.height - 70;
    drawLines(ctx, wrap(ctx, model.confidentiality, textWidth(ctx)).slice(0, 2), page.left, 9);
  }
}
