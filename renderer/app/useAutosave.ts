import { useEffect } from 'react';
import type { Platform } from '../platform/platform.ts';
import type { AppStore } from '../store/app-store.ts';
import { selectIsDirty } from '../store/selectors.ts';

export const AUTOSAVE_DELAY_MS = 1000;

/**
 * Keeps a recovery copy of unsaved work: a second after the last edit, a dirty document is
 * written to the platform's recovery area; a clean one (saved, or undone back to the saved
 * state) clears it. Warns before the window closes with unsaved changes.
 */
export function useAutosave(store: AppStore, platform: Platform) {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.doc === previous.doc) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const current = store.getState();
        if (current.doc && selectIsDirty(current)) {
          void platform.writeRecovery({ document: current.doc, file: current.file }).then(() => {
            current.setLastAutosaveAt(new Date().toISOString());
          });
        } else {
          void platform.clearRecovery();
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
