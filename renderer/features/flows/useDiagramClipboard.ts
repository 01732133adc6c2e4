import { useEffect, useRef } from 'react';
import { copySelection, type Clipboard } from '../../../shared/flows/diagram-edits.ts';
import type { AppStore } from '../../store/app-store.ts';
import type { DiagramSelection } from './DiagramCanvas.tsx';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Ctrl/⌘+C copies the selected systems (with the flows between them), Ctrl/⌘+V pastes them
 * offset with new ids, Ctrl/⌘+D duplicates in one go. Not while typing in a field.
 */
export function useDiagramClipboard(
  store: AppStore,
  selection: DiagramSelection,
  onPasted: (systemIds: string[]) => void,
) {
  const clipboard = useRef<Clipboard>({ systems: [], flows: [] });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      const doc = store.getState().doc;
      if (!doc || !['c', 'v', 'd'].includes(key)) return;
      const selected = new Set(selection.systems);
      if (key === 'c' && selected.size > 0) {
        clipboard.current = copySelection(doc, selected);
      } else if (key === 'v' && clipboard.current.systems.length > 0) {
        event.preventDefault();
        onPasted(store.getState().pasteSystems(clipboard.current));
      } else if (key === 'd' && selected.size > 0) {
        event.preventDefault(); // the browser would bookmark the page
        onPasted(store.getState().pasteSystems(copySelection(doc, selected)));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, selection, onPasted]);
}
