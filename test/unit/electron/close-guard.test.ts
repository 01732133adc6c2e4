import { describe, expect, it } from 'vitest';
import {
  CLOSE_AFTER_SAVE_TIMEOUT_MS,
  createCloseAfterSave,
  unsavedChangesDialog,
  unsavedChoiceAt,
} from '../../../electron/main/close-guard.ts';
import type { SaveResponse } from '../../../shared/ipc-contract.ts';

const saved: SaveResponse = {
  status: 'saved',
  path: '/p/a.trplan',
  savedAt: '2025-01-01T00:00:00.000Z',
};

describe('unsaved-changes dialog', () => {
  it('offers Save, Don’t Save and Cancel, with Esc meaning Cancel', () => {
    const options = unsavedChangesDialog('en');
    expect(options.buttons).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(unsavedChoiceAt(options.defaultId)).toBe('save');
    expect(unsavedChoiceAt(options.cancelId)).toBe('cancel');
    expect(unsavedChoiceAt(1)).toBe('discard');
  });

  it('speaks Chinese when the app does', () => {
    const options = unsavedChangesDialog('zh-CN');
    expect(options.buttons).toEqual(['保存', '不保存', '取消']);
    expect(options.message).toMatch(/保存/);
  });

  it('treats an unexpected answer as Cancel, the safe choice', () => {
    expect(unsavedChoiceAt(-1)).toBe('cancel');
    expect(unsavedChoiceAt(7)).toBe('cancel');
  });
});

describe('createCloseAfterSave', () => {
  it('closes after a successful save that the user asked for on close', () => {
    let clock = 0;
    const guard = createCloseAfterSave(() => clock);
    guard.arm();
    clock += 5_000;
    expect(guard.settle(saved)).toBe(true);
  });

  it('does not close on saves nobody asked to close after', () => {
    const guard = createCloseAfterSave(() => 0);
    expect(guard.settle(saved)).toBe(false);
  });

  it.each<SaveResponse>([
    { status: 'canceled' },
    { status: 'failed', message: { en: 'x', 'zh-CN': 'x' } },
  ])('stays open when the save ends $status, and forgets the request', (response) => {
    const guard = createCloseAfterSave(() => 0);
    guard.arm();
    expect(guard.settle(response)).toBe(false);
    expect(guard.settle(saved)).toBe(false);
  });

  it('a request that waited too long expires', () => {
    let clock = 0;
    const guard = createCloseAfterSave(() => clock);
    guard.arm();
    clock += CLOSE_AFTER_SAVE_TIMEOUT_MS + 1;
    expect(guard.settle(saved)).toBe(false);
  });
});
