import type { Page } from 'playwright-core';
import { en } from '../../../renderer/i18n/en.ts';

/**
 * Layout defects a client notices at once, found in the rendered page: a horizontal scrollbar,
 * a body margin, text cut off or spilling out of its box (labels, buttons, menu items, tabs,
 * card titles, tags, table headers), content wider than its card, chart text outside its chart
 * or over its legend, and an i18n key rendered instead of its text. Returns one
 * line per defect (empty when clean), so a test can `expect(await findLayoutDefects(page))
 * .toEqual([])` on any page — the Rollout, Report and Flows pages can be added to the pass.
 */
export async function findLayoutDefects(page: Page): Promise<string[]> {
  const namespaces = Object.keys(en);
  return page.evaluate((namespaces) => {
    const defects: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) {
      defects.push(`horizontal scrollbar: ${root.scrollWidth}px content in ${root.clientWidth}px`);
    }
    const body = getComputedStyle(document.body);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      if (body[`margin${side}`] !== '0px')
        defects.push(`body margin-${side}: ${body[`margin${side}`]}`);
    }
    const boxes = [
      'label',
      '.ant-btn',
      '.ant-menu-title-content',
      '.ant-tabs-tab-btn',
      '.ant-card-head-title',
      '.ant-tag',
      '.ant-segmented-item-label',
      '.ant-table-thead th',
      '.ant-badge-status-text',
      '.ant-dropdown-menu-title-content',
    ].join(',');
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/)[0] : ''} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    for (const el of document.querySelectorAll<HTMLElement>(boxes)) {
      if (el.offsetParent === null || el.closest('[aria-hidden="true"], .ant-select-dropdown'))
        continue;
      // Deliberate truncation with a tooltip (ellipsis Typography) is not a defect, nor the
      // shadow a fixed table column draws past its edge.
      if (el.closest('.ant-typography-ellipsis')) continue;
      if (/ant-table-cell-fix/.test(el.className)) continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        defects.push(
          `text overflows its box: ${describe(el)} (${el.scrollWidth} > ${el.clientWidth})`,
        );
      }
    }
    // Content wider than its card spills over the card's edge (a table, a chart).
    for (const body of document.querySelectorAll<HTMLElement>('.ant-card-body')) {
      if (body.offsetParent === null || body.closest('[aria-hidden="true"]')) continue;
      if (body.scrollWidth > body.clientWidth + 1) {
        const title = body.parentElement?.querySelector('.ant-card-head-title')?.textContent ?? '';
        defects.push(
          `content spills out of its card: “${title.slice(0, 40)}” (${body.scrollWidth} > ${body.clientWidth})`,
        );
      }
    }
    // Chart text (axis labels, tick values) drawn outside the chart or over its legend: the SVG
    // does not clip, so it prints over whatever is next to the chart.
    for (const surface of document.querySelectorAll<SVGSVGElement>(
      '.recharts-wrapper > svg.recharts-surface',
    )) {
      const wrapper = surface.parentElement!;
      if (wrapper.offsetParent === null) continue;
      const box = surface.getBoundingClientRect();
      // The legend's entries, not its wrapper: a wrapper's padding may leave room for an axis
      // label on purpose.
      const legend = wrapper.querySelector('.recharts-legend-wrapper > *')?.getBoundingClientRect();
      for (const text of surface.querySelectorAll('text')) {
        const r = text.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const label = `“${(text.textContent ?? '').slice(0, 30)}”`;
        if (
          r.left < box.left - 2 ||
          r.right > box.right + 2 ||
          r.top < box.top - 2 ||
          r.bottom > box.bottom + 2
        ) {
          defects.push(`chart text outside its chart: ${label}`);
        } else if (
          legend &&
          legend.height > 0 &&
          r.bottom > legend.top + 2 &&
          r.top < legend.bottom - 2 &&
          r.right > legend.left + 2 &&
          r.left < legend.right - 2
        ) {
          defects.push(`chart text over its legend: ${label}`);
        }
      }
    }
    const keyPattern = new RegExp(
      `(^|\\s)(${namespaces.join('|')})\\.[a-zA-Z][\\w-]*(\\.[\\w-]+)*($|\\s)`,
    );
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      if (text && keyPattern.test(text)) defects.push(`i18n key as text: “${text.slice(0, 60)}”`);
    }
    return defects;
  }, namespaces);
}
