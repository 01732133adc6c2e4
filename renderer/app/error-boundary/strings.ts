import { localized, type Localized } from '../../../shared/i18n/localized.ts';

/**
 * The error panel's words, in both languages. Kept out of i18next on purpose: the root panel
 * must render even when the i18n provider or the theme is what failed, so it needs nothing but
 * the store's language.
 */
export const errorPanelText = {
  pageTitle: localized('This page could not be shown', '此页面无法显示'),
  rootTitle: localized('TraceReady ran into a problem', 'TraceReady 遇到了问题'),
  reassuranceSaved: localized(
    'Your project is safe: it is still open, with its undo history.',
    '您的项目是安全的：它仍处于打开状态，撤销记录也都保留着。',
  ),
  reassurance: localized(
    'Your project is safe: it is still open, with its undo history, and a recovery copy of unsaved changes has been kept.',
    '您的项目是安全的：它仍处于打开状态，撤销记录也都保留着，未保存的修改已另存了一份恢复副本。',
  ),
  noProject: localized(
    'No project was open, so no work is at risk.',
    '当前没有打开的项目，没有工作会丢失。',
  ),
  pageNext: localized(
    'You can save a copy to a new file, then go back to the overview and carry on.',
    '您可以先把副本保存为新文件，然后返回总览继续工作。',
  ),
  rootNext: localized(
    'Save a copy to a new file, then reload: the app will offer the recovery copy.',
    '请先把副本保存为新文件，然后重新加载：应用会提供恢复副本。',
  ),
  rootNextSaved: localized(
    'Save a copy to a new file if you want one, then reload.',
    '如有需要，请先把副本保存为新文件，然后重新加载。',
  ),
  whatHappened: localized('What happened', '出错信息'),
  saveCopy: localized('Save a copy…', '保存副本…'),
  copyDetails: localized('Copy details', '复制详情'),
  technicalDetails: localized('Technical details', '技术详情'),
  backToOverview: localized('Back to overview', '返回总览'),
  reload: localized('Reload', '重新加载'),
  copied: localized('Details copied to the clipboard.', '详情已复制到剪贴板。'),
  copyFailed: localized(
    'Could not reach the clipboard: select the details below and copy them.',
    '无法访问剪贴板：请选中下方的详情后手动复制。',
  ),
  recoveryFailed: (reason: string) =>
    localized(
      `The recovery copy could not be written (${reason}). Save a copy now.`,
      `恢复副本写入失败（${reason}）。请立即保存副本。`,
    ),
  savedCopy: (name: string) => localized(`Saved a copy as “${name}”.`, `已将副本保存为“${name}”。`),
  copySuffix: localized('copy', '副本'),
} satisfies Record<string, Localized | ((value: string) => Localized)>;

/** The panel's title, reassurance, next step and way out for where it shows and what is open. */
export function panelWords(at: { scope: 'page' | 'root'; hasDocument: boolean; isDirty: boolean }) {
  const isRoot = at.scope === 'root';
  const t = errorPanelText;
  return {
    title: isRoot ? t.rootTitle : t.pageTitle,
    reassurance: !at.hasDocument ? t.noProject : at.isDirty ? t.reassurance : t.reassuranceSaved,
    next: !isRoot ? t.pageNext : at.isDirty ? t.rootNext : t.rootNextSaved,
    recover: isRoot ? t.reload : t.backToOverview,
  };
}
