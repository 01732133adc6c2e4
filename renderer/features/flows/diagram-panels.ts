import { useCallback, useState } from 'react';

/**
 * Which side panels of the diagram page are open: the user's own layout, remembered in this
 * browser profile (localStorage) — not in the project document and not in undo.
 */
export type DiagramPanels = {
  isPaletteOpen: boolean;
  /** Pinned: always shown. Unpinned (default): shown while something is selected. */
  isInspectorPinned: boolean;
  isValidationOpen: boolean;
};

const KEY = 'traceready:diagram-panels';

/** Below this window width the palette starts closed, leaving the canvas the room. */
const NARROW_WINDOW = 1400;

/**
 * The first-visit layout: the palette open (in windows at least 1,400 px wide), inspector and
 * checks out of the way until needed, so the canvas has most of the window (≥ 60 % of a 1440 px
 * window's width).
 */
export const DEFAULT_PANELS: DiagramPanels = {
  isPaletteOpen: typeof window === 'undefined' || window.innerWidth >= NARROW_WINDOW,
  isInspectorPinned: false,
  isValidationOpen: false,
};

export function loadDiagramPanels(): DiagramPanels {
  try {
    const stored = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<DiagramPanels>;
    const flag = (key: keyof DiagramPanels) =>
      typeof stored[key] === 'boolean' ? stored[key] : DEFAULT_PANELS[key];
    return {
      isPaletteOpen: flag('isPaletteOpen'),
      isInspectorPinned: flag('isInspectorPinned'),
      isValidationOpen: flag('isValidationOpen'),
    };
  } catch {
    return DEFAULT_PANELS; // unreadable preferences are not worth an error
  }
}

/** The panels' state and a setter that remembers each change. */
export function useDiagramPanels(): [DiagramPanels, (patch: Partial<DiagramPanels>) => void] {
  const [panels, setPanels] = useState(loadDiagramPanels);
  const update = useCallback((patch: Partial<DiagramPanels>) => {
    setPanels((current) => {
      const next = { ...current, ...patch };
      try {
        localStorage.setItem(KEY, JSON.stringify(next));
      } catch {
        // storage full or disabled: the layout still changes for this session
      }
      return next;
    });
  }, []);
  return [panels, update];
}
