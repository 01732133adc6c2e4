import { App } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/ipc-contract.ts';
import type { Platform } from '../platform/platform.ts';
import type { AppStore } from '../store/app-store.ts';
import type { ProjectCommands } from './useProjectCommands.ts';

/** Native menu commands (desktop) and files opened from the OS, routed to the same actions. */
export function useMenuCommands(store: AppStore, platform: Platform, commands: ProjectCommands) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  useEffect(() => {
    const run = (command: MenuCommand) => {
      const state = store.getState();
      switch (command) {
        case 'file:new': // back to the start screen, where templates are; asks first if dirty
          return void commands.close();
        case 'file:open':
          return void commands.open();
        case 'file:save':
          return void commands.save();
        case 'file:save-as':
          return void commands.saveAs();
        case 'edit:undo':
          return state.undo();
        case 'edit:redo':
          return state.redo();
        case 'view:language-zh-CN':
          return state.setLanguage('zh-CN');
        case 'view:language-en':
          return state.setLanguage('en');
        case 'view:toggle-dark':
          return state.setDark(!state.isDark);
        case 'help:about':
          modal.info({
            title: t('about.title'),
            content: t('about.body', { version: __APP_VERSION__ }),
          });
          return;
      }
    };
    const offMenu = platform.onMenuCommand(run);
    const offOpen = platform.onOpenFromOs((result) => void commands.openFromOs(result));
    return () => {
      offMenu();
      offOpen();
    };
  }, [store, platform, commands, modal, t]);
}
