import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { openApp, startHarness, type AppPage, type Harness } from './harness.ts';

/**
 * Registers the hooks every e2e file needs — one server and browser per file, a fresh browser
 * context per test, no console errors allowed — and returns how to open the app.
 */
export function useApp() {
  let harness: Harness | undefined;
  let app: AppPage | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness?.close();
  });
  afterEach(async () => {
    const problems = app?.problems ?? [];
    await app?.context.close();
    app = undefined;
    expect(problems).toEqual([]);
  });
  const current = () => {
    if (!harness) throw new Error('the harness starts in beforeAll');
    return harness;
  };
  return {
    /** Opens the app in a new context (own storage); see `openApp` for the options. */
    open: async (options?: Parameters<typeof openApp>[1]) => {
      app = await openApp(current(), options);
      return app;
    },
    get url() {
      return current().url;
    },
  };
}
