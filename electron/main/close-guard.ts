import { localized } from '../../shared/i18n/localized.ts';
import type { SaveResponse } from '../../shared/ipc-contract.ts';
import type { Language } from '../../shared/model/schema.ts';

/**
 * Closing with unsaved changes. The renderer knows whether the document is dirty and says so
 * with `beforeunload`; Electron then emits `will-prevent-unload` in main, where we ask the user
 * natively. Calling `preventDefault()` on that event lets the close go ahead; doing nothing
 * keeps the window open.
 */

/** What the user chose in the unsaved-changes dialog. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

const CHOICES: readonly UnsavedChoice[] = ['save', 'discard', 'cancel'];

/** The `dialog.showMessageBoxSync` options of the unsaved-changes question. */
export function unsavedChangesDialog(language: Language): {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: true;
} {
  const text = {
    title: localized('Unsaved changes', '未保存的更改'),
    message: localized(
      'Do you want to save the changes to this project?',
      '是否保存对此项目的更改？',
    ),
    detail: localized(
      'Your changes will be lost if you do not save them.',
      '如果不保存，您的更改将会丢失。',
    ),
    save: localized('Save', '保存'),
    discard: localized("Don't Save", '不保存'),
    cancel: localized('Cancel', '取消'),
  };
  return {
    type: 'warning',
    title: text.title[language],
    message: text.message[language],
    detail: text.detail[language],
    // Order matches CHOICES; Cancel is what Esc and closing the dialog mean.
    buttons: [text.save[language], text.discard[language], text.cancel[language]],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

/** The choice for the button index `showMessageBoxSync` returned (unknown index: cancel). */
export function unsavedChoiceAt(index: number): UnsavedChoice {
  return CHOICES[index] ?? 'cancel';
}

/** How long "Save, then close" waits for the save to finish (a Save As dialog may be open). */
export const CLOSE_AFTER_SAVE_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Remembers that the user chose "Save" on close. The save itself runs in the renderer (it owns
 * the document) and comes back through `project:save`; when that answers `saved`, the window
 * may close. A canceled or failed save keeps the window open, and the request expires so a
 * much later, unrelated save never closes the window by surprise.
 */
export type CloseAfterSave = {
  arm(): void;
  /** Returns whether the window should close now; disarms in every case. */
  settle(response: SaveResponse): boolean;
};

/** Creates a {@link CloseAfterSave} tracker; `now` is the clock (milliseconds). */
export function createCloseAfterSave(
  now: () => number,
  timeoutMs = CLOSE_AFTER_SAVE_TIMEOUT_MS,
): CloseAfterSave {
  let armedAt: number | null = null;
  return {
    arm() {
      armedAt = now();
    },
    settle(response) {
      const isArmed = armedAt !== null && now() - armedAt <= timeoutMs;
      armedAt = null;
      return isArmed && response.status === 'saved';
    },
  };
}
