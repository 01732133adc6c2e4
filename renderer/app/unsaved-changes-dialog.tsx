import { Button, Flex, type App } from 'antd';
import type { TFunction } from 'i18next';

/** What the user chose when unsaved work was about to be replaced or closed. */
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

/**
 * The usual three-way question — Save / Don't save / Cancel — before closing the project or
 * opening another one (the desktop's window close asks the same natively, see
 * electron/main/close-guard.ts; a browser tab close can only show the browser's own prompt).
 * Esc and the close icon mean Cancel.
 */
export function askToSaveChanges(
  modal: ReturnType<typeof App.useApp>['modal'],
  t: TFunction,
  title: string,
): Promise<UnsavedChoice> {
  return new Promise((resolve) => {
    let isSettled = false;
    const finish = (choice: UnsavedChoice) => {
      if (isSettled) return;
      isSettled = true;
      instance.destroy();
      resolve(choice);
    };
    const instance = modal.confirm({
      title: t('file.confirmSaveTitle', { title }),
      content: t('file.confirmSaveBody'),
      closable: true,
      width: 460,
      onCancel: () => finish('cancel'),
      footer: (
        <Flex justify="end" gap={8} style={{ marginTop: 24 }}>
          <Button data-testid="unsaved-cancel" onClick={() => finish('cancel')}>
            {t('action.cancel')}
          </Button>
          <Button data-testid="unsaved-discard" danger onClick={() => finish('discard')}>
            {t('file.dontSave')}
          </Button>
          <Button data-testid="unsaved-save" type="primary" onClick={() => finish('save')}>
            {t('action.save')}
          </Button>
        </Flex>
      ),
    });
  });
}
