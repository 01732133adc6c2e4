import type { Page } from 'playwright-core';
import { en } from '../../../renderer/i18n/en.ts';

/**
 * Layout defects a client notices at once, found in the rendered page: a horizontal scrollbar,
 * a body margin, text cut off or spilling out of its box (labels, buttons, menu items, tabs,
 * card titles, tags, table headers), and an i18n key rendered instead of its text. Returns one
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
