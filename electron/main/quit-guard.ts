/**
 * Quitting with a live workshop. The workshop must write its file and close its connections
 * before the process exits, so the first `will-quit` is held back (`preventDefault`), the
 * workshop stops, and the app quits again; the second `will-quit` goes through.
 *
 * `will-quit`, not `before-quit`: `before-quit` fires before the windows close, and a window
 * with unsaved changes may still cancel the quit in its `will-prevent-unload` prompt — the app
 * would then run on with its workshop stopped. `will-quit` fires only once every window has
 * closed, when nothing can cancel the quit any more.
 */

/** The part of Electron's `will-quit` event the guard uses. */
export type QuitEvent = { preventDefault(): void };

/** What the guard does: stop the workshop, quit the app, report a failed stop. */
export type QuitGuardEffects = {
  stopWorkshop(): Promise<void>;
  quit(): void;
  logError(error: unknown): void;
};

/**
 * Creates the `will-quit` listener. A quit requested while the workshop is still stopping is
 * held back too and does not stop it twice; the pending stop quits when it is done, whether
 * the stop succeeded or failed (a failed stop is logged, and never keeps the app alive).
 */
export function createWillQuitGuard(effects: QuitGuardEffects): (event: QuitEvent) => void {
  let state: 'running' | 'stopping' | 'stopped' = 'running';
  return (event) => {
    if (state === 'stopped') return;
    event.preventDefault();
    if (state === 'stopping') return;
    state = 'stopping';
    void effects
      .stopWorkshop()
      .catch((error: unknown) => effects.logError(error))
      .finally(() => {
        state = 'stopped';
        effects.quit();
      });
  };
}
