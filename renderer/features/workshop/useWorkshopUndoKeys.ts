import { useEffect } from 'react';
import { shortcutFor } from '../../app/useKeyboardShortcuts.ts';
import type { AppStore } from '../../store/app-store.ts';

/**
 * Ctrl/⌘+Z undo, Shift+Ctrl/⌘+Z and Ctrl+Y redo in a workshop. While the store is bound to the
 * shared document its undo and redo are the person's own Yjs UndoManager (workshop-binding.ts),
 * so a key press undoes this person's last edit only, never someone else's vote.
 */
export function useWorkshopUndoKeys(store: AppStore) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // The editor's key table; a workshop has no file commands, so only undo and redo act.
      const action = shortcutFor(event);
      if (action !== 'undo' && action !== 'redo') return;
      event.preventDefault();
      store.getState()[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
