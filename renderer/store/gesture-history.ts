/**
 * Groups document changes into user gestures for undo: a typed word, a whole drag, one click.
 * Each edit may carry a gesture key; consecutive edits with the same key inside the window
 * (measured from the previous edit, so steady typing keeps extending it) become one undo step.
 * Drags pass a key unique to the drag and an infinite window.
 */
export type Gesture = { key: string; windowMs?: number };

export const TYPING_WINDOW_MS = 1000;

export type GestureHistory = {
  /** Declares the gesture of the edit about to be applied (call right before `set`). */
  begin(gesture: Gesture | undefined): void;
  /** Whether the edit now being recorded continues the previous gesture (so is not recorded). */
  continuesPrevious(): boolean;
  /** Forgets the last gesture: the next edit always starts a new undo step. */
  reset(): void;
};

export function createGestureHistory(now: () => number = Date.now): GestureHistory {
  let pending: Gesture | undefined;
  let last: { key: string; at: number; windowMs: number } | undefined;
  return {
    begin(gesture) {
      pending = gesture;
    },
    continuesPrevious() {
      const gesture = pending;
      pending = undefined;
      const at = now();
      const isContinuation =
        gesture !== undefined &&
        last !== undefined &&
        last.key === gesture.key &&
        at - last.at <= last.windowMs;
      last = gesture
        ? { key: gesture.key, at, windowMs: gesture.windowMs ?? TYPING_WINDOW_MS }
        : undefined;
      return isContinuation;
    },
    reset() {
      pending = undefined;
      last = undefined;
    },
  };
}
