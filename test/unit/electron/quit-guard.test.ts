import { describe, expect, it } from 'vitest';
import { createWillQuitGuard } from '../../../electron/main/quit-guard.ts';

const flush = () => new Promise((resolve) => setImmediate(resolve));

/** A fake app: `quit()` emits `will-quit` again, as Electron does once the windows are gone. */
function fakeApp(stop: () => Promise<void>) {
  const calls: string[] = [];
  const errors: unknown[] = [];
  let prevented = 0;
  let exited = false;
  const emitWillQuit = () => {
    let wasPrevented = false;
    guard({
      preventDefault: () => {
        wasPrevented = true;
        prevented += 1;
      },
    });
    if (!wasPrevented) exited = true;
  };
  const guard = createWillQuitGuard({
    stopWorkshop: () => {
      calls.push('stop');
      return stop();
    },
    quit: () => {
      calls.push('quit');
      emitWillQuit();
    },
    logError: (error) => errors.push(error),
  });
  return {
    calls,
    errors,
    emitWillQuit,
    prevented: () => prevented,
    exited: () => exited,
  };
}

describe('createWillQuitGuard', () => {
  it('holds the first quit back until the workshop has stopped, then quits', async () => {
    let finishStop = () => {};
    const app = fakeApp(() => new Promise<void>((resolve) => (finishStop = resolve)));
    app.emitWillQuit();
    expect(app.exited()).toBe(false);
    expect(app.calls).toEqual(['stop']);
    finishStop();
    await flush();
    expect(app.calls).toEqual(['stop', 'quit']);
    expect(app.exited()).toBe(true);
  });

  it('stops the workshop once when the user quits again while it is stopping', async () => {
    let finishStop = () => {};
    const app = fakeApp(() => new Promise<void>((resolve) => (finishStop = resolve)));
    app.emitWillQuit();
    app.emitWillQuit();
    expect(app.prevented()).toBe(2);
    expect(app.exited()).toBe(false);
    finishStop();
    await flush();
    expect(app.calls).toEqual(['stop', 'quit']);
    expect(app.exited()).toBe(true);
  });

  it('still quits when stopping the workshop fails, and logs the failure', async () => {
    const failure = new Error('disk full');
    const app = fakeApp(() => Promise.reject(failure));
    app.emitWillQuit();
    await flush();
    expect(app.errors).toEqual([failure]);
    expect(app.calls).toEqual(['stop', 'quit']);
    expect(app.exited()).toBe(true);
  });
});
