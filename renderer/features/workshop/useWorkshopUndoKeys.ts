import { useEffect } from 'react';
import type { AppStore } from '../../store/app-store.ts';

/**
 * Ctrl/⌘+Z undo, Shift+Ctrl/⌘+Z and Ctrl+Y redo in a workshop. While the store is bound to the
 * shared document its undo and redo are the person's own Yjs UndoManager (workshop-binding.ts),
 * so a key press undoes this person's last edit only, never someone else's vote.
 */
export function useWorkshopUndoKeys(store: AppStore) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const action =
        key === 'z'
          ? event.shiftKey
            ? 'redo'
            : 'undo'
          : key === 'y' && !event.shiftKey
            ? 'redo'
            : null;
      if (!action) return;
      event.preventDefault();
      store.getState()[action]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
