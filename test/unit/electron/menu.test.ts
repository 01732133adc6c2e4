import { describe, expect, it, vi } from 'vitest';
import {
  buildMenuModel,
  languageForCommand,
  languageFromLocale,
  toElectronTemplate,
  type MenuAction,
  type MenuItemModel,
  type MenuOptions,
} from '../../../electron/main/menu.ts';
import { menuCommands, type RecentFile } from '../../../shared/ipc-contract.ts';

const recentFile = (path: string): RecentFile => ({
  path,
  name: path.split('/').at(-1) ?? path,
  openedAt: '2025-01-01T00:00:00.000Z',
});

const base: MenuOptions = {
  platform: 'win32',
  language: 'en',
  isDev: false,
  appName: 'TraceReady',
  recent: [],
  links: { docs: 'https://docs.example/', website: 'https://site.example/' },
};

/** Every item, depth first, so tests can look things up by label, role or command. */
function flatten(items: readonly MenuItemModel[]): MenuItemModel[] {
  return items.flatMap((item) =>
    item.kind === 'submenu' ? [item, ...flatten(item.items)] : [item],
  );
}

const topLabels = (model: MenuItemModel[]): string[] =>
  model.map((item) => (item.kind === 'submenu' ? item.label : '?'));

const submenu = (model: readonly MenuItemModel[], label: string): MenuItemModel[] => {
  const found = flatten(model).find((item) => item.kind === 'submenu' && item.label === label);
  if (found?.kind !== 'submenu') throw new Error(`no submenu ${label}`);
  return found.items;
};

const byCommand = (model: MenuItemModel[], command: string) =>
  flatten(model).find(
    (item) =>
      item.kind === 'action' && item.action.type === 'command' && item.action.command === command,
  );

const roles = (model: MenuItemModel[]): string[] =>
  flatten(model).flatMap((item) => {
    if (item.kind === 'role') return [item.role];
    if (item.kind === 'submenu' && item.role !== undefined) return [item.role];
    return [];
  });

describe('buildMenuModel', () => {
  it('on Windows and Linux: File, Edit, View, Help with mnemonics and Quit in File', () => {
    const model = buildMenuModel(base);
    expect(topLabels(model)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(submenu(model, '&File').at(-1)).toEqual({ kind: 'role', role: 'quit', label: 'Quit' });
  });

  it('on macOS: the app menu first, a Window menu, no mnemonics, Close Window in File', () => {
    const model = buildMenuModel({ ...base, platform: 'darwin' });
    expect(topLabels(model)).toEqual(['TraceReady', 'File', 'Edit', 'View', 'Window', 'Help']);
    const appMenu = submenu(model, 'TraceReady');
    expect(appMenu[0]).toMatchObject({ action: { type: 'command', command: 'help:about' } });
    expect(appMenu.at(-1)).toMatchObject({ kind: 'role', role: 'quit', label: 'Quit TraceReady' });
    expect(submenu(model, 'File').at(-1)).toMatchObject({ kind: 'role', role: 'close' });
    expect(roles(model)).toEqual(
      expect.arrayContaining(['services', 'hide', 'hideOthers', 'unhide']),
    );
  });

  it('labels follow the language', () => {
    const zh = buildMenuModel({ ...base, language: 'zh-CN' });
    expect(topLabels(zh)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(byCommand(zh, 'file:save')).toMatchObject({ label: '保存' });
    expect(byCommand(zh, 'edit:undo')).toMatchObject({ label: '撤销' });
    const zhMac = buildMenuModel({ ...base, language: 'zh-CN', platform: 'darwin' });
    expect(topLabels(zhMac)).toEqual(['TraceReady', '文件', '编辑', '视图', '窗口', '帮助']);
  });

  it.each([
    ['file:new', 'CmdOrCtrl+N'],
    ['file:open', 'CmdOrCtrl+O'],
    ['file:save', 'CmdOrCtrl+S'],
    ['file:save-as', 'Shift+CmdOrCtrl+S'],
    ['edit:undo', 'CmdOrCtrl+Z'],
    ['edit:redo', 'Shift+CmdOrCtrl+Z'],
  ])('%s has accelerator %s', (command, accelerator) => {
    expect(byCommand(buildMenuModel(base), command)).toMatchObject({ accelerator });
  });

  it('every menu command of the contract is reachable, and nothing else is sent', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const sent = flatten(buildMenuModel({ ...base, platform })).flatMap((item) =>
        item.kind === 'action' && item.action.type === 'command' ? [item.action.command] : [],
      );
      expect(new Set(sent)).toEqual(new Set(menuCommands));
    }
  });

  it('clipboard items are native roles', () => {
    expect(roles(buildMenuModel(base))).toEqual(
      expect.arrayContaining([
        'cut',
        'copy',
        'paste',
        'selectAll',
        'resetZoom',
        'zoomIn',
        'zoomOut',
      ]),
    );
  });

  it('Reload and DevTools only in development', () => {
    expect(roles(buildMenuModel(base))).not.toContain('toggleDevTools');
    expect(roles(buildMenuModel(base))).not.toContain('reload');
    expect(roles(buildMenuModel({ ...base, isDev: true }))).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('marks the current language', () => {
    const items = submenu(buildMenuModel({ ...base, language: 'zh-CN' }), '语言');
    expect(items).toEqual([
      expect.objectContaining({ label: '中文', checked: true }),
      expect.objectContaining({ label: 'English', checked: false }),
    ]);
  });

  it('Help links to the docs and the website', () => {
    const help = submenu(buildMenuModel(base), '&Help');
    const urls = help.flatMap((item) =>
      item.kind === 'action' && item.action.type === 'open-url' ? [item.action.url] : [],
    );
    expect(urls).toEqual(['https://docs.example/', 'https://site.example/']);
  });

  describe('Open Recent', () => {
    it('says there is nothing to open when the list is empty', () => {
      const items = submenu(buildMenuModel(base), 'Open Recent');
      expect(items[0]).toEqual({ kind: 'note', label: 'No Recent Projects' });
      expect(items.at(-1)).toMatchObject({ action: { type: 'clear-recent' }, enabled: false });
    });

    it('lists the recent projects in order, then Clear', () => {
      const recent = ['/p/a.trplan', '/q/b.trplan'].map(recentFile);
      const items = submenu(buildMenuModel({ ...base, recent }), 'Open Recent');
      expect(items.slice(0, 2)).toEqual([
        { kind: 'action', label: 'a.trplan', action: { type: 'open-recent', path: '/p/a.trplan' } },
        { kind: 'action', label: 'b.trplan', action: { type: 'open-recent', path: '/q/b.trplan' } },
      ]);
      expect(items.at(-1)).toMatchObject({ action: { type: 'clear-recent' }, enabled: true });
    });

    it('tells apart two projects with the same name by their folder', () => {
      const recent = ['/p/plan.trplan', '/q/plan.trplan', '/r/other.trplan'].map(recentFile);
      const labels = submenu(buildMenuModel({ ...base, recent }), 'Open Recent')
        .slice(0, 3)
        .map((item) => (item.kind === 'action' ? item.label : ''));
      expect(labels).toEqual(['plan.trplan — /p', 'plan.trplan — /q', 'other.trplan']);
    });
  });
});

describe('toElectronTemplate', () => {
  it('maps every kind of item and routes clicks to onAction', () => {
    const onAction = vi.fn<(action: MenuAction) => void>();
    const model: MenuItemModel[] = [
      {
        kind: 'submenu',
        label: 'File',
        items: [
          {
            kind: 'action',
            label: 'Save',
            accelerator: 'CmdOrCtrl+S',
            action: { type: 'command', command: 'file:save' },
          },
          { kind: 'separator' },
          { kind: 'note', label: 'Nothing' },
          { kind: 'role', role: 'quit', label: 'Quit' },
          {
            kind: 'action',
            label: 'English',
            checked: true,
            action: { type: 'command', command: 'view:language-en' },
          },
          { kind: 'action', label: 'Clear', enabled: false, action: { type: 'clear-recent' } },
        ],
      },
      { kind: 'submenu', label: 'Window', role: 'windowMenu', items: [] },
    ];
    const [file, windowMenu] = toElectronTemplate(model, onAction);
    expect(windowMenu).toEqual({ label: 'Window', role: 'windowMenu' });
    const items = Array.isArray(file?.submenu) ? file.submenu : [];
    expect(items.map(({ click: _click, ...rest }) => rest)).toEqual([
      { label: 'Save', accelerator: 'CmdOrCtrl+S' },
      { type: 'separator' },
      { label: 'Nothing', enabled: false },
      { role: 'quit', label: 'Quit' },
      { label: 'English', type: 'radio', checked: true },
      { label: 'Clear', enabled: false },
    ]);
    const click = items[0]?.click;
    expect(click).toBeTypeOf('function');
    // Electron passes (menuItem, window, event); the handler needs none of them.
    (click as () => void)();
    expect(onAction).toHaveBeenCalledExactlyOnceWith({ type: 'command', command: 'file:save' });
  });

  it('a whole real menu converts with every command clickable', () => {
    const sent: MenuAction[] = [];
    const template = toElectronTemplate(buildMenuModel({ ...base, platform: 'darwin' }), (a) =>
      sent.push(a),
    );
    const clickAll = (items: typeof template): void => {
      for (const item of items) {
        if (Array.isArray(item.submenu)) clickAll(item.submenu);
        if (item.enabled !== false) (item.click as (() => void) | undefined)?.();
      }
    };
    clickAll(template);
    expect(sent.filter((a) => a.type === 'command')).toHaveLength(menuCommands.length);
  });
});

describe('language helpers', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['en-US', 'en'],
    ['de', 'en'],
    ['', 'en'],
  ])('locale %s → %s', (locale, expected) => {
    expect(languageFromLocale(locale)).toBe(expected);
  });

  it('language commands name their language; others none', () => {
    expect(languageForCommand('view:language-zh-CN')).toBe('zh-CN');
    expect(languageForCommand('view:language-en')).toBe('en');
    expect(languageForCommand('file:save')).toBeNull();
  });
});
