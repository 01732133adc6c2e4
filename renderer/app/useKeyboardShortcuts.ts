import { useEffect } from 'react';
import type { AppStore } from '../store/app-store.ts';
import type { ProjectCommands } from './useProjectCommands.ts';

/** What a key press means, or null; kept apart from the listener so it reads like a table. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | 'save' | 'saveAs' | 'open' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  switch (event.key.toLowerCase()) {
    case 'z':
      return event.shiftKey ? 'redo' : 'undo';
    case 'y':
      return event.shiftKey ? null : 'redo';
    case 's':
      return event.shiftKey ? 'saveAs' : 'save';
    case 'o':
      return event.shiftKey ? null : 'open';
    default:
      return null;
  }
}

/**
 * Ctrl/⌘+Z undo, Shift+Ctrl/⌘+Z and Ctrl+Y redo, Ctrl/⌘+S save, Shift+Ctrl/⌘+S save as,
 * Ctrl/⌘+O open. Undo works in text fields too: every field is bound to the document, so the
 * app's undo is the field's undo, one typed word at a time.
 */
export function useKeyboardShortcuts(store: AppStore, commands: ProjectCommands) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      event.preventDefault();
      if (shortcut === 'undo') store.getState().undo();
      else if (shortcut === 'redo') store.getState().redo();
      else void commands[shortcut]();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, commands]);
}
