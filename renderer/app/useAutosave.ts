import { App as AntApp } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '../../shared/i18n/localized.ts';
import type { Platform } from '../platform/platform.ts';
import type { AppStore } from '../store/app-store.ts';
import { selectIsDirty } from '../store/selectors.ts';

export const AUTOSAVE_DELAY_MS = 1000;

/** Shown when the recovery copy could not be written (disk full, storage quota, no access). */
const autosaveFailed = (reason: string) =>
  localized(
    `Autosave failed: your unsaved changes have no recovery copy (${reason}). Save the project to a file.`,
    `自动保存失败：未保存的修改没有恢复副本（${reason}）。请将项目保存到文件。`,
  );

/**
 * Keeps a recovery copy of unsaved work: a second after the last edit, a dirty document is
 * written to the platform's recovery area; a clean one (saved, or undone back to the saved
 * state) clears it. A failed write is shown, never swallowed (it used to stop silently).
 * Warns before the window closes with unsaved changes.
 */
export function useAutosave(store: AppStore, platform: Platform) {
  const { message } = AntApp.useApp();
  const { i18n } = useTranslation();
  // Held in a ref so a new `message` or language never re-runs the effect (and drops a pending
  // autosave timer).
  const ui = useRef({ message, i18n });
  useEffect(() => {
    ui.current = { message, i18n };
  }, [message, i18n]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = (error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      const text = autosaveFailed(reason);
      const { message: notify, i18n: languages } = ui.current;
      void notify.error({
        key: 'autosave-failed',
        content: languages.language.startsWith('zh') ? text['zh-CN'] : text.en,
        duration: 8,
      });
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc === previous.doc) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const current = store.getState();
        const { doc } = current;
        // Promise.resolve().then(…): a platform that throws before it returns its promise
        // (copying the document for IPC) is reported like one whose promise rejects.
        if (doc && selectIsDirty(current)) {
          Promise.resolve()
            .then(() => platform.writeRecovery({ document: doc, file: current.file }))
            .then(() => current.setLastAutosaveAt(new Date().toISOString()))
            .catch(report);
        } else {
          Promise.resolve()
            .then(() => platform.clearRecovery())
            .catch(report);
        }
      }, AUTOSAVE_DELAY_MS);
    });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (selectIsDirty(store.getState())) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [store, platform]);
}
