import { basename, dirname } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { localized, type Localized } from '../../shared/i18n/localized.ts';
import type { MenuCommand, RecentFile } from '../../shared/ipc-contract.ts';
import type { Language } from '../../shared/model/schema.ts';

/**
 * The native menu as plain data, so what it contains (labels in both languages, accelerators,
 * dev-only and macOS-only items) is tested without Electron; {@link toElectronTemplate} turns
 * it into what `Menu.buildFromTemplate` takes.
 */

/** What clicking an item does beyond an Electron role. */
export type MenuAction =
  /** Forwarded to the renderer on `MENU_COMMAND_CHANNEL`; the renderer owns the document. */
  | { type: 'command'; command: MenuCommand }
  | { type: 'open-recent'; path: string }
  | { type: 'clear-recent' }
  | { type: 'open-url'; url: string };

type ElectronRole = NonNullable<MenuItemConstructorOptions['role']>;

export type MenuItemModel =
  | {
      kind: 'action';
      label: string;
      action: MenuAction;
      accelerator?: string;
      /** Set for radio items (the language choice). */
      checked?: boolean;
      enabled?: boolean;
    }
  /** Native behaviour (clipboard, zoom, quit…) that Electron implements best itself. */
  | { kind: 'role'; role: ElectronRole; label?: string }
  | { kind: 'separator' }
  /** A greyed-out line of text, e.g. "No Recent Projects". */
  | { kind: 'note'; label: string }
  | { kind: 'submenu'; label: string; role?: ElectronRole; items: MenuItemModel[] };

export type MenuOptions = {
  platform: NodeJS.Platform;
  language: Language;
  /** Reload and DevTools only when developing; a user has no use for them. */
  isDev: boolean;
  appName: string;
  recent: readonly RecentFile[];
  /** Help links; omitted until TraceReady has a public site, so none is invented. */
  links?: { docs: string; website: string };
};

const labels = {
  file: localized('&File', '文件(&F)'),
  newProject: localized('New Project', '新建项目'),
  open: localized('Open…', '打开…'),
  openRecent: localized('Open Recent', '最近打开'),
  noRecent: localized('No Recent Projects', '没有最近的项目'),
  clearRecent: localized('Clear Recently Opened', '清除最近打开记录'),
  save: localized('Save', '保存'),
  saveAs: localized('Save As…', '另存为…'),
  quit: localized('Quit', '退出'),
  close: localized('Close Window', '关闭窗口'),
  edit: localized('&Edit', '编辑(&E)'),
  undo: localized('Undo', '撤销'),
  redo: localized('Redo', '重做'),
  cut: localized('Cut', '剪切'),
  copy: localized('Copy', '复制'),
  paste: localized('Paste', '粘贴'),
  selectAll: localized('Select All', '全选'),
  view: localized('&View', '视图(&V)'),
  language: localized('Language', '语言'),
  darkMode: localized('Toggle Dark Mode', '切换深色模式'),
  reload: localized('Reload', '重新加载'),
  devTools: localized('Toggle Developer Tools', '切换开发者工具'),
  resetZoom: localized('Actual Size', '实际大小'),
  zoomIn: localized('Zoom In', '放大'),
  zoomOut: localized('Zoom Out', '缩小'),
  fullScreen: localized('Toggle Full Screen', '切换全屏'),
  window: localized('Window', '窗口'),
  help: localized('&Help', '帮助(&H)'),
  about: localized('About TraceReady', '关于 TraceReady'),
  docs: localized('Documentation', '使用文档'),
  website: localized('TraceReady Website', 'TraceReady 网站'),
  services: localized('Services', '服务'),
  hide: localized('Hide TraceReady', '隐藏 TraceReady'),
  hideOthers: localized('Hide Others', '隐藏其他'),
  showAll: localized('Show All', '全部显示'),
} satisfies Record<string, Localized>;

/** The menu language for an OS locale (`app.getLocale()`): Chinese locales get zh-CN. */
export function languageFromLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The menu language a command switches to, or `null`. Main follows the language commands it
 * sends, so the menu changes language together with the renderer.
 */
export function languageForCommand(command: MenuCommand): Language | null {
  if (command === 'view:language-zh-CN') return 'zh-CN';
  if (command === 'view:language-en') return 'en';
  return null;
}

/** Builds the whole application menu for one language and platform. */
export function buildMenuModel(options: MenuOptions): MenuItemModel[] {
  const t = (text: Localized): string => text[options.language];
  const isMac = options.platform === 'darwin';
  // The '&' mnemonics are a Windows/Linux convention; macOS would show them literally.
  const top = (text: Localized): string =>
    isMac
      ? t(text)
          .replace(/\(&\w\)/, '')
          .replace('&', '')
      : t(text);
  const command = (label: Localized, cmd: MenuCommand, accelerator?: string): MenuItemModel => ({
    kind: 'action',
    label: t(label),
    action: { type: 'command', command: cmd },
    ...(accelerator === undefined ? {} : { accelerator }),
  });
  const separator: MenuItemModel = { kind: 'separator' };

  const appMenu: MenuItemModel = {
    kind: 'submenu',
    label: options.appName,
    items: [
      command(labels.about, 'help:about'),
      separator,
      { kind: 'submenu', label: t(labels.services), role: 'services', items: [] },
      separator,
      { kind: 'role', role: 'hide', label: t(labels.hide) },
      { kind: 'role', role: 'hideOthers', label: t(labels.hideOthers) },
      { kind: 'role', role: 'unhide', label: t(labels.showAll) },
      separator,
      { kind: 'role', role: 'quit', label: `${t(labels.quit)} ${options.appName}` },
    ],
  };

  const fileMenu: MenuItemModel = {
    kind: 'submenu',
    label: top(labels.file),
    items: [
      command(labels.newProject, 'file:new', 'CmdOrCtrl+N'),
      command(labels.open, 'file:open', 'CmdOrCtrl+O'),
      { kind: 'submenu', label: t(labels.openRecent), items: recentItems(options.recent, t) },
      separator,
      command(labels.save, 'file:save', 'CmdOrCtrl+S'),
      command(labels.saveAs, 'file:save-as', 'Shift+CmdOrCtrl+S'),
      separator,
      // On macOS Quit lives in the app menu; the File menu closes the window instead.
      isMac
        ? { kind: 'role', role: 'close', label: t(labels.close) }
        : { kind: 'role', role: 'quit', label: t(labels.quit) },
    ],
  };

  const editMenu: MenuItemModel = {
    kind: 'submenu',
    label: top(labels.edit),
    items: [
      // Commands, not roles: undo/redo act on the project document's history in the renderer.
      command(labels.undo, 'edit:undo', 'CmdOrCtrl+Z'),
      command(labels.redo, 'edit:redo', 'Shift+CmdOrCtrl+Z'),
      separator,
      { kind: 'role', role: 'cut', label: t(labels.cut) },
      { kind: 'role', role: 'copy', label: t(labels.copy) },
      { kind: 'role', role: 'paste', label: t(labels.paste) },
      { kind: 'role', role: 'selectAll', label: t(labels.selectAll) },
    ],
  };

  const languageItem = (label: string, lang: Language, cmd: MenuCommand): MenuItemModel => ({
    kind: 'action',
    // Each language is named in itself, so a user who cannot read the other finds theirs.
    label,
    action: { type: 'command', command: cmd },
    checked: options.language === lang,
  });
  const viewMenu: MenuItemModel = {
    kind: 'submenu',
    label: top(labels.view),
    items: [
      {
        kind: 'submenu',
        label: t(labels.language),
        items: [
          languageItem('中文', 'zh-CN', 'view:language-zh-CN'),
          languageItem('English', 'en', 'view:language-en'),
        ],
      },
      command(labels.darkMode, 'view:toggle-dark'),
      separator,
      ...(options.isDev
        ? ([
            { kind: 'role', role: 'reload', label: t(labels.reload) },
            { kind: 'role', role: 'toggleDevTools', label: t(labels.devTools) },
            separator,
          ] satisfies MenuItemModel[])
        : []),
      { kind: 'role', role: 'resetZoom', label: t(labels.resetZoom) },
      { kind: 'role', role: 'zoomIn', label: t(labels.zoomIn) },
      { kind: 'role', role: 'zoomOut', label: t(labels.zoomOut) },
      separator,
      { kind: 'role', role: 'togglefullscreen', label: t(labels.fullScreen) },
    ],
  };

  const link = (label: Localized, url: string): MenuItemModel => ({
    kind: 'action',
    label: t(label),
    action: { type: 'open-url', url },
  });
  const helpMenu: MenuItemModel = {
    kind: 'submenu',
    label: top(labels.help),
    // The 'help' role gives macOS its menu search field.
    ...(isMac ? { role: 'help' as const } : {}),
    items: [
      ...(isMac ? [] : [command(labels.about, 'help:about'), separator]),
      ...(options.links
        ? [link(labels.docs, options.links.docs), link(labels.website, options.links.website)]
        : []),
    ],
  };

  const windowMenu: MenuItemModel = {
    kind: 'submenu',
    label: t(labels.window),
    role: 'windowMenu',
    items: [],
  };

  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}

function recentItems(
  recent: readonly RecentFile[],
  t: (text: Localized) => string,
): MenuItemModel[] {
  const clear: MenuItemModel = {
    kind: 'action',
    label: t(labels.clearRecent),
    action: { type: 'clear-recent' },
    enabled: recent.length > 0,
  };
  if (recent.length === 0) {
    return [{ kind: 'note', label: t(labels.noRecent) }, { kind: 'separator' }, clear];
  }
  const items = recent.map((file): MenuItemModel => {
    const name = file.name || basename(file.path);
    // Two projects with the same file name are told apart by their folder.
    const isAmbiguous = recent.some((other) => other !== file && other.name === file.name);
    return {
      kind: 'action',
      label: isAmbiguous ? `${name} — ${dirname(file.path)}` : name,
      action: { type: 'open-recent', path: file.path },
    };
  });
  return [...items, { kind: 'separator' }, clear];
}

/**
 * Turns the menu data into an Electron template; every click goes through `onAction`, which
 * index.ts wires to `webContents.send`, the file opener and `shell.openExternal`.
 */
export function toElectronTemplate(
  model: readonly MenuItemModel[],
  onAction: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  return model.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'note':
        return { label: item.label, enabled: false };
      case 'role':
        return { role: item.role, ...(item.label === undefined ? {} : { label: item.label }) };
      case 'submenu':
        return {
          label: item.label,
          ...(item.role === undefined ? {} : { role: item.role }),
          // An empty array would replace the role's own items (Services, Window).
          ...(item.items.length > 0 ? { submenu: toElectronTemplate(item.items, onAction) } : {}),
        };
      case 'action':
        return {
          label: item.label,
          ...(item.accelerator === undefined ? {} : { accelerator: item.accelerator }),
          ...(item.checked === undefined ? {} : { type: 'radio', checked: item.checked }),
          ...(item.enabled === undefined ? {} : { enabled: item.enabled }),
          click: () => onAction(item.action),
        };
    }
  });
}
